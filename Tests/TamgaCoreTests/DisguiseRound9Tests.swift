import Testing
@testable import TamgaCore

/// Red team round 9, class B: a Pandoc inline note inside a name
/// (`Dzhusu^[family spelling]pov`, B-216; Pandoc shows `Dzhusu¹pov`) and a
/// letter-spaced name run into the next word with no wider gap
/// (`Д Ж У С У П О В У Р М А Т`, B-222) were published.
///
/// Generated: each protected part cut at every inner position by a note
/// (short, with spaces, with nested brackets, with a link), in a
/// paragraph, a list item and a table cell; and each part letter-spaced
/// (space, NBSP, two spaces, dot-less) before and after another part or
/// an ordinary word, in capitals, in both scripts.
@Suite struct DisguiseRound9Tests {
    static let front = """
        level: public
        persons:
          D-W: {name: Urmat Dzhusupov, role: detainee}
          D-V: {name: Бактыгүл Шаршенбаева, role: detainee}
          D-3: {name: Aibek Sadykov, also: [Айбек Садыков], role: detainee}

        """

    static func scanned(_ line: String) throws -> Bool {
        let document = try Fixture.parse(front: front, body: "## Visit\n\nText.\n")
        let registry = try PersonRegistry(documents: [document])
        let scanner = LeakScanner(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames), sensitive: [])
        do {
            try scanner.scan("## Visit\n\nText.\n\n\(line)\n", format: .markdown, fileName: "T-1.public.md", document: document, audience: .public)
            return false
        } catch {
            return true
        }
    }

    static let parts = ["Dzhusupov", "Sadykov", "Садыков", "Шаршенбаева", "Sharshenbaeva"]
    static let notes = ["^[family spelling]", "^[as in the passport]", "^[see [the list](https://example.org)]", "^[1]"]
    static let places = ["{w} was held in cell 3.", "- {w}, 34 years", "| 1 | {w} | 34 |\n|---|---|---|"]

    @Test func aNameCutByAnInlineNoteIsRefused() throws {
        var total = 0, refused = 0
        var missed: [String] = []
        for part in Self.parts {
            let letters = Array(part)
            for cut in 2..<(letters.count - 1) {
                for note in Self.notes where cut % 2 == 0 || note == Self.notes[0] {
                    let word = String(letters[..<cut]) + note + String(letters[cut...])
                    for place in Self.places {
                        let line = place.replacingOccurrences(of: "{w}", with: word)
                        total += 1
                        if try Self.scanned(line) { refused += 1 } else { missed.append(line) }
                    }
                }
            }
        }
        print("round 9 inline notes inside a name: \(refused)/\(total) refused")
        #expect(missed.isEmpty, "published:\n\(missed.prefix(20).joined(separator: "\n"))")
    }

    static func spaced(_ word: String, _ gap: String) -> String {
        word.uppercased().map(String.init).joined(separator: gap)
    }

    @Test func aLetterSpacedNameRunIntoAnotherWordIsRefused() throws {
        let pairs = [("Dzhusupov", "Urmat"), ("Джусупов", "Урмат"), ("Urmat", "Dzhusupov"), ("Садыков", "Айбек"),
                     ("Sadykov", "Aibek"), ("Шаршенбаева", "Бактыгүл"), ("Sharshenbaeva", "Bishkek"), ("Садыков", "камера")]
        var total = 0, refused = 0
        var missed: [String] = []
        for (first, second) in pairs {
            for gap in [" ", "\u{00A0}", "  ", "\u{2009}"] {
                for place in Self.places {
                    let line = place.replacingOccurrences(of: "{w}", with: Self.spaced(first + second, gap))
                    total += 1
                    if try Self.scanned(line) { refused += 1 } else { missed.append(line) }
                }
            }
        }
        print("round 9 letter-spaced runs: \(refused)/\(total) refused")
        #expect(missed.isEmpty, "published:\n\(missed.prefix(20).joined(separator: "\n"))")
    }

    /// Ordinary notes and letter-spaced ordinary words stay exportable.
    @Test(arguments: ["The cell^[Cell 3, second floor.] was cold.", "Water^[Only once a day.] was scarce.",
                      "S E C O N D  F L O O R was closed.", "К А М Е Р А  Н О М Е Р  3",
                      "A B C D E F G H was written on the wall."])
    func ordinaryTextStays(_ line: String) throws {
        #expect(!(try Self.scanned(line)), "\(line)")
    }
}
