import Testing
@testable import TamgaCore

/// Red team round 11, D-1130 (issue 15, class 1): a `::: public` fence right
/// after a line of text opened a public div for tamga, where Pandoc reads the
/// fence as text of that paragraph (a div needs a blank line before it), so
/// the lines after it stayed internal for every Markdown reader but tamga
/// published them. Such a fence is now refused at the line, after every kind
/// of text block Pandoc continues (paragraph, list item, quote, definition);
/// after the blocks Pandoc does end without a blank line (a heading, another
/// fence, a pipe table, an HTML comment) the div opens, with Pandoc's levels.
@Suite struct Round11FenceTests {
    static let refused: [String] = [
        "::: internal\nHidden.\n::: public\nSource said he was beaten.\n:::\n:::\n",
        "Public text.\n::: internal\nSecret.\n:::\n",
        "::: internal\n- first item\n::: public\nSecret.\n:::\n:::\n",
        "::: internal\n> quoted line\n::: public\nSecret.\n:::\n:::\n",
        "::: internal\nTerm\n:   definition\n::: {.public}\nSecret.\n:::\n:::\n",
        "## Notes {.internal}\n\nCell 14 was\n:::: {#x .public}\nSecret.\n::::\n",
        "::: internal\n1. item\n::: state\nSecret.\n:::\n:::\n",
        // Session 43's attacker: a text line after a pipe table (C1); a fence indented outside a list item (C2).
        "::: internal\n| a | b |\n|---|---|\n| c | d |\nA text line.\n::: public\nSecret.\n:::\n:::\n",
        "## Notes {.internal}\n\nPara.\n\n   ::: public\n   Secret.\n   :::\n",
        "## Notes {.internal}\n\nPara.\n\n    ::: public\n    Secret.\n    :::\n",
        "## Notes {.internal}\n\nPara.\n\n\t::: public\n\tSecret.\n\t:::\n",
        "## Notes {.internal}\n\n- item\n\n      ::: public\n      Secret.\n      :::\n",
        "::: internal\nNotes.\n\n    :::\n\nSecret.\n:::\n",
        "## Notes {.internal}\n\n- item\n\n   ::: public\n   Secret.\n   :::\n",
        // Second round: what only looks like a list item to a line-by-line reader (a rule, a `- ` line
        // continuing a paragraph, an item inside indented code).
        "## Notes {.internal}\n\nIntro.\n\n* * *\n\n  ::: public\n  Secret.\n  :::\n",
        "## Notes {.internal}\n\nIntro.\n\n- - -\n\n  ::: public\n  Secret.\n  :::\n",
        "## Notes {.internal}\n\nPara text\n- not a list\n\n  ::: public\n  Secret.\n  :::\n",
        "## Notes {.internal}\n\nIntro.\n\n    - item\n\n      ::: public\n      Secret.\n      :::\n",
    ]

    static let opened: [String] = [
        "## Notes {.internal}\n::: public\nOpen after a heading.\n:::\n",
        "::: internal\n::: state\nNested at once.\n:::\n:::\n",
        "| a | b |\n|---|---|\n| c | d |\n::: internal\nAfter a table.\n:::\n",
        "<!-- note -->\n::: internal\nAfter the comment.\n:::\n",
        "::: internal\nSecret.\n:::\n::: state\nState after a closing fence.\n:::\n",
        "- item\n\n  ::: internal\n  Inside the item.\n  :::\n",
        "1. item\n\n   ::: internal\n   Inside the numbered item.\n   :::\n",
    ]

    @Test(arguments: refused)
    func aFenceAfterTextIsRefusedAtItsLine(_ body: String) throws {
        let source = Fixture.source(front: "level: public\n", body: body)
        do {
            _ = try DocumentParser.parse(text: source, file: "d1130.md")
            Issue.record("parsed: \(body)")
        } catch let error {
            #expect(error.code == .invalidAttributes)
            #expect(error.description.contains("right after a line of text") || error.description.contains("indented outside a list item"),
                    "\(error.description)")
        }
    }

    @Test(arguments: opened)
    func aFenceAfterABlockPandocEndsOpensTheDiv(_ body: String) throws {
        let found = try PandocDifferentialTests.disagreements(Fixture.source(front: "level: public\n", body: body), file: "opened")
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }
}
