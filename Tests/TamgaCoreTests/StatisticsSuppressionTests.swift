import Testing
@testable import TamgaCore

@Suite struct StatisticsSuppressionTests {
    typealias F = StatisticsFixture

    @Test func classicSingleSuppressionGetsAPartnerRectangle() throws {
        // Alone, R0/C0 = 3 would be R0's total 21 minus 10 and 8.
        let (_, table) = try F.table([[3, 10, 8], [12, 9, 15]])
        #expect(table[F.position(0, 0)] == .suppressed(.belowThreshold(5)))
        // The cheapest cycle: 10 + 9 + 12 = 31 beats 8 + 15 + 12 = 35.
        for position in [F.position(0, 1), F.position(1, 1), F.position(1, 0)] {
            #expect(table[position] == .suppressed(.protects(F.position(0, 0))))
        }
        #expect(F.suppressed(table).count == 4)
        #expect(table[F.position(0, nil)] == .count(21))
        #expect(table[.grandTotal] == .count(57))
        #expect(F.recoverable(table).isEmpty)
    }

    @Test func chainedDiagonalNeedsTwoCycles() throws {
        // Closing a cycle for R0/C0 through R1/C1 leaves R2/C2 alone in its
        // row and column; its own cycle reuses column C0.
        let (_, table) = try F.table([[1, 20, 30], [40, 2, 50], [60, 70, 3]])
        let expected: Set<CellPosition> = [F.position(0, 0), F.position(1, 1), F.position(2, 2),
                                           F.position(0, 1), F.position(1, 0), F.position(2, 0), F.position(0, 2)]
        #expect(F.suppressed(table) == expected)
        #expect(table[F.position(2, 0)] == .suppressed(.protects(F.position(2, 2))))
        #expect(F.recoverable(table).isEmpty)
        #expect(F.linesWithOneSuppression(table) == 0)
    }

    @Test func smallRowTotalIsSuppressedAndProtectedInTheTotalColumn() throws {
        let (_, table) = try F.table([[1, 2, 0], [10, 20, 30], [15, 25, 35]])
        for position in [F.position(0, 0), F.position(0, 1), F.position(0, nil)] {
            #expect(table[position] == .suppressed(.belowThreshold(5)))
        }
        // R0's total 3 would be the grand total minus the other row totals.
        #expect(table[F.position(1, nil)].suppression != nil)
        #expect(F.suppressed(table) == [F.position(0, 0), F.position(0, 1), F.position(0, nil),
                                        F.position(1, 0), F.position(1, 1), F.position(1, nil)])
        #expect(table[F.position(0, 2)] == .count(0))
        #expect(F.recoverable(table).isEmpty)
    }

    @Test func oneRowTableSuppressesColumnTotalsWithTheirCells() throws {
        // With one row, each column total equals its cell: both go.
        let (_, table) = try F.table([[3, 10]])
        #expect(F.suppressed(table) == [F.position(0, 0), F.position(nil, 0), F.position(0, 1), F.position(nil, 1)])
        #expect(table[F.position(0, nil)] == .count(13))
        #expect(F.recoverable(table).isEmpty)
    }

    @Test(arguments: [
        // counts, expected suppressed rows (nil: the total)
        ([2, 10, 7, 0, 12], [0, 2] as [Int?]),
        ([3, 0, 0], [0, nil]),
        ([3, 20], [0, 1]),
        ([1, 2, 9], [0, 1]),
        ([5, 6, 0], []),
        ([0, 0, 0], []),
    ])
    func oneDimensional(counts: [Int], expected: [Int?]) throws {
        let (_, table) = try F.oneDimensional(counts)
        #expect(F.suppressed(table) == Set(expected.map { F.position($0, nil) }))
        #expect(F.recoverable(table).isEmpty)
        for (row, count) in counts.enumerated() where !expected.contains(row) {
            #expect(table[F.position(row, nil)] == .count(count))
        }
    }

    @Test func zerosAreShownAndNeverUsedAsCover() throws {
        // R0/C0's cheapest cover would be the zeros; they are not used.
        let (_, table) = try F.table([[2, 0, 40], [0, 0, 30], [50, 60, 70]])
        for position in table.positions where table[position].suppression != nil {
            #expect(position != F.position(0, 1) && position != F.position(1, 0) && position != F.position(1, 1))
        }
        #expect(table[F.position(0, 1)] == .count(0))
        #expect(F.recoverable(table).isEmpty)
    }

    @Test(arguments: [Audience.state, .internal])
    func nonPublicAudiencesSeeExactCounts(audience: Audience) throws {
        let query = try StatisticsQuery(rows: .facility, columns: .tag)
        let counts = CountTable(query: query, rowLabels: ["A", "B"], columnLabels: ["x", "y"], cells: [[1, 2], [3, 4]])
        let disclosure = StatisticsDisclosure(policy: Fixture.policy, audience: audience)
        #expect(disclosure == .exact)
        let table = StatisticsTable(counts: counts, audience: audience, disclosure: disclosure)
        #expect(table.suppressions.isEmpty)
        #expect(table[F.position(0, 0)] == .count(1))
        #expect(table[.grandTotal] == .count(10))
    }

    @Test func publicUsesThePolicyThreshold() {
        #expect(StatisticsDisclosure(policy: Fixture.policy, audience: .public) == .suppressed(threshold: 5))
    }

    // MARK: The checker itself

    @Test func checkerFindsTheCellASingleSuppressionGivesAway() {
        #expect(F.recoverable([F.position(0, 0)], rows: 2, columns: 2) == [F.position(0, 0)])
        let rectangle: Set = [F.position(0, 0), F.position(0, 1), F.position(1, 0), F.position(1, 1)]
        #expect(F.recoverable(rectangle, rows: 2, columns: 2).isEmpty)
        #expect(F.recoverable([F.position(0, nil)], rows: 1, columns: 0, twoDimensional: false) == [F.position(0, nil)])
    }

    @Test func lineRuleAloneIsNotEnoughButTheGraphRuleIs() throws {
        // Two 2×2 cycles joined by one cell: every line has 0 or ≥ 2
        // suppressed cells, yet the joining cell R1/C2 is determined (the
        // sum of columns C2, C3 minus the sum of rows R2, R3).
        let joined: Set = [F.position(0, 0), F.position(0, 1), F.position(1, 0), F.position(1, 1), F.position(1, 2),
                           F.position(2, 2), F.position(2, 3), F.position(3, 2), F.position(3, 3)]
        #expect(F.linesWithOneSuppression(joined, rows: 5, columns: 5) == 0)
        #expect(F.recoverable(joined, rows: 5, columns: 5) == [F.position(1, 2)])
        // The same counts as a table: the suppressor closes that cell too.
        let cells = [[1, 1, 0, 0, 9],
                     [1, 1, 1, 0, 9],
                     [0, 0, 1, 1, 9],
                     [0, 0, 1, 1, 9],
                     [9, 9, 9, 9, 9]]
        let (_, table) = try F.table(cells, threshold: 2)
        #expect(F.suppressed(table).isSuperset(of: joined))
        #expect(F.suppressed(table).count > joined.count)
        #expect(F.recoverable(table).isEmpty)
        #expect(F.linesWithOneSuppression(table) == 0)
    }
}
