"""Round 11, class D (structure: internal sections/spans/divs a reader's parser reads differently). Each case's internal
phrase is the needle; pandoc_d11.py says where Pandoc puts it. Run: python3 d11.py [--bin PATH] [IDS...]"""
import sys, harness as h
L = []
def d(desc, body, needles, **kw):
    L.append(h.A("D-%04d" % (1101 + len(L)), "D", desc, body, needles, **kw))
S = "источник сообщил"  # the internal phrase
d("heading inside a fenced div within an internal section (Pandoc: the section goes on past the div)",
  "## Findings\n\nAll detainees were seen.\n\n## Notes {.internal}\n\nFirst note.\n\n::: box\n## Sub\n:::\n\nИсточник сообщил о побоях.\n", [S])
d("indented code block holding ':::' inside an internal div",
  "::: internal\nЗаписи охраны:\n\n    :::\n\nИсточник сообщил о побоях.\n:::\n\nPublic end.\n", [S])
d("HTML comment holding ':::' inside an internal div",
  "::: internal\nСкрытое.\n\n<!--\n:::\n-->\n\nИсточник сообщил о побоях.\n:::\n\nPublic end.\n", [S])
d("HTML comment holding a heading inside an internal section",
  "## Notes {.internal}\n\nСкрытое.\n\n<!--\n## Draft\n-->\n\nИсточник сообщил о побоях.\n\n## Public {.public}\n\nEnd.\n", [S])
d("heading inside a blockquote within an internal section",
  "## Notes {.internal}\n\nСкрытое.\n\n> ## Quoted title\n> quote\n\nИсточник сообщил о побоях.\n\n## Public {.public}\n\nEnd.\n", [S])
d("code span holding ']' inside an internal span",
  "Visit went well. [Источник сообщил `]` о побоях.]{.internal} End.\n", [S])
d("autolink holding ']' inside an internal span",
  "Visit went well. [Источник сообщил <https://x.org/a]b> о побоях.]{.internal} End.\n", [S])
d("math holding ']' inside an internal span",
  "Visit went well. [Источник сообщил $]$ о побоях.]{.internal} End.\n", [S])
d("escaped bracket inside an internal span",
  "Visit went well. [Источник сообщил \\] о побоях.]{.internal} End.\n", [S])
d("nested link inside an internal span",
  "Visit went well. [Источник сообщил [см.](https://x.org) о побоях.]{.internal} End.\n", [S])
d("raw HTML <div class=\"internal\"> (Pandoc native_divs: a Div of class internal)",
  "<div class=\"internal\">\nИсточник сообщил о побоях.\n</div>\n\nPublic end.\n", [S])
d("raw HTML <span class=\"internal\"> (Pandoc native_spans)",
  "Visit went well. <span class=\"internal\">Источник сообщил о побоях.</span> End.\n", [S])
d("CRLF line endings (a file saved on Windows): internal div",
  "Visit went well.\r\n\r\n::: internal\r\nИсточник сообщил о побоях.\r\n:::\r\n\r\nPublic end.\r\n", [S])
d("CRLF line endings: internal section then a public section",
  "## Findings\r\n\r\nOK.\r\n\r\n## Notes {.internal}\r\n\r\nИсточник сообщил о побоях.\r\n\r\n## Public {.public}\r\n\r\nEnd.\r\n", [S])
d("closing fence followed by a no-break space (not a fence for Pandoc: the div goes on)",
  "::: internal\nСкрытое.\n:::\u00a0\n\nИсточник сообщил о побоях.\n:::\n\nPublic end.\n", [S])
d("closing fence indented four spaces (code, not a fence, for Pandoc)",
  "::: internal\nСкрытое.\n\n    :::\n\nИсточник сообщил о побоях.\n:::\n\nPublic end.\n", [S])
d("footnote reference inside an internal span, definition outside it",
  "Visit went well. [Скрытое.[^1]]{.internal} End.\n\n[^1]: Источник сообщил о побоях.\n", [S])
d("footnote definition written inside an internal section, referenced from public text",
  "## Findings\n\nVisit went well.[^n]\n\n## Notes {.internal}\n\n[^n]: Источник сообщил о побоях.\n", [S], weakpandoc=True)
d("link reference definition inside an internal section, used from public text",
  "## Findings\n\nSee [the source][s].\n\n## Notes {.internal}\n\n[s]: https://t.me/istochnik_soobshil\n", ["istochnik_soobshil"], weakpandoc=True)
d("heading with an internal span: Pandoc's automatic id carries its text (HTML export)",
  "## Visit [Источник сообщил]{.internal}\n\nAll fine.\n", [S, "источник-сообщил"], cmds=[["export", "ATK-9", "--audience", "public", "--format", "html", "-o", "out/out.html"]])
d("internal div inside a blockquote",
  "> Цитата.\n>\n> ::: internal\n> Источник сообщил о побоях.\n> :::\n\nPublic end.\n", [S])
d("internal div inside a list item",
  "- Item one.\n\n  ::: internal\n  Источник сообщил о побоях.\n  :::\n\n- Item two.\n", [S])
d("internal section: a level-3 heading with .public inside, then text after a level-4 heading",
  "## Notes {.internal}\n\nСкрытое.\n\n### Sub {.public}\n\nOK public.\n\n#### Deeper\n\nИсточник сообщил о побоях.\n", [S], weakpandoc=True)
d("internal span broken over a blank line (Pandoc: no span; literal brackets)",
  "Visit went well. [Источник сообщил\n\nо побоях.]{.internal} End.\n", [S], weakpandoc=True)
d("span with class written {.Internal} (capital I)",
  "Visit went well. [Источник сообщил о побоях.]{.Internal} End.\n", [S], weakpandoc=True)
d("div fence of four colons closed by three, with nested three-colon div",
  ":::: internal\n::: note\nСкрытое.\n:::\nИсточник сообщил о побоях.\n::::\n\nPublic end.\n", [S])
d("internal span inside a pipe-table cell with a pipe escaped in it",
  "| A | B |\n|---|---|\n| [Источник сообщил \\| о побоях]{.internal} | ok |\n", [S])
d("internal section whose heading is followed by a YAML-looking '---' line",
  "## Notes {.internal}\n---\nИсточник сообщил о побоях.\n\n## Public {.public}\n\nEnd.\n", [S])
d("tab-indented continuation of an internal span in a list item",
  "- Visit. [Источник\n\tсообщил о побоях.]{.internal}\n- Next.\n", [S])
d("internal div closed by a fence with a class (opens a new div for Pandoc)",
  "::: internal\nСкрытое.\n::: public\nИсточник сообщил о побоях.\n:::\n:::\n\nPublic end.\n", [S], weakpandoc=True)
if __name__ == "__main__":
    h.run_all(L, only=set(sys.argv[1:]) or None)
