import Testing
@testable import TamgaCore

/// Red team round 12's persons (session 44): thirteen the round declared
/// itself, none in an earlier round or in the project's tests, and its two
/// new sensitive strings, added to round 11's vault so a rule is tested on
/// names it was not written for.
enum Round12Vault {
    static let persons: [(id: String, name: String, also: String?, role: String)] = [
        ("P-1", "Сезим Урустемова", "Sezim Urustemova", "detainee"),
        ("P-2", "Акыл Бөкөнбаев", "Akyl Bokonbaev", "detainee"),
        ("P-3", "Игорь Голубь", nil, "detainee"),
        ("P-4", "Евгения Воробей", nil, "relative"),
        ("P-5", "Станислав Черных", "Stanislav Chernykh", "official"),
        ("P-6", "Карина Бектурганова-Лим", nil, "detainee"),
        ("P-7", "Shohruh Yo'ldoshev", "Шохрух Йўлдошев", "detainee"),
        ("P-8", "Фаррух Қодиров", nil, "detainee"),
        ("P-9", "Хусейн Сушанло", "Khuseyn Sushanlo", "witness"),
        ("P-10", "Ольга Семёновна Ляхович", nil, "official"),
        ("P-11", "Өмүрзак Кеңеш уулу", "Omurzak Kenesh uulu", "detainee"),
        ("P-12", "Emre Özdemir", nil, "detainee"),
        ("P-13", "Күмүш Абдывали кызы", nil, "witness"),
    ]

    static var front: String {
        let declared = persons.map { person in
            "  \(person.id):\n    name: \"\(person.name)\"\n" + (person.also.map { "    also: [\"\($0)\"]\n" } ?? "")
                + "    role: \(person.role)\n    consent: []\n"
        }.joined()
        return Round11Vault.front.replacingOccurrences(of: "persons:\n", with: "persons:\n" + declared)
            .replacingOccurrences(of: "sensitive: [", with: "sensitive: [\"Кок-Жар\", \"медпункт №2\", ")
    }

    static let header = "title: \"Visit\"\nfacility: \"IVS-1 Bishkek\"\nlevel: public\n"

    static let exporter: Exporter = {
        let document = try! Fixture.parse(front: header + front, body: "All fine.\n")
        let registry = try! PersonRegistry(documents: [document])
        return Exporter(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames),
                        sensitive: document.sensitive)
    }()

    /// The public Markdown export of `text` as the document's only public paragraph; nil when refused.
    static func exported(_ text: String) -> String? {
        guard let document = try? Fixture.parse(front: header + front, body: "## Findings {.public}\n\n\(text)\n") else { return nil }
        return try? exporter.export(document, for: .public, as: .markdown).text
    }
}
