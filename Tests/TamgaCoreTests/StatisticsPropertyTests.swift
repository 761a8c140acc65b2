import Testing
@testable import TamgaCore

/// Random seeded tables: whatever the counts, the published table shows
/// every count it shows exactly, hides every small count, never uses a
/// zero as cover, and leaves no suppressed count computable.
@Suite struct StatisticsPropertyTests {
    typealias F = StatisticsFixture

    @Test(arguments: [3, 5, 10])
    func randomTwoDimensionalTablesProtectEverySuppressedCount(threshold: Int) throws {
        var generator = SeededGenerator(state: UInt64(threshold) * 7919)
        var suppressedTotal = 0, secondaryTotal = 0
        for trial in 0..<150 {
            let rows = Int.random(in: 1...6, using: &generator), columns = Int.random(in: 1...6, using: &generator)
            // Skewed small, with zeros: most cells near the threshold.
            let cells = (0..<rows).map { _ in
                (0..<columns).map { _ in Int.random(in: 0...3, using: &generator) == 0 ? 0 : Int.random(in: 1...(threshold * 3), using: &generator) }
            }
            let (counts, table) = try F.table(cells, threshold: threshold)
            try check(counts, table, threshold: threshold, trial: trial)
            suppressedTotal += table.suppressions.count
            secondaryTotal += table.suppressions.filter { !$0.reason.isPrimary }.count
        }
        // The property was exercised, not vacuously true.
        #expect(suppressedTotal > 300)
        #expect(secondaryTotal > 100)
    }

    @Test(arguments: [3, 5, 10])
    func randomOneDimensionalTablesProtectEverySuppressedCount(threshold: Int) throws {
        var generator = SeededGenerator(state: UInt64(threshold) * 104_729)
        for trial in 0..<150 {
            let counts = (0..<Int.random(in: 1...8, using: &generator)).map { _ in Int.random(in: 0...(threshold * 2), using: &generator) }
            let (raw, table) = try F.oneDimensional(counts, threshold: threshold)
            try check(raw, table, threshold: threshold, trial: trial)
        }
    }

    private func check(_ counts: CountTable, _ table: StatisticsTable, threshold: Int, trial: Int) throws {
        for position in counts.positions {
            let value = counts[position]
            switch table[position] {
            case let .count(shown): #expect(shown == value, "trial \(trial) \(position)")
            case let .suppressed(reason):
                #expect(value > 0, "trial \(trial): a zero at \(position) was suppressed")
                #expect(reason.isPrimary == (value < threshold), "trial \(trial) \(position)")
            }
            if value > 0 && value < threshold {
                #expect(table[position].suppression != nil, "trial \(trial): small count at \(position) shown")
            }
        }
        #expect(F.linesWithOneSuppression(table) == 0, "trial \(trial)")
        #expect(F.recoverable(table).isEmpty, "trial \(trial)")
    }
}
