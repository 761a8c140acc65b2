/// The header of the Markdown table column a number stands in: a column
/// says what its cells are without a label beside each (issue 15, class 5:
/// `| Дата рожд. |` over dates; red-team round 5: `| Тел. |` over a phone,
/// `| Паспорт |` over a document number). Every detector whose label words
/// make digits an identifier reads them in the header too.
enum DetectorTableColumn {
    /// The header cell (scalar range) of the column holding `offset`, when
    /// `offset` is in a table row below the header.
    static func headerCell(_ scalars: [Unicode.Scalar], at offset: Int) -> Range<Int>? {
        var lineStart = offset
        while lineStart > 0, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
        guard isTableLine(scalars, from: lineStart) else { return nil }
        let column = scalars[lineStart..<offset].filter { $0 == "|" }.count
        // Up to the table's first line: the header.
        var header = lineStart
        while header > 0 {
            var previous = header - 1
            while previous > 0, scalars[previous - 1] != "\n" { previous -= 1 }
            guard isTableLine(scalars, from: previous) else { break }
            header = previous
        }
        guard header < lineStart else { return nil }
        var cells: [Range<Int>] = []
        var cellStart = header
        var position = header
        while position < scalars.count, scalars[position] != "\n" {
            if scalars[position] == "|" {
                cells.append(cellStart..<position)
                cellStart = position + 1
            }
            position += 1
        }
        cells.append(cellStart..<position)
        // The header's leading `|` makes the first cell empty, as the row's does.
        guard column < cells.count else { return nil }
        return cells[column]
    }

    /// True when the header of the column holding `offset` holds one of `labels`.
    static func isHeaded(_ scalars: [Unicode.Scalar], at offset: Int, by labels: DetectorLabels) -> Bool {
        guard let cell = headerCell(scalars, at: offset) else { return false }
        return cell.contains { labels.match(scalars, at: $0).map { $0 <= cell.upperBound + 1 } ?? false }
    }

    private static func isTableLine(_ scalars: [Unicode.Scalar], from start: Int) -> Bool {
        var offset = start
        while offset < scalars.count, scalars[offset] == " " { offset += 1 }
        return offset < scalars.count && scalars[offset] == "|"
    }
}
