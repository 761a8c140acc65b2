/// The exact counts of a query, margins included: what the NPM itself may
/// see. Never published as is to an audience with a suppression threshold:
/// `StatisticsTable` is the published form, and it holds no suppressed value.
public struct CountTable: Sendable, Hashable {
    public let query: StatisticsQuery
    public let rowLabels: [String]
    /// Empty for a one-dimensional table.
    public let columnLabels: [String]
    private let values: [CellPosition: Int]

    /// `interior` holds the non-zero counts: `(row, column)` cells of a
    /// two-dimensional table, `(row, nil)` of a one-dimensional one. The
    /// margins are computed here, so they always add up.
    init(query: StatisticsQuery, rowLabels: [String], columnLabels: [String], interior: [CellPosition: Int]) {
        self.query = query
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        var values: [CellPosition: Int] = [:]
        for position in Self.positions(rows: rowLabels.count, columns: columnLabels.count, twoDimensional: query.columns != nil) {
            values[position] = 0
        }
        for (position, count) in interior {
            values[position, default: 0] += count
            if query.columns != nil {
                values[CellPosition(row: position.row, column: nil), default: 0] += count
                values[CellPosition(row: nil, column: position.column), default: 0] += count
            }
            values[.grandTotal, default: 0] += count
        }
        self.values = values
    }

    /// A table of given counts, for callers (and tests) that already hold
    /// them: `cells[row][column]` for two dimensions (`columnLabels` not
    /// empty), `cells[row][0]` for one.
    public init(query: StatisticsQuery, rowLabels: [String], columnLabels: [String], cells: [[Int]]) {
        var interior: [CellPosition: Int] = [:]
        for (row, line) in cells.enumerated() {
            for (column, count) in line.enumerated() {
                interior[CellPosition(row: row, column: query.columns == nil ? nil : column)] = count
            }
        }
        self.init(query: query, rowLabels: rowLabels, columnLabels: columnLabels, interior: interior)
    }

    public var isTwoDimensional: Bool { query.columns != nil }

    /// Every position of the table in table order: the counts, then the
    /// margins (row totals at the end of each row, the total row last).
    public var positions: [CellPosition] {
        Self.positions(rows: rowLabels.count, columns: columnLabels.count, twoDimensional: isTwoDimensional)
    }

    static func positions(rows: Int, columns: Int, twoDimensional: Bool) -> [CellPosition] {
        let rowIndices: [Int?] = Array(0..<rows) + [nil]
        let columnIndices: [Int?] = twoDimensional ? Array(0..<columns) + [nil] : [nil]
        return rowIndices.flatMap { row in columnIndices.map { CellPosition(row: row, column: $0) } }
    }

    /// The count at `position` (0 for a position outside the table).
    public subscript(position: CellPosition) -> Int { values[position] ?? 0 }
}
