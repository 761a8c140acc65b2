"""Round 11 follow-ups, third batch: more places where a reader's parser (Pandoc) keeps text inside an internal section or
span that a simpler parser would end early. Run: python3 x11c.py [--bin PATH] [IDS...]"""
import sys, harness as h
L = []
S = "источник сообщил"
def t(cls, desc, body, needles=(), **kw):
    n = len([x for x in L if x["cls"] == cls]) + 1
    L.append(h.A("%s-%d" % (cls, 1950 + n), cls, desc, body, list(needles), **kw))
t("D", "indented code block holding '## …' inside an internal section", "## Notes {.internal}\n\nСкрытое.\n\n    ## not a heading, code\n\nИсточник сообщил о побоях.\n\n## Public {.public}\n\nEnd.\n", [S])
t("D", "heading inside a definition list's definition within an internal section", "## Notes {.internal}\n\nTerm\n:   ## Heading in a definition\n\n    more\n\nИсточник сообщил о побоях.\n\n## Public {.public}\n\nEnd.\n", [S])
t("D", "heading inside a footnote definition within an internal section", "## Notes {.internal}\n\nСкрытое.[^1]\n\n[^1]: Note.\n\n    ## Heading in a note\n\nИсточник сообщил о побоях.\n\n## Public {.public}\n\nEnd.\n", [S])
t("D", "code span of two backticks holding ` ]` inside an internal span", "Visit. [Источник сообщил `` ]` `` о побоях.]{.internal} End.\n", [S])
t("D", "inline raw attribute `]`{=html} inside an internal span", "Visit. [Источник сообщил `]`{=html} о побоях.]{.internal} End.\n", [S])
t("D", "image alt with an escaped bracket inside an internal span", "Visit. [Источник сообщил ![a\\]b](x.png) о побоях.]{.internal} End.\n", [S])
t("D", "inline footnote holding ']' inside an internal span", "Visit. [Источник сообщил^[see \\] note] о побоях.]{.internal} End.\n", [S])
t("D", "heading marked unnumbered {-} inside an internal section (Pandoc shorthand)", "## Notes {.internal}\n\nСкрытое.\n\n### Sub {-}\n\nИсточник сообщил о побоях.\n\n## Public {.public}\n\nEnd.\n", [S])
t("D", "heading inside an example list item within an internal section", "## Notes {.internal}\n\n(@) ## Example heading\n\nИсточник сообщил о побоях.\n\n## Public {.public}\n\nEnd.\n", [S])
t("D", "setext heading underline inside a list item within an internal section", "## Notes {.internal}\n\n- Item\n  ----\n\nИсточник сообщил о побоях.\n\n## Public {.public}\n\nEnd.\n", [S])
if __name__ == "__main__":
    h.run_all(L, only=set(sys.argv[1:]) or None)
