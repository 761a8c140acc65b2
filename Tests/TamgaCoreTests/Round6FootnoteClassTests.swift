import Foundation
import Testing
@testable import TamgaCore

/// Red-team round 6, c6-22 and the footnote attacks of rounds 1-5, as a
/// class: footnotes are accepted, and a note takes the most restricted of
/// its references' levels and its own place; a note nobody references is
/// internal; continuation paragraphs go with it. Every placement of an
/// internal reference (span, section, div, before or after the definition,
/// numeric and word labels, Markdown, HTML and JSON exports) must keep the
/// note's text out of the public export; a clean note must be exported and
/// rendered as a footnote in HTML.
@Suite struct Round6FootnoteClassTests {
    static let secret = "Zebrakettle"

    static func exportNotes6(_ body: String, _ format: ExportFormat = .markdown) throws -> String {
        let persons = "persons:\n  D-1:\n    name: Aibek Sadykov\n    also: [Айбек Садыков]\n    role: detainee\n    consent: []\n"
        let document = try Fixture.parse(front: "level: public\n" + persons, body: "\n\(body)\n")
        let registry = try PersonRegistry(documents: [document])
        let exporter = Exporter(policy: Fixture.policy, registry: registry, names: ExactNameFinder(persons: registry.personNames), sensitive: [])
        return try exporter.export(document, for: .public, as: format).text
    }

    static var internalNotes: [String] {
        var bodies: [String] = []
        for label in ["1", "note", "a-b"] {
            let note = "[^\(label)]: The informant named the guard \(secret)."
            bodies += [
                "Public text [with a note.[^\(label)]]{.internal}\n\n\(note)",
                "\(note)\n\nPublic text [with a note.[^\(label)]]{.internal}",
                "Public intro.\n\n\(note)\n\n::: internal\nRef[^\(label)]\n:::",
                "## Notes {.internal}\n\nRef[^\(label)].\n\n## Findings {.public}\n\nCells clean.\n\n\(note)",
                "Public text.[^\(label)]\n\n::: internal\n\(note)\n:::",
                "Public text.[^\(label)] Again [here[^\(label)]]{.internal}.\n\n\(note)",
                "Public text.\n\n\(note)",
                "Public [text.[^\(label)]]{.internal}\n\n[^\(label)]: First paragraph.\n\n    The guard \(secret).",
            ]
        }
        return bodies
    }

    @Test(arguments: [ExportFormat.markdown, .html, .json])
    func aNoteTakesTheLevelOfItsReferences(_ format: ExportFormat) {
        var published: [String] = []
        for body in Self.internalNotes {
            // Refused by the leak scan or exported without the note's text: both hold.
            if let text = try? Self.exportNotes6(body, format), text.contains(Self.secret) { published.append(body) }
        }
        print("round-6 footnotes internal (\(format)): \(Self.internalNotes.count - published.count)/\(Self.internalNotes.count) held")
        #expect(published.isEmpty, "published: \(published)")
    }

    @Test func aCleanNoteIsExportedAndRenderedAsAFootnote() throws {
        let body = "Footnote here.[^1]\n\n[^1]: Source: OPCAT Art. 19."
        let markdown = try Self.exportNotes6(body)
        #expect(markdown.contains("Footnote here.[^1]"))
        #expect(markdown.contains("[^1]: Source: OPCAT Art. 19."))
        let html = try Self.exportNotes6(body, .html)
        #expect(html.contains("footnote"), "\(html)")
        #expect(html.contains("Source: OPCAT Art. 19."))
        #expect(!html.contains("[^1]"))
    }

    /// A note defined under another heading than its reference is still
    /// rendered as a footnote in HTML (each run of paragraphs between
    /// headings went to cmark alone, and the reference stayed `[^1]`).
    @Test(arguments: [
        "## First\n\nText with a note[^1].\n\n## Second\n\nMore text.\n\n[^1]: The note text.",
        "[^1]: The note text.\n\n## First\n\nText with a note[^1].",
        "## First\n\nText[^1] and [a link][l].\n\n## Second {.internal}\n\nWithheld.\n\n## Third\n\n[^1]: The note text.\n\n[l]: https://example.org",
    ])
    func aNoteUnderAnotherHeadingIsRenderedAsAFootnote(_ body: String) throws {
        let html = try Self.exportNotes6(body, .html)
        #expect(!html.contains("[^1]"), "\(html)")
        #expect(html.contains("The note text."))
        #expect(html.contains("footnote"))
        #expect(html.contains("<h3>First</h3>"))
    }

    @Test func cleanNotesInEveryPlacementExport() throws {
        let bodies = [
            "Text.[^1]\n\n[^1]: Source: OPCAT Art. 19.", "[^src]: Report of 2014.\n\nText.[^src]",
            "## Findings {.public}\n\nCells clean.[^c]\n\n[^c]: Counted on 28 October.\n\n    Second paragraph of the note.",
            "::: state\nState text.[^s]\n:::\n\nPublic text.\n\n[^s]: A state note.",
            // A note whose text begins with a level's name (red-team round 7, clean): not a link definition.
            "Text.[^1] More.[^2]\n\n[^1]: State Penitentiary Service report, 2014.\n\n[^2]: Internal rules of the colony, 2012.",
            "Text.[^p]\n\n[^p]: Public summary of 2013.",
        ]
        var refused: [String] = []
        for body in bodies { if (try? Self.exportNotes6(body)) == nil { refused.append(body) } }
        print("round-6 footnotes clean: \(bodies.count - refused.count)/\(bodies.count) exported")
        #expect(refused.isEmpty, "refused: \(refused)")
    }

    @Test func aStateNoteIsWithheldFromThePublic() throws {
        let markdown = try Self.exportNotes6("::: state\nState text.[^s]\n:::\n\nPublic text.\n\n[^s]: A state note about \(Self.secret).")
        #expect(!markdown.contains(Self.secret))
    }

    @Test(arguments: ["Detainee Sady[^1]kov was in the yard.\n\n[^1]: Spelling as in the register.",
                      "Задержанный Сады[^n]ков был во дворе.\n\n[^n]: Как в журнале."])
    func aReferenceInsideANameDoesNotHideIt(_ body: String) {
        #expect(throws: (any Error).self) { try Self.exportNotes6(body) }
    }
}

extension Round6FootnoteClassTests {
    /// The add-time check for link definitions whose target is a level's
    /// name refused a footnote whose text begins with `State`, `Internal`
    /// or `Public` (red-team round 7, clean); a real such link definition
    /// is still found.
    @Test func aNoteBeginningWithALevelNameIsNoLinkDefinition() {
        for note in ["[^1]: State Penitentiary Service report, 2014.", "[^n]: Internal rules of the colony.", "  [^p]: Public summary."] {
            #expect(HTMLCommentCheck.firstLevelLinkDefinition(in: "Text.[^1]\n\n\(note)\n") == nil, "\(note)")
        }
        #expect(HTMLCommentCheck.firstLevelLinkDefinition(in: "See [a][int].\n\n[int]: .internal\n") != nil)
        #expect(HTMLCommentCheck.firstLevelLinkDefinition(in: "See [a][s].\n\n[s]: State\n") != nil)
    }
}
