import Foundation
import Testing
@testable import TamgaCore

/// The summary of the example year, from the example reports as the
/// projector makes them public: no protected person appears, and the
/// leak scan passes it against every report.
@Suite struct SummaryExampleTests {
    static func summary() throws -> (AnnualSummary, ExampleVault) {
        let vault = try ExampleVault()
        let visits = try vault.documents.values.filter { $0.kind == "visit-report" }.map { document in
            let projection = try vault.projector.project(document, for: .public)
            return try SummaryVisit(record: StatisticsRecord(document: document, projected: projection), report: projection)
        }
        return (try AnnualSummary(year: 2014, visits: visits, policy: Fixture.policy, audience: .public), vault)
    }

    @Test func exampleYearListsBothVisitsWithTheirPublicSections() throws {
        let (summary, _) = try Self.summary()
        #expect(summary.visits.map(\.record.id) == ["VR-2014-017", "VR-2014-021"])
        #expect(summary.months[9].visits == 1 && summary.months[10].visits == 1)
        // Four tags in all: every count is below 5, and so suppressed.
        #expect(summary.months[9].findings == .suppressed(.belowThreshold(5)))
        #expect(summary.findings[.grandTotal] == .suppressed(.belowThreshold(5)))
        let html = summary.rendered(as: .html)
        #expect(html.contains("IVS-1 Bishkek"))
        #expect(html.contains("СИЗО-1 Бишкек"))
        #expect(html.contains("<h5>Summary</h5>"))
        #expect(html.contains("Reduce occupancy to the official capacity of each cell."))
    }

    @Test(arguments: SummaryFormat.allCases)
    func noProtectedPersonAppearsAndTheLeakScanPasses(format: SummaryFormat) throws {
        let (summary, vault) = try Self.summary()
        let text = summary.rendered(as: format)
        let protected = vault.registry.persons.values.filter {
            !Fixture.policy.disclosesName(role: $0.role, consent: $0.consent, to: .public)
        }
        #expect(!protected.isEmpty)
        for person in protected {
            for spelling in person.spellings {
                #expect(!text.localizedLowercase.contains(spelling.localizedLowercase), "\(person.id)")
            }
        }
        let scanner = LeakScanner(policy: Fixture.policy, registry: vault.registry,
                                  names: ExactNameFinder(persons: vault.registry.personNames),
                                  sensitive: vault.documents.values.flatMap(\.sensitive))
        for document in vault.documents.values.sorted(by: { $0.id < $1.id }) {
            try scanner.scan(text, format: format.exportFormat, fileName: "summary-2014.public.\(format.fileExtension)",
                             document: document, audience: .public)
        }
    }
}
