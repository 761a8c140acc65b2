import Testing
@testable import TamgaCore

/// Red team round 10, class A (A-971, A-972, and the outputs that follow
/// from them: E-506 a tag, E-511 `rec report --to`, E-519 an output folder,
/// E-957 a title): a person declared only in Latin (`Timur Akhmedov`) was
/// not read in the other Latin writings of the same sounds, German and
/// Dutch ch for х (`Achmedow`, `Achmedov`), w for в, -off: the key builder
/// gave those only to a part declared in Cyrillic. Now a Latin-only part goes
/// through its Cyrillic reading and gets the same family. Measured for the
/// round's N-3 and for other Latin-only persons (new variants of the class).
@Suite struct LatinOnlyNameRound10Tests {
    static func setup() throws -> NameRound7ClassTests.Setup7 {
        try NameRound7ClassTests.Setup7(front: "persons:\n"
            + "  N-3:\n    name: Timur Akhmedov\n    role: detainee\n"
            + "  L-1:\n    name: Rustam Khalilov\n    role: detainee\n"
            + "  L-2:\n    name: Nurlan Vakhitov\n    role: detainee\n"
            + "  L-3:\n    name: Zarina Kholmatova\n    role: witness\n")
    }

    static let writings: [(word: String, id: String)] = [
        ("Achmedow", "N-3"), ("Achmedov", "N-3"), ("Akhmedow", "N-3"), ("Achmedoff", "N-3"), ("Achmedova", "N-3"),
        ("Chalilow", "L-1"), ("Chalilov", "L-1"), ("Khalilow", "L-1"), ("Chalilowa", "L-1"),
        ("Wachitow", "L-2"), ("Vachitov", "L-2"), ("Wakhitov", "L-2"),
        ("Cholmatowa", "L-3"), ("Cholmatova", "L-3"),
    ]
    static let carriers = ["Herr {} klagt über Schläge.", "Mr {} was beaten.", "De heer {} werd geslagen.", "Besuch nach der Beschwerde von {}",
                           "| {} | 3 |"]

    @Test func otherLatinWritingsOfALatinOnlyNameAreRead() throws {
        let setup = try Self.setup()
        var total = 0, refused = 0, replaced = 0
        var misses: [String] = []
        for (word, id) in Self.writings {
            for carrier in Self.carriers {
                let text = carrier.replacingOccurrences(of: "{}", with: word)
                total += 1
                let scan = setup.refused(text).contains(id)
                let projector = setup.replaced(text).contains(id)
                if scan { refused += 1 }
                if projector { replaced += 1 }
                if !scan || !projector, misses.count < 30 { misses.append("\(text) scan \(scan) projector \(projector)") }
            }
        }
        print("LatinOnlyNameRound10: scan \(refused)/\(total), projector \(replaced)/\(total)")
        #expect(refused == total && replaced == total, "\(misses.joined(separator: "\n"))")
    }

    /// Ordinary German, Dutch and English words of the same letters stay words.
    @Test(arguments: ["Acht Menschen wurden befragt.", "Die Chemie stimmt.", "Wachtmeister Müller", "Wachstum im Gefängnis",
                      "The machine was broken.", "Charity workers visited."])
    func wordsStayWords(_ text: String) throws {
        #expect(try Self.setup().refused(text).isEmpty, "refused: \(text)")
    }

    /// The round's outputs: the title and the body of the public export, the tag and the file name the scan reads.
    @Test func roundTenOutputsAreRefused() throws {
        let titled = try Round10Vault(extraFront: "title: \"Besuch nach der Beschwerde von Achmedow\"\n")
        #expect(titled.exported() == nil || !(titled.exported() ?? "").contains("Achmedow"))
        #expect(try Round10Vault.published("Herr Achmedow klagt über Schläge.").map { !$0.contains("Achmedow") } ?? true)
        #expect(try Round10Vault.published("Mr Achmedov was beaten.").map { !$0.contains("Achmedov") } ?? true)
        let vault = try Round10Vault()
        #expect(throws: LeakError.self) {
            try vault.exporter.scanner.scan("All fine.\n", format: .markdown, fileName: "out/Achmedow/ATK-9.public.md",
                                            document: vault.document, audience: .public)
        }
        #expect(throws: LeakError.self) {
            try vault.exporter.scanner.scanLabels("fall-achmedow 1\n", audience: .public, identifiers: ["fall-achmedow"])
        }
    }
}
