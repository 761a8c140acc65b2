import Foundation
import Testing
import TamgaTestSupport

// MARK: - Red-team round 6: class D (structure), B6-1 (table cells), the HTML export and footnotes
//
// The seventeen D6 leaks, the B6-1 table-cell split and the clean cases c6-10/11 and c6-16..22
// of docs/redteam/round6.md, run through the built binary with round 4's `export4` (one fresh
// vault per case). A leak holds when the document is refused (at add or export) or the written
// export does not show `shown`; a clean case holds when the export is written and shows `word`.
extension AttackRedactionTests {
    static let structureLeaks6: [Leak4] = {
        let zk = "Zebrakettle"
        func leak(_ name: String, _ body: String, audience: String = "public", format: String = "md") -> Leak4 {
            Leak4(name: name, attackClass: "D6 structure", body: body, shown: zk, audience: audience, format: format, id: "ATK-6")
        }
        return [
            leak("D6-1 fenced code info string 'internal'", "Public.\n\n```internal\n\(zk)\n```"),
            leak("D6-2 raw attribute block ```{=html}", "Public.\n\n```{=html}\n<p>\(zk)</p>\n```"),
            leak("D6-3 raw attribute inline `x`{=html}", "Text `<b>\(zk)</b>`{=html} here."),
            leak("D6-4 raw {=html} comment, HTML export", "Public.\n\n```{=html}\n<!-- \(zk) -->\n```", format: "html"),
            leak("D6-5 raw attribute block {=latex}", "Public.\n\n```{=latex}\n\\textbf{\(zk)}\n```"),
            leak("D6-6 CDATA section", "Public.\n\n<![CDATA[ \(zk) ]]>"),
            leak("D6-7 processing instruction", "Public <?php \(zk) ?> text."),
            leak("D6-8 info string with a space '``` internal'", "Public.\n\n``` internal\n\(zk)\n```"),
            leak("D6-9 tilde fence info string internal", "Public.\n\n~~~internal\n\(zk)\n~~~"),
            leak("D6-10 raw attribute {=markdown}", "Public.\n\n```{=markdown}\n\(zk)\n```"),
            leak("D6-11 raw inline {=latex}", "Text `\\textbf{\(zk)}`{=latex} here."),
            leak("D6-12 raw {=openxml}", "Public.\n\n```{=openxml}\n<w:t>\(zk)</w:t>\n```"),
            leak("D6-13 <!DOCTYPE declaration", "Public.\n\n<!DOCTYPE \(zk)>"),
            leak("D6-14 raw {=html} comment, md", "Public.\n\n```{=html}\n<!-- \(zk) -->\n```"),
            leak("D6-15 raw {=html} block, HTML export", "Public.\n\n```{=html}\n<b>\(zk)</b>\n```", format: "html"),
            leak("D6-16 '```internal' seen by the State", "Public.\n\n```internal\n\(zk)\n```", audience: "state"),
            leak("D6-17 raw {=html} in the JSON export", "Public.\n\n```{=html}\n<p>\(zk)</p>\n```", audience: "state", format: "json"),
            Leak4(name: "B6-1 surname split over two table cells", attackClass: "B6 disguise",
                  body: "| Фамилия |  |\n|---|---|\n| Сады | ков |", shown: "| Сады | ков |", id: "ATK-6"),
            leak("c6-22 attack: a note referenced only from an internal span",
                 "Public text [with a note.[^1]]{.internal}\n\n[^1]: The informant named the guard \(zk)."),
        ]
    }()

    @Test(arguments: structureLeaks6) func round6StructureDoesNotPublish(_ c: Leak4) throws { try Self.expectNoLeak4(c) }

    struct CleanHTML6: Sendable, CustomTestStringConvertible {
        let name: String, body: String, words: [String]
        var format = "html"
        var testDescription: String { "class R6-clean: \(name)" }
    }

    static let cleanHTML6: [CleanHTML6] = [
        CleanHTML6(name: "c6-10 code block with a language", body: "Command:\n\n```bash\ntamga stats --by tag\n```",
                   words: ["<pre><code class=\"language-bash\">tamga stats --by tag\n</code></pre>"]),
        CleanHTML6(name: "c6-11 code block with {.python}", body: "Script:\n\n```{.python}\nprint(1)\n```", words: ["print(1)\n</code></pre>"]),
        CleanHTML6(name: "c6-16..21 lists, quote, emphasis, link, indented code, definition list",
                   body: "## Findings\n\n1. First item\n   - nested *one*\n   - nested **two**\n2. Second item\n\n> Quote from the family letter: «Мы ждём».\n\n"
                       + "Link to [OHCHR](https://www.ohchr.org).\n\n    indented code line\n\nTerm\n:   Definition of the term.",
                   words: ["<li>nested <em>one</em></li>", "<strong>two</strong>", "<blockquote>", "<a href=\"https://www.ohchr.org\">OHCHR</a>",
                           "<pre><code>indented code line", "<p>Term</p>\n<p>Definition of the term.</p>"]),
        CleanHTML6(name: "c6-22 footnote in a clean report (md)", body: "Footnote here.[^1]\n\n[^1]: Source: OPCAT Art. 19.",
                   words: ["[^1]: Source: OPCAT Art. 19."], format: "md"),
        CleanHTML6(name: "c6-22 footnote in a clean report (HTML)", body: "Footnote here.[^1]\n\n[^1]: Source: OPCAT Art. 19.",
                   words: ["footnote", "Source: OPCAT Art. 19."]),
    ]

    @Test(arguments: cleanHTML6) func round6CleanStructureExportsRendered(_ c: CleanHTML6) throws {
        let o = try Self.export4(c.body, audience: "public", format: c.format, id: "ATK-6")
        #expect(o.status == 0, "refused: \(o.error)")
        for word in c.words { #expect(o.text?.contains(word) == true, "missing \(word.debugDescription): \(o.text ?? "")") }
    }
}
