import Testing
@testable import TamgaCore

/// Red-team round 7, C-038, as a class: a date of birth with no birth word,
/// right after a person in a register line (`1. Задержанный A, 03.03.1990,
/// ст. 168 УК.`, `| Sadykov Aibek | 03.03.1990 | art. 168 |`). A date that
/// is 14 to 100 years before the document's date and directly follows a
/// person (a role word with a letter or number, a pseudonym, or capitalised
/// name words opening the line or cell) is a birth date: the projector
/// withholds it and the scan refuses it. The detention date in the same
/// place (near the document's date), a law's date, or an old date after
/// anything but a person stays.
@Suite struct BirthDateRegisterLineTests {
    static let persons = ["Задержанный A", "Задержанная Б", "задержанный №3", "Detainee A", "detainee 4", "Prisoner C",
                          "Кармалган А", "Садыков Айбек", "Айбек Садыков", "Sadykov Aibek", "А. Садыков", "Садыков А.С.",
                          "Осужденный Петров", "Patient B", "Свидетель В", "Жалоочу Г", "Lastname Firstname"]
    static let births = ["03.03.1990", "3.3.1990", "03/03/1990", "1990-03-03", "03.03.90", "3 March 1990", "March 3, 1990",
                         "3 марта 1990 г.", "03.III.1990", "12.11.1975", "01.01.2000"]
    static let shapes = ["1. {p}, {d}, ст. 168 УК.", "- {p}, {d}, art. 168", "| {p} | {d} | ст. 168 |", "- {p} ({d}), камера 3",
                         "{p}, {d} – задержан 27.10.2014", "* {p} — {d}", "- {p}: {d}", "2) {p}, {d}"]

    static func export(_ body: String) throws -> String {
        let document = try Fixture.parse(front: "level: public\npersons:\n  D-3: {name: Aibek Sadykov, also: [Айбек Садыков], role: detainee}\n",
                                         body: body)
        let registry = try PersonRegistry(documents: [document])
        let exporter = Exporter(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames), sensitive: [])
        return try exporter.export(document, for: .public, as: .markdown).text
    }

    /// Whether the scan alone refuses `body` published as it stands.
    static func scanRefuses(_ body: String) throws -> Bool {
        let document = try Fixture.parse(front: "level: public\n", body: body)
        let registry = try PersonRegistry(documents: [document])
        let scanner = LeakScanner(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames), sensitive: [])
        do {
            try scanner.scan(body, format: .markdown, fileName: "T-1.public.md", document: document, audience: .public)
            return false
        } catch {
            return error.hits.contains { $0.detector == .birthDate }
        }
    }

    @Test func anUnlabelledBirthDateAfterAPersonIsWithheldAndRefused() throws {
        var total = 0, projector = 0, scan = 0
        var misses: [String] = []
        for shape in Self.shapes {
            for (index, person) in Self.persons.enumerated() {
                let birth = Self.births[(index + shape.count) % Self.births.count]
                let line = shape.replacingOccurrences(of: "{p}", with: person).replacingOccurrences(of: "{d}", with: birth)
                let body = "## Register\n\n" + line + "\n"
                total += 1
                let out = try Self.export(body)
                let digits = birth.filter(\.isNumber)
                let withheld = !out.filter(\.isNumber).contains(digits) && !out.contains(birth)
                if withheld { projector += 1 }
                let refused = try Self.scanRefuses(body)
                if refused { scan += 1 }
                if (!withheld || !refused), misses.count < 12 { misses.append("\(line.debugDescription) projector \(withheld) scan \(refused)") }
            }
        }
        print("unlabelled birth dates in register lines: projector \(projector)/\(total), scan \(scan)/\(total)")
        #expect(projector == total && scan == total, "\(misses.joined(separator: "\n"))")
    }

    static let clean = [
        "1. Задержанный A, 27.10.2014, ст. 168 УК.", "- Detainee A, 12.03.2009, art. 168",
        "| Задержанный A | 28.10.2014 | ст. 168 |", "- Закон Кыргызской Республики от 03.03.1990 № 12",
        "- Приказ № 555, 03.03.1990", "| Приказ № 555 | 03.03.1990 |", "- Detainee A was arrested under the Law of 12.06.1993.",
        "- Constitution, 05.05.1993", "Bishkek, 03.03.1990 was the date of the first law.",
        "- Detainee A, arrested 03.03.1990, released 1991", "- In 1990, 12 detainees were held.",
        "- Камера 3, 03.03.1990 — ремонт", "| Facility | Opened |\n|---|---|\n| IVS-1 | 03.03.1990 |",
    ]

    @Test(arguments: clean)
    func otherDatesStay(line: String) throws {
        let body = "## Register\n\n" + line + "\n"
        #expect(!(try Self.scanRefuses(body)), "\(line)")
        let out = try Self.export(body)
        #expect(!out.contains("date of birth withheld"), "\(out)")
    }
}
