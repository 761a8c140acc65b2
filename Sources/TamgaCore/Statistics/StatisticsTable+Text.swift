extension StatisticsTable {
    /// The header of the label column: "facility \ tag", or "facility".
    var cornerLabel: String {
        query.columns.map { "\(query.rows.rawValue) \\ \($0.rawValue)" } ?? query.rows.rawValue
    }

    /// The headers of the count columns, the total column included
    /// (a one-dimensional table has one: "documents").
    var countHeaders: [String] {
        isTwoDimensional ? columnLabels + ["Total"] : [countsTags ? "mentions" : "documents"]
    }

    /// The column indices of the count columns, in order (nil: total).
    var columnIndices: [Int?] {
        isTwoDimensional ? Array(0..<columnLabels.count) + [nil] : [nil]
    }

    /// The table as aligned text for a terminal: caption, audience, the
    /// table (labels left, counts right), the legend, then every
    /// suppressed count and why.
    public var text: String {
        let rows: [[String]] = [[cornerLabel] + countHeaders]
            + (Array(0..<rowLabels.count) + [nil]).map { row in
                [rowLabel(row)] + columnIndices.map { display(CellPosition(row: row, column: $0)) }
            }
        var widths = [Int](repeating: 0, count: rows[0].count)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        var lines = [caption, "Audience: \(audience.rawValue) (\(disclosureWords))", ""]
        for row in rows {
            let cells = row.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return index == 0 ? cell + padding : padding + cell
            }
            lines.append(cells.joined(separator: "  ").trailingSpacesRemoved)
        }
        if !legend.isEmpty { lines += [""] + legend }
        let suppressions = suppressions
        if !suppressions.isEmpty {
            lines += ["", "Suppressed:"] + suppressions.map { "  \(describe($0.position)): \(explain($0.reason))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    var disclosureWords: String {
        disclosure.threshold.map { "counts below \($0) suppressed" } ?? "exact counts"
    }
}

extension String {
    /// Without trailing spaces (a left-aligned last column pads nothing).
    var trailingSpacesRemoved: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
