@testable import TamgaCore

/// Helpers for the statistics tests: tables from matrices, and an
/// independent check of what a reader can work out from a published table.
enum StatisticsFixture {
    static func table(_ cells: [[Int]], threshold: Int = 5) throws -> (CountTable, StatisticsTable) {
        let query = try StatisticsQuery(rows: .facility, columns: .tag)
        let counts = CountTable(query: query, rowLabels: cells.indices.map { "R\($0)" },
                                columnLabels: (cells.first ?? []).indices.map { "C\($0)" }, cells: cells)
        return (counts, StatisticsTable(counts: counts, audience: .public, disclosure: .suppressed(threshold: threshold)))
    }

    static func oneDimensional(_ counts: [Int], threshold: Int = 5) throws -> (CountTable, StatisticsTable) {
        let query = try StatisticsQuery(rows: .facility)
        let table = CountTable(query: query, rowLabels: counts.indices.map { "R\($0)" }, columnLabels: [],
                               cells: counts.map { [$0] })
        return (table, StatisticsTable(counts: table, audience: .public, disclosure: .suppressed(threshold: threshold)))
    }

    static func position(_ row: Int?, _ column: Int?) -> CellPosition { CellPosition(row: row, column: column) }

    /// The suppressed positions of a published table.
    static func suppressed(_ table: StatisticsTable) -> Set<CellPosition> {
        Set(table.suppressions.map(\.position))
    }

    /// The additive lines of a table: each is a list of (position, sign)
    /// whose signed sum is zero (cells minus their total).
    static func lines(rows: Int, columns: Int, twoDimensional: Bool) -> [[(CellPosition, Double)]] {
        guard twoDimensional else {
            return [(0..<rows).map { (position($0, nil), 1.0) } + [(position(nil, nil), -1)]]
        }
        let rowIndices: [Int?] = Array(0..<rows) + [nil]
        let columnIndices: [Int?] = Array(0..<columns) + [nil]
        var lines: [[(CellPosition, Double)]] = []
        for row in rowIndices {
            lines.append((0..<columns).map { (position(row, $0), 1.0) } + [(position(row, nil), -1)])
        }
        for column in columnIndices {
            lines.append((0..<rows).map { (position($0, column), 1.0) } + [(position(nil, column), -1)])
        }
        return lines
    }

    /// Suppressed positions that a reader can compute exactly from the
    /// published counts and the additivity of the table: by linear algebra,
    /// not by the graph argument the suppressor uses. An unknown is
    /// determined when dropping its column from the system's matrix lowers
    /// the rank.
    static func recoverable(_ table: StatisticsTable) -> Set<CellPosition> {
        recoverable(suppressed(table), rows: table.rowLabels.count, columns: table.columnLabels.count,
                    twoDimensional: table.isTwoDimensional)
    }

    static func recoverable(_ suppressed: Set<CellPosition>, rows: Int, columns: Int, twoDimensional: Bool = true) -> Set<CellPosition> {
        let unknowns = suppressed.sorted()
        let lines = lines(rows: rows, columns: columns, twoDimensional: twoDimensional)
        let matrix = lines.map { line in
            unknowns.map { unknown in line.first { $0.0 == unknown }?.1 ?? 0 }
        }
        let full = rank(matrix)
        var result: Set<CellPosition> = []
        for (index, unknown) in unknowns.enumerated() {
            let without = matrix.map { row in row.enumerated().filter { $0.offset != index }.map(\.element) }
            if rank(without) < full { result.insert(unknown) }
        }
        return result
    }

    /// Lines (rows and columns, totals included) with exactly one
    /// suppressed entry: the brief's rule, weaker than `recoverable`.
    static func linesWithOneSuppression(_ table: StatisticsTable) -> Int {
        linesWithOneSuppression(suppressed(table), rows: table.rowLabels.count, columns: table.columnLabels.count,
                                twoDimensional: table.isTwoDimensional)
    }

    static func linesWithOneSuppression(_ suppressed: Set<CellPosition>, rows: Int, columns: Int, twoDimensional: Bool = true) -> Int {
        lines(rows: rows, columns: columns, twoDimensional: twoDimensional)
            .filter { line in line.filter { suppressed.contains($0.0) }.count == 1 }.count
    }

    static func rank(_ rows: [[Double]]) -> Int {
        var matrix = rows
        var rank = 0
        let columns = matrix.first?.count ?? 0
        for column in 0..<columns {
            guard let pivot = (rank..<matrix.count).max(by: { abs(matrix[$0][column]) < abs(matrix[$1][column]) }),
                  abs(matrix[pivot][column]) > 1e-9 else { continue }
            matrix.swapAt(rank, pivot)
            for other in 0..<matrix.count where other != rank {
                let factor = matrix[other][column] / matrix[rank][column]
                if factor != 0 {
                    for index in column..<columns { matrix[other][index] -= factor * matrix[rank][index] }
                }
            }
            rank += 1
            if rank == matrix.count { break }
        }
        return rank
    }
}

/// A small deterministic generator (SplitMix64), so a failing random table
/// can be reproduced from its seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
