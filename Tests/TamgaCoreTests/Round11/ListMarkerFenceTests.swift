import Testing
@testable import TamgaCore

/// An indented `:::` inside the list items Pandoc reads beyond `-` and `1.`
/// (session 43's attacker left four over-refusals): `#.`, `a)`, `(b)`,
/// Roman numerals, a capital letter with two spaces, and an item whose first
/// line has five spaces or more after the marker, where Pandoc's text column
/// is the one after the marker. The last was also a leak: tamga read
/// `-     item` as text at column 5 and opened `     ::: public` there, where
/// Pandoc reads that fence as the item's text, inside the internal section.
@Suite struct ListMarkerFenceTests {
    static let opened: [String] = [
        "#. item\n\n   ::: internal\n   Inside.\n   :::\n",
        "#) item\n\n   ::: internal\n   Inside.\n   :::\n",
        "(a) item\n\n    ::: internal\n    Inside.\n    :::\n",
        "a) item\n\n   ::: internal\n   Inside.\n   :::\n",
        "C) item\n\n   ::: internal\n   Inside.\n   :::\n",
        "(1) item\n\n    ::: internal\n    Inside.\n    :::\n",
        "A.  item\n\n    ::: internal\n    Inside.\n    :::\n",
        "iv. item\n\n    ::: internal\n    Inside.\n    :::\n",
        "IV. item\n\n    ::: internal\n    Inside.\n    :::\n",
        "(ii) item\n\n     ::: internal\n     Inside.\n     :::\n",
        "i. one\n\nii. two\n\n    ::: internal\n    Inside.\n    :::\n",
        "-     item\n\n  ::: internal\n  Inside.\n  :::\n",
        "1.     item\n\n   ::: internal\n   Inside.\n   :::\n",
        "-\titem\n\n    ::: internal\n    Inside.\n    :::\n",
        "Text.\n\na) item\n\n   ::: internal\n   Inside.\n   :::\n",
    ]

    static let refused: [String] = [
        // Five spaces after the marker: column 5 is the item's text for Pandoc, not a fence.
        "## Notes {.internal}\n\n-     item\n\n     ::: public\n     Secret.\n     :::\n",
        "## Notes {.internal}\n\n1.      item\n\n        ::: public\n        Secret.\n        :::\n",
        // Not a list for Pandoc: a capital with a period and one space is an initial, two letters no numeral.
        "## Notes {.internal}\n\nB. item\n\n   ::: public\n   Secret.\n   :::\n",
        "## Notes {.internal}\n\nI. item\n\n   ::: public\n   Secret.\n   :::\n",
        "## Notes {.internal}\n\nab. item\n\n    ::: public\n    Secret.\n    :::\n",
        "## Notes {.internal}\n\nvx. item\n\n    ::: public\n    Secret.\n    :::\n",
        "## Notes {.internal}\n\n(a)item\n\n    ::: public\n    Secret.\n    :::\n",
        // `p. 12` is a page for Pandoc, no list item (review of session 44).
        "## Notes {.internal}\n\np. 12 of the register was torn out.\n\n   ::: public\n   Secret.\n   :::\n",
        // A list item cannot interrupt a paragraph.
        "## Notes {.internal}\n\nText\na) item\n\n   ::: public\n   Secret.\n   :::\n",
    ]

    @Test(arguments: opened)
    func aFenceAtTheItemsTextColumnOpensTheDiv(_ body: String) throws {
        let found = try PandocDifferentialTests.disagreements(Fixture.source(front: "level: public\n", body: body), file: "opened")
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test(arguments: refused)
    func aFenceWherePandocReadsTextIsRefused(_ body: String) throws {
        let source = Fixture.source(front: "level: public\n", body: body)
        do {
            _ = try DocumentParser.parse(text: source, file: "list.md")
            Issue.record("parsed: \(body)")
        } catch let error {
            #expect(error.code == .invalidAttributes)
            #expect(error.description.contains("indented outside a list item"), "\(error.description)")
        }
    }
}
