import Testing
@testable import TamgaCore

/// Red team round 9, class A: the rest of a
/// name written another way beside a replaced part. `Alexander Kusnezow`
/// became `Alexander Detainee A`, `Urmat Yusupov` became `Detainee A
/// Yusupov`, `Bakhtygul Sharshenbaeva` became `Bakhtygul Detainee A`: each
/// neighbour is plainly the person's other name part, a few letters off (a
/// vowel added, kh for к, the Russian Ю for Kyrgyz Жу/Дж), but too far off
/// to be read alone without taking other people's names.
///
/// Generated: variant words x partner parts x orders (given first, surname
/// first, with a comma) x places (paragraph, Russian and Kyrgyz sentence,
/// table cell, list item) x case endings. Caught = the export is refused or
/// the variant word is gone from it; the projector replacing it is counted apart.
@Suite struct NeighbourNameRound9Tests {
    static let front = """
        level: public
        persons:
          D-7: {name: Aleksandr Kuznetsov, also: [Александр Кузнецов], role: detainee}
          D-W: {name: Urmat Dzhusupov, role: detainee}
          D-V: {name: Бактыгүл Шаршенбаева, role: detainee}
          D-3: {name: Aibek Sadykov, also: [Айбек Садыков], role: detainee}
          D-X: {name: Нуржан Абдыкалыков, also: [Nurzhan Abdykalykov], role: detainee}
          S-9: {name: Gulnara Abdyldaeva, role: official, consent: [state, public]}

        """

    /// (the variant word, the partner part written as declared, whether the variant is the given name).
    static let pairs: [(variant: String, partner: String, given: Bool)] = [
        ("Alexander", "Kuznetsov", true), ("Aleksander", "Kuznetsov", true), ("Alexandr", "Kuznetsov", true),
        ("Alexander", "Kusnezow", true), ("Александер", "Кузнецов", true),
        ("Yusupov", "Urmat", false), ("Iusupov", "Urmat", false), ("Jussupow", "Urmat", false), ("Юсупов", "Урмат", false),
        ("Bakhtygul", "Sharshenbaeva", true), ("Bakhtygyul", "Sharshenbaeva", true), ("Bakhtigul", "Sharshenbayeva", true),
        ("Бахтыгуль", "Шаршенбаева", true), ("Бахтыгүл", "Шаршенбаева", true),
        ("Nourjane", "Abdykalykov", true), ("Nurjon", "Abdykalykov", true), ("Нуржон", "Абдыкалыков", true),
        ("Aybeck", "Sadykov", true), ("Aibeck", "Sadykov", true), ("Sodykov", "Aibek", false),
    ]

    static func names(_ pair: (variant: String, partner: String, given: Bool)) -> [String] {
        let (given, surname) = pair.given ? (pair.variant, pair.partner) : (pair.partner, pair.variant)
        return ["\(given) \(surname)", "\(surname) \(given)", "\(surname), \(given)", "\(surname.uppercased()) \(given)"]
    }

    static let places = ["{n} complained of beatings.", "Мы говорили с {n} в камере.", "{n} камерада отурат.",
                         "| 1 | {n} | 34 |\n|---|---|---|", "- {n}, 34 years", "On Monday {n} said he was beaten."]

    /// The export's text, or nil when refused.
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

    @Test func theRestOfANameBesideAReplacedPartIsNotPublished() throws {
        var total = 0, caught = 0, replaced = 0
        var leaked: [String] = []
        for pair in Self.pairs {
            for name in Self.names(pair) {
                for place in Self.places {
                    let line = place.replacingOccurrences(of: "{n}", with: name)
                    total += 1
                    guard let out = try Self.export(line) else { caught += 1; continue }
                    if out.contains(pair.variant) || out.contains(pair.variant.uppercased()) {
                        leaked.append(line)
                    } else {
                        caught += 1
                        replaced += 1
                    }
                }
            }
        }
        print("round 9 neighbour names: \(caught)/\(total) caught (\(replaced) replaced by the projector)")
        #expect(leaked.isEmpty, "published:\n\(leaked.prefix(30).joined(separator: "\n"))")
    }

    /// The scan alone (the projector bypassed): the variant beside a pseudonym is refused.
    @Test(arguments: ["Alexander Detainee A hat Beschwerde eingelegt.", "Detainee A Yusupov, detained in March.",
                      "Юсупов Задержанный A жалуется на побои.", "Bakhtygul Detainee A complained.",
                      "| 2 | Detainee B Iusupov | 34 |\n|---|---|---|", "- Камактагы A Бахтыгуль, 34 жаш"])
    func theScanRefusesTheVariantBesideAPseudonym(_ line: String) throws {
        let document = try Fixture.parse(front: Self.front, body: "## Visit\n\nText.\n")
        let registry = try PersonRegistry(documents: [document])
        let scanner = LeakScanner(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames), sensitive: [])
        #expect(throws: LeakError.self, "\(line)") {
            try scanner.scan("## Visit\n\nText.\n\n\(line)\n", format: .markdown, fileName: "T-1.public.md", document: document, audience: .public)
        }
    }

    /// Words beside a replaced name that are not the person's: places, days,
    /// titles, another person's name, and a consented official.
    static let clean = [
        "Aibek Sadykov Street is long.", "Sadykov Monday complained.", "Urmat Dzhusupov Bishkek office.",
        "Kuznetsov Alexandrovka village.", "Шаршенбаева Бишкекте отурат.", "Садыков Аксы районунан.",
        "Gulnara Abdyldaeva met Aibek Sadykov.", "Urmat Dzhusupov, Usupbek Aliev and others.",
        "Абдыкалыков Нурбек Асанов менен келди.",    ]

    /// The clean neighbour stays in the export.
    @Test(arguments: clean)
    func aWordBesideAReplacedNameThatIsNotTheNameStays(_ line: String) throws {
        let out = try #require(try Self.export(line), "refused: \(line)")
        let kept = ["Street", "Monday", "Bishkek", "Alexandrovka", "Бишкекте", "Аксы", "Gulnara", "Usupbek", "Нурбек"]
        #expect(kept.contains { line.contains($0) && out.contains($0) }, "damaged: \(line)\n\(out)")
    }
}
