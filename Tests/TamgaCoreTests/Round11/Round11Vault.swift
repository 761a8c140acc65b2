import Testing
@testable import TamgaCore

/// Red team round 11's vault (docs/redteam/round11.md, "Persons used"):
/// round 10's persons and twelve the round declared itself (M-1 … M-12,
/// none in an earlier round), so that a rule is tested on names it was not
/// written for. One document declares them all, as the red team's did.
enum Round11Vault {
    static let persons: [(id: String, name: String, also: String?, role: String)] = [
        ("M-1", "Гүлзада Жоробекова", "Gulzada Zhorobekova", "detainee"),
        ("M-2", "Алмаз Кудайбергенов", nil, "detainee"),
        ("M-3", "Sergei Lebedev", nil, "detainee"),
        ("M-4", "Эрмек Жапаров", nil, "detainee"),
        ("M-5", "Бегимай Асылбек кызы", nil, "witness"),
        ("M-6", "Нурбек Тологон уулу", "Nurbek Tologon uulu", "detainee"),
        ("M-7", "Марина Соловьёва", nil, "relative"),
        ("M-8", "Асель Турсунбаева-Берг", "Assel Tursunbaeva-Berg", "detainee"),
        ("M-9", "Дамир Рашидович Хасанов", "Damir Khasanov", "official"),
        ("M-10", "Мээрим Сатыбалдиева", nil, "detainee"),
        ("M-11", "Ырыс Токтобаева", nil, "detainee"),
        ("M-12", "Дастан Сейитбеков", "Dastan Seitbekov", "detainee"),
    ]

    static var front: String {
        let declared = persons.map { person in
            "  \(person.id):\n    name: \"\(person.name)\"\n" + (person.also.map { "    also: [\"\($0)\"]\n" } ?? "")
                + "    role: \(person.role)\n    consent: []\n"
        }.joined()
        return Round10Vault.front.replacingOccurrences(of: "persons:\n", with: "persons:\n" + declared)
    }

    static let exporter: Exporter = {
        let document = try! Fixture.parse(front: "title: \"Visit\"\nfacility: \"IVS-1 Bishkek\"\nlevel: public\n" + front, body: "All fine.\n")
        let registry = try! PersonRegistry(documents: [document])
        return Exporter(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames),
                        sensitive: document.sensitive)
    }()

    /// The public Markdown export of `text` as the document's only public paragraph; nil when refused.
    static func exported(_ text: String) -> String? {
        guard let document = try? Fixture.parse(front: "title: \"Visit\"\nfacility: \"IVS-1 Bishkek\"\nlevel: public\n" + front,
                                                body: "## Findings {.public}\n\n\(text)\n") else { return nil }
        return try? exporter.export(document, for: .public, as: .markdown).text
    }
}
