/// A statistics table as published to one audience: counts, or the reason a
/// count is withheld. It is built from a `CountTable` and keeps no
/// suppressed value, so no renderer can print one by mistake.
///
///     let query = try StatisticsQuery(rows: .facility, columns: .tag, from: start, to: end)
///     let table = StatisticsTable(counting: records, query: query, for: .public, policy: policy)
///     print(table.text)            // or table.csv, table.json
public struct StatisticsTable: Sendable, Hashable {
    public let query: StatisticsQuery
    public let audience: Audience
    public let disclosure: StatisticsDisclosure
    public let rowLabels: [String]
    /// Empty for a one-dimensional table.
    public let columnLabels: [String]
    private let entries: [CellPosition: PublishedCount]

    public init(counts: CountTable, audience: Audience, disclosure: StatisticsDisclosure) {
        query = counts.query
        self.audience = audience
        self.disclosure = disclosure
        rowLabels = counts.rowLabels
        columnLabels = counts.columnLabels
        let suppressed = disclosure.threshold.map { CellSuppressor(table: counts, threshold: $0).suppressions() } ?? [:]
        var entries: [CellPosition: PublishedCount] = [:]
        for position in counts.positions {
            entries[position] = suppressed[position].map(PublishedCount.suppressed) ?? .count(counts[position])
        }
        self.entries = entries
    }

    /// Counts `records` as `query` says, with the disclosure control the
    /// policy gives `audience`.
    public init(counting records: [StatisticsRecord], query: StatisticsQuery, for audience: Audience, policy: Policy) {
        self.init(counts: query.count(records), audience: audience,
                  disclosure: StatisticsDisclosure(policy: policy, audience: audience))
    }

    public var isTwoDimensional: Bool { query.columns != nil }

    /// Every position in table order (see `CountTable.positions`).
    public var positions: [CellPosition] {
        CountTable.positions(rows: rowLabels.count, columns: columnLabels.count, twoDimensional: isTwoDimensional)
    }

    public subscript(position: CellPosition) -> PublishedCount { entries[position] ?? .count(0) }

    /// The suppressed positions and why, in table order.
    public var suppressions: [(position: CellPosition, reason: Suppression)] {
        positions.compactMap { position in entries[position]?.suppression.map { (position, $0) } }
    }

    /// The label of a row (nil: the total row).
    public func rowLabel(_ row: Int?) -> String { row.map { rowLabels[$0] } ?? "Total" }

    /// The label of a column (nil: the total column).
    public func columnLabel(_ column: Int?) -> String { column.map { columnLabels[$0] } ?? "Total" }

    /// A position in words: "IVS-1 Bishkek / medical-care", "IVS-1 Bishkek / Total".
    public func describe(_ position: CellPosition) -> String {
        isTwoDimensional ? rowLabel(position.row) + " / " + columnLabel(position.column) : rowLabel(position.row)
    }

    /// Why a count is withheld, in words, without the count.
    public func explain(_ reason: Suppression) -> String {
        switch reason {
        case let .belowThreshold(threshold): "below the threshold of \(threshold)"
        case let .protects(position): "protects " + describe(position)
        }
    }

    /// What the counts are, for headings: "Documents by facility", "Tag mentions by facility and tag",
    /// "Recommendations by status and theme".
    public var caption: String {
        let by = query.columns.map { "\(query.rows.rawValue) and \($0.rawValue)" } ?? query.rows.rawValue
        let range = switch (query.from, query.to) {
        case let (from?, to?): ", \(from) to \(to)"
        case let (from?, nil): ", from \(from)"
        case let (nil, to?): ", to \(to)"
        case (nil, nil): ""
        }
        // A document with two tags counts twice: those counts are mentions, not documents (issue 19 item 14).
        let counted = query.rows == .status || query.columns == .status ? "Recommendations" : countsTags ? "Tag mentions" : "Documents"
        return "\(counted) by \(by)\(range)"
    }

    /// Whether a document is counted once per tag, so counts and totals are tag mentions.
    var countsTags: Bool { query.rows == .tag || query.columns == .tag }

    /// The counting rules a reader needs, as sentences.
    public var legend: [String] {
        var lines: [String] = []
        if countsTags {
            lines.append("A document counts once under each of its tags, so counts and totals are tag mentions, not documents; "
                + "totals add up the counts shown in their row or column.")
        }
        if let threshold = disclosure.threshold {
            lines.append("\"<\(threshold)\": a count from 1 to \(threshold - 1), suppressed. \"x\": suppressed so that a suppressed count cannot be worked out from the totals.")
        }
        return lines
    }

    /// The text a cell shows: the count, `<k` or `x`.
    func display(_ position: CellPosition) -> String {
        switch self[position] {
        case let .count(value): String(value)
        case .suppressed(.belowThreshold(let threshold)): "<\(threshold)"
        case .suppressed(.protects): "x"
        }
    }
}
