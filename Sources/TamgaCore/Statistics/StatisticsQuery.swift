/// What to count: one or two dimensions and an optional date range
/// (`tamga stats --by facility,tag --from 2014-01-01 --to 2014-12-31`).
public struct StatisticsQuery: Sendable, Hashable {
    public let rows: StatisticsDimension
    /// nil for a one-dimensional table.
    public let columns: StatisticsDimension?
    /// Inclusive bounds on the document date; nil is open.
    public let from: CalendarDate?
    public let to: CalendarDate?

    /// Refuses the same dimension twice (a tag-by-tag table would count a
    /// document once per pair of its own tags) and a range that ends before
    /// it starts.
    public init(rows: StatisticsDimension, columns: StatisticsDimension? = nil,
                from: CalendarDate? = nil, to: CalendarDate? = nil) throws(StatisticsError) {
        if rows == columns {
            throw StatisticsError(.sameDimensionTwice, "a table cannot be grouped by \(rows.rawValue) twice",
                                  hint: "Group by two different fields, e.g. `--by facility,tag`.")
        }
        if let from, let to, to < from {
            throw StatisticsError(.emptyDateRange, "the range \(from) to \(to) ends before it starts",
                                  hint: "Give `--from` a date on or before `--to`.")
        }
        self.rows = rows
        self.columns = columns
        self.from = from
        self.to = to
    }

    /// Whether `record` falls in the date range.
    public func includes(_ record: StatisticsRecord) -> Bool {
        (from.map { $0 <= record.date } ?? true) && (to.map { record.date <= $0 } ?? true)
    }

    /// The raw counts of `records` in range. Facility, kind and tag
    /// categories are those that occur (sorted); months run without gaps
    /// from the range's first month to its last (or the data's, for an open
    /// end), so a month without documents is a visible zero, not a missing row.
    public func count(_ records: [StatisticsRecord]) -> CountTable {
        let selected = records.filter(includes)
        let rowLabels = labels(rows, selected)
        let columnLabels = columns.map { labels($0, selected) } ?? []
        let rowIndex = Dictionary(uniqueKeysWithValues: rowLabels.enumerated().map { ($1, $0) })
        let columnIndex = Dictionary(uniqueKeysWithValues: columnLabels.enumerated().map { ($1, $0) })
        var interior: [CellPosition: Int] = [:]
        for record in selected {
            for rowLabel in rows.categories(of: record) {
                guard let row = rowIndex[rowLabel] else { continue }
                if let columns {
                    for columnLabel in columns.categories(of: record) {
                        guard let column = columnIndex[columnLabel] else { continue }
                        interior[CellPosition(row: row, column: column), default: 0] += 1
                    }
                } else {
                    interior[CellPosition(row: row, column: nil), default: 0] += 1
                }
            }
        }
        return CountTable(query: self, rowLabels: rowLabels, columnLabels: columnLabels, interior: interior)
    }

    private func labels(_ dimension: StatisticsDimension, _ records: [StatisticsRecord]) -> [String] {
        guard dimension == .month else {
            return Array(Set(records.flatMap(dimension.categories))).sorted { lhs, rhs in
                // "(no facility)" last; otherwise code-point order, stable across locales.
                (lhs == StatisticsDimension.noFacility ? 1 : 0, lhs) < (rhs == StatisticsDimension.noFacility ? 1 : 0, rhs)
            }
        }
        guard let first = from ?? records.map(\.date).min(), let last = to ?? records.map(\.date).max() else { return [] }
        var labels: [String] = []
        var (year, month) = (first.year, first.month)
        while (year, month) <= (last.year, last.month) {
            labels.append(StatisticsDimension.monthLabel(year: year, month: month))
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
        return labels
    }
}
