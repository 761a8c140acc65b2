import Testing
@testable import TamgaCore

/// Red team round 9, A-211: `Айбечка` (a Russian endearment of the Kyrgyz
/// name Айбек) in a mother's quoted words was published. Russian-speaking
/// relatives make -чка/-чик/-ша forms of any Kyrgyz name ending in a
/// consonant. Generated: each form of each declared Kyrgyz given name, in
/// Russian cases, in a quote, a list, a table and Kyrgyz prose, in Cyrillic
/// and Latin. Caught = the export is refused or the form is gone from it.
@Suite struct DiminutiveRound9Tests {
    static let front = """
        level: public
        persons:
          D-3: {name: Aibek Sadykov, also: [Айбек Садыков], role: detainee}
          D-X: {name: Нуржан Абдыкалыков, also: [Nurzhan Abdykalykov], role: detainee}
          D-K: {name: Нурлан Токтосунов, role: detainee}

        """

    static let forms = ["Айбечка", "Айбечку", "Айбечке", "Айбечек", "Айбекчик", "Айбекчику", "Айбеша", "Нуржанчик", "Нуржаник",
                        "Нуржаша", "Нурланчик", "Нурланчика", "Нурланик", "Aibechka", "Nurzhanchik"]
    static let carriers = ["Мама пишет: «{} не ест третий день».", "- {}, 19 лет", "| 1 | {} | 19 |\n|---|---|---|",
                           "Апасы айтты: {} ооруп жатат.", "Mother wrote: {} has not eaten."]

    static func export(_ line: String) throws -> String? {
        let document = try Fixture.parse(front: front, body: "## Visit\n\nWe visited the cells.\n\n" + line + "\n")
        let registry = try PersonRegistry(documents: [document])
        let exporter = Exporter(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames), sensitive: [])
        do {
            return try exporter.export(document, for: .public, as: .markdown).text
        } catch is LeakError {
            return nil
        }
    }

    @Test func russianEndearmentsOfAKyrgyzNameAreTheName() throws {
        var total = 0, caught = 0
        var leaked: [String] = []
        for form in Self.forms {
            for carrier in Self.carriers {
                let line = carrier.replacingOccurrences(of: "{}", with: form)
                total += 1
                if let out = try Self.export(line), out.contains(form) { leaked.append(line) } else { caught += 1 }
            }
        }
        print("round 9 Russian endearments of Kyrgyz names: \(caught)/\(total) caught")
        #expect(leaked.isEmpty, "published:\n\(leaked.prefix(30).joined(separator: "\n"))")
    }

    @Test(arguments: ["Мальчик не ест третий день.", "Купили пачку чая и печенье.", "Ключик от камеры потерян.",
                      "Нужна аптечка в каждой камере.", "Айбек көчөсүндө жашайт."])
    func ordinaryWordsStay(_ line: String) throws {
        let out = try #require(try Self.export(line), "refused: \(line)")
        #expect(out.contains(line.components(separatedBy: " ")[0]), "damaged: \(line)")
    }
}
