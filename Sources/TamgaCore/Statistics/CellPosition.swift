/// Where a count sits in a statistics table, by row and column index; nil
/// stands for the total. `(row: 2, column: nil)` is the total of row 2,
/// `(nil, nil)` the grand total. A one-dimensional table has no columns:
/// its counts are the row totals `(row: i, column: nil)`, so every table,
/// margins included, is addressed the same way.
public struct CellPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let row: Int?
    public let column: Int?

    public init(row: Int?, column: Int?) {
        self.row = row
        self.column = column
    }

    public static let grandTotal = CellPosition(row: nil, column: nil)

    /// Whether this is a margin (a row, column or grand total).
    public var isMargin: Bool { row == nil || column == nil }

    /// Table order: row by row, totals last in each direction.
    public static func < (lhs: CellPosition, rhs: CellPosition) -> Bool {
        let left = (lhs.row ?? Int.max, lhs.column ?? Int.max)
        let right = (rhs.row ?? Int.max, rhs.column ?? Int.max)
        return left < right
    }

    public var description: String {
        "(\(row.map(String.init) ?? "total"), \(column.map(String.init) ?? "total"))"
    }
}
