/// A name split over the lines of one grid-table or multiline-table cell
/// (red-team round 8, B-062…B-064): Pandoc joins a cell's lines into one
/// paragraph (`Sady-`/`kov` → `Sady-kov`, `Сады`/`ков` → `Сады ков`), and
/// a reader of the Markdown export reads the stacked pieces as one word.
/// The scan read the table line by line and saw `Sady-` and `kov` apart.
///
/// This view cuts each table into its cells as Pandoc does: a grid table
/// (`+---+---+` borders) by the `+` of its border lines, a row being the
/// lines between two borders; a multiline table by the dash runs of its
/// separator lines, a row being the lines up to a blank one. For each
/// cell, the last word of each line is joined to the first word of the
/// next (a line-end hyphen dropped), and on through lines of one word
/// only, as the row cells are joined (`ReaderView+TableCells`): when the
/// pieces touch with letters and at least one is not a word of the
/// lexicon. The cell's lines are also given as one line, joined by
/// spaces, as Pandoc shows them. Names only: no detector runs on it.
extension ReaderView {
    static func joiningCellLines(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        var out: [String] = []
        var index = 0
        while index < lines.count {
            if let columns = gridColumns(lines[index]) {
                index += 1
                out += tableCellReadings(lines, from: &index, columns: columns,
                                         continues: { $0.first == "|" || gridColumns($0) != nil },
                                         endsRow: { gridColumns($0) != nil })
            } else if let columns = dashColumns(lines[index]) {
                index += 1
                out += tableCellReadings(lines, from: &index, columns: columns,
                                         continues: { !isDashLine($0) }, endsRow: { $0.allSatisfy(\.isWhitespace) })
                // The dash line that ended these rows is read again: it may be the header's column line.
            } else {
                index += 1
            }
        }
        return out.joined(separator: "\n")
    }

    /// The cells of the table rows from `index` on, while `continues` holds
    /// for a line; a line for which `endsRow` holds (a grid table's border,
    /// a multiline table's blank line) closes a row and is no part of it.
    /// Leaves `index` at the first line that does not continue the table.
    private static func tableCellReadings(_ lines: [[Character]], from index: inout Int, columns: [Int],
                                          continues: ([Character]) -> Bool, endsRow: ([Character]) -> Bool) -> [String] {
        var out: [String] = []
        var row: [[Character]] = []
        while index < lines.count, continues(lines[index]) {
            if endsRow(lines[index]) {
                out += cellReadings(row, columns: columns)
                row = []
            } else {
                row.append(lines[index])
            }
            index += 1
        }
        return out + cellReadings(row, columns: columns)
    }

    /// A grid table's border line (`+----+====+`): the column starts (each `+`).
    static func gridColumns(_ line: [Character]) -> [Int]? {
        guard line.first == "+", line.count >= 3, line.allSatisfy({ "+-=: ".contains($0) }), line.contains(where: { $0 == "-" || $0 == "=" })
        else { return nil }
        return line.indices.filter { line[$0] == "+" }
    }

    /// A line of dashes and spaces only: a multiline table's border (or a thematic break, which ends a table too).
    static func isDashLine(_ line: [Character]) -> Bool {
        line.filter { $0 == "-" }.count >= 3 && line.allSatisfy { $0 == "-" || $0 == " " }
    }

    /// A multiline table's column line (`----------  --------`, two dash
    /// runs or more): each run's start. A single run is the table's top or
    /// bottom border, or a thematic break.
    static func dashColumns(_ line: [Character]) -> [Int]? {
        guard isDashLine(line) else { return nil }
        let starts = line.indices.filter { line[$0] == "-" && ($0 == 0 || line[$0 - 1] == " ") }
        return starts.count >= 2 ? starts : nil
    }

    /// Each cell's text in `row` (its lines cut at `columns`), read as above.
    private static func cellReadings(_ row: [[Character]], columns: [Int]) -> [String] {
        guard row.count >= 2 else { return [] }
        var readings: [String] = []
        for (number, start) in columns.enumerated() {
            let end = number + 1 < columns.count ? columns[number + 1] : Int.max
            let pieces = row.map { line -> String in
                guard start < line.count else { return "" }
                return String(line[start..<min(end, line.count)]).trimmedOfBorders()
            }.filter { !$0.isEmpty }
            guard pieces.count >= 2 else { continue }
            readings.append(pieces.joined(separator: " "))
            let joined = joinedAcrossLines(pieces)
            if !joined.isEmpty { readings.append(joined) }
        }
        return readings
    }

    /// The words that join across the lines of one cell (see above).
    private static func joinedAcrossLines(_ pieces: [String]) -> String {
        let words = pieces.map { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
        var joined: [String] = []
        for index in words.indices.dropLast() {
            guard var left = words[index].last else { continue }
            if left.count > 1, left.last == "-" || left.last == "\u{AD}" { left.removeLast() }
            guard left.last?.isLetter == true else { continue }
            var parts = [left]
            var next = index + 1
            while next < words.count, parts.count < maximumPieces, let right = words[next].first, right.first?.isLetter == true {
                parts.append(right.hasSuffix("-") && next + 1 < words.count ? String(right.dropLast()) : right)
                if !parts.allSatisfy({ CommonWords.shared.contains($0.lowercased()) }) { joined.append(parts.joined()) }
                guard words[next].count == 1, parts.last?.last?.isLetter == true else { break }
                next += 1
            }
        }
        return joined.joined(separator: " ")
    }
}

private extension String {
    /// Without the cell borders and spaces around it.
    func trimmedOfBorders() -> String {
        var text = Substring(self)
        while let first = text.first, first == "|" || first.isWhitespace { text.removeFirst() }
        while let last = text.last, last == "|" || last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
