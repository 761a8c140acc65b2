import Foundation
import Testing
import TamgaTestSupport
@testable import TamgaCore

/// The leak scan's expected findings for fixed random corpora, kept as
/// files in `Tests/Fixtures/LeakScanGolden/` (one per test), so the engine
/// exists once: a change to what the scan reports shows up as a diff of
/// these files, to be read by a human before it is committed.
///
/// To regenerate after a deliberate change, in this one place:
///
///     TAMGA_REGENERATE_GOLDEN=1 swift test --filter LeakScanGoldenTests
///
/// rewrites every file from the current engine and fails each test, so the
/// run is never mistaken for a pass; then review `git diff Tests/Fixtures/LeakScanGolden`
/// and run the tests again without the variable.
struct LeakScanGolden {
    /// One corpus case: its label and what the scan reported, in order.
    struct Case: Codable, Equatable {
        var name: String
        var hits: [String]
    }

    static let folder = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/LeakScanGolden", isDirectory: true)
    static var regenerating: Bool { ProcessInfo.processInfo.environment["TAMGA_REGENERATE_GOLDEN"] == "1" }

    let file: String
    private(set) var cases: [Case] = []

    init(_ file: String) { self.file = file }

    /// Records one case. Hits are kept as their descriptions (rule, view,
    /// line, source line, person, detector): readable in a diff, and every
    /// field of the hit.
    mutating func record(_ name: String, _ hits: [LeakHit]) {
        cases.append(Case(name: name, hits: hits.map(\.description)))
    }

    mutating func record(_ name: String, lines: [String]) {
        cases.append(Case(name: name, hits: lines))
    }

    /// Each hit found more (`+`) or fewer (`-`) times than expected, with
    /// how many; an order change alone shows as nothing here.
    static func difference(_ found: [String], _ expected: [String]) -> String {
        var counts: [String: Int] = [:]
        for hit in found { counts[hit, default: 0] += 1 }
        for hit in expected { counts[hit, default: 0] -= 1 }
        let lines = counts.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map { "\($0.value > 0 ? "+" : "-")\(abs($0.value)) \($0.key)" }
        return lines.isEmpty ? "same hits in another order" : lines.joined(separator: "\n")
    }

    /// Compares the recorded cases with the file (or rewrites it when
    /// regenerating), recording an issue for each differing case, at most ten.
    func verify(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = Self.folder.appendingPathComponent(file)
        if Self.regenerating {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try encoder.encode(cases).write(to: url)
            Issue.record("regenerated \(file): review the diff, then run without TAMGA_REGENERATE_GOLDEN", sourceLocation: sourceLocation)
            return
        }
        let expected = try JSONDecoder().decode([Case].self, from: Data(contentsOf: url))
        #expect(expected.count == cases.count, "\(file): \(cases.count) cases, \(expected.count) expected", sourceLocation: sourceLocation)
        var reported = 0
        for (found, wanted) in zip(cases, expected) where found != wanted && reported < 10 {
            reported += 1
            Issue.record("""
                \(file), \(found.name): found \(found.hits.count) hits, expected \(wanted.hits.count) (\(wanted.name))
                \(Self.difference(found.hits, wanted.hits))
                """, sourceLocation: sourceLocation)
        }
    }
}
