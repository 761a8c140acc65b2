import Testing
@testable import TamgaCore

/// Red-team round 8, class C1 (C-001, C-004…C-007): an unlabelled date of
/// birth in a register whose person is a reference (`1. @D-3, 03/03/1990,
/// art. 168`, `| 1 | @D-3 | 03.03.1990 | ст. 168 |`). The projector must
/// withhold the date itself (before, the pseudonym was written in a run of
/// its own and the date's run began with the comma, so no person stood
/// before it: the scan refused the export, which could not be made at all),
/// and the scan must refuse the date after the pseudonym if it got through.
/// Shapes x ways of naming the person x date forms; the detention, visit
/// and law dates in the same shapes stay.
@Suite struct BirthDateRegisterRound8Tests {
    static let front = """
        level: public
        persons:
          D-3: {name: Aibek Sadykov, also: [Айбек Садыков], role: detainee}
          D-4: {name: Nurlan Osmonov, also: [Нурлан Осмонов], role: detainee}
          W-1: {name: Gulmira Asanova, also: [Гульмира Асанова], role: witness}

        """

    /// How the person is named in the source, and how the export shows it (for the scan).
    static let persons: [(source: String, shown: String)] = [
        ("@D-3", "Detainee A"), ("@W-1", "Witness A"), ("Aibek Sadykov", "Detainee A"), ("Садыков Айбек", "Detainee A"),
        ("Задержанный Б", "Задержанный Б"), ("Detainee C", "Detainee C"),
    ]
    static let dates = ["03.03.1990", "03/03/1990", "1990-03-03", "03.03.90 г.", "3.3.1990", "12.07.1985", "01.01.2000",
                        "03-03-1990", "3 марта 1990 г.", "March 3, 1990"]
    /// The red team's shapes (C-001, C-004, C-005, C-006, C-007) and more.
    static let shapes = [
        "| № | задержанный | | статья |\n|---|---|---|---|\n| 1 | {p} | {d} | ст. 168 |",
        "| № | задержанный | | статья |\n|---|---|---|---|\n| 1 | {p} | ст. 168 | {d} |",
        "1. {p}, {d}, art. 168", "- {p} — {d} — ст. 168 ч. 2", "{p} {d}, arrested 2014-10-27.", "{p}, {d}, ст. 168.",
        "2) {p}: {d}; камера 3", "* {p} ({d})",
    ]

    static func document(_ body: String) throws -> Document { try Fixture.parse(front: front, body: "## Register\n\n" + body + "\n") }

    static func export(_ body: String) throws -> String {
        let document = try document(body)
        let registry = try PersonRegistry(documents: [document])
        let exporter = Exporter(policy: Fixture.policy, registry: registry, names: NameMatcher(persons: registry.personNames), sensitive: [])
        return try exporter.export(document, for: .public, as: .markdown).text
    }

    /// Whether the scan refuses the body as the export would show it had the projector missed the date.
    static func scanRefuses(_ shown: String) throws -> Bool {
        let body = "## Register\n\n" + shown + "\n"
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

    static func digits(_ text: String) -> String { text.filter(\.isNumber) }

    @Test func anUnlabelledBirthDateAfterAReferenceIsWithheldAndRefused() throws {
        var total = 0, projector = 0, scan = 0
        var misses: [String] = []
        for shape in Self.shapes {
            for person in Self.persons {
                for date in Self.dates {
                    let fill = { (who: String) in shape.replacingOccurrences(of: "{p}", with: who).replacingOccurrences(of: "{d}", with: date) }
                    total += 1
                    var withheld = false
                    do {
                        let out = try Self.export(fill(person.source))
                        withheld = !Self.digits(out).contains(Self.digits(date)) && !out.contains(date)
                    } catch {
                        withheld = false
                    }
                    if withheld { projector += 1 }
                    let refused = try Self.scanRefuses(fill(person.shown))
                    if refused { scan += 1 }
                    if !withheld || !refused, misses.count < 16 { misses.append("\(fill(person.source).debugDescription) projector \(withheld) scan \(refused)") }
                }
            }
        }
        print("round 8 register birth dates: projector \(projector)/\(total), scan \(scan)/\(total)")
        #expect(projector == total && scan == total, "\(misses.joined(separator: "\n"))")
    }

    /// Dates of arrest, visits and laws in the same shapes: exported intact.
    @Test(arguments: [
        ("1. @D-3, 27.10.2014, art. 168", "27.10.2014"), ("- @D-3 — задержан 03.03.2010 — ст. 168", "03.03.2010"),
        ("@D-3, arrested 03.03.1990, released 1991.", "03.03.1990"),
        ("| № | задержанный | задержан | статья |\n|---|---|---|---|\n| 1 | @D-3 | 03.03.1990 | ст. 168 |", "03.03.1990"),
        ("| № | задержанный | статья | посещено |\n|---|---|---|---|\n| 1 | @D-3 | ст. 168 | 03.03.1990 |", "03.03.1990"),
        ("- @D-3, по закону от 03.03.1990 № 12", "03.03.1990"), ("| № | закон | |\n|---|---|---|\n| 1 | Закон о печати | 03.03.1990 |", "03.03.1990"),
        ("@D-3 was visited on 28.10.2014.", "28.10.2014"),
    ])
    func otherDatesStay(body: String, date: String) throws {
        let out = try Self.export(body)
        #expect(out.contains(date), "\(out)")
    }
}
