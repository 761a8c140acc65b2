/// The cells of a table under their column's header, for the `sensitive`
/// matcher (red-team round 8, C-080): with `cell 14` sensitive, a table
/// headed `| cell | notes |` over `| 14 | mould |` shows a reader "cell 14"
/// though no line holds it. The matcher reads each cell after its header
/// (`SensitiveMatcher.columnMatches`) and withholds the part of the cell
/// the phrase covers.
///
/// Tables as Pandoc reads them: pipe tables (the line before the `|---|`
/// line is the header; a run of `|` lines without one, as the HTML export's
/// rows are laid out, is headed by its first line), grid tables (the row
/// above the `+===+` border), multiline and simple tables (the lines above
/// the column line of dash runs; rows split by blank lines in a multiline
/// table, one a line in a simple one). A cell is its text on each of its
/// lines, trimmed: scalar ranges of the text, one per line.
///
/// The leak scan cuts tables its own way (`ReaderView+ColumnHeaders`).
enum SensitiveTableColumns {
    struct Cell: Equatable {
        let header: [Range<Int>]
        let value: [Range<Int>]
    }

    /// Whether a header (lower case) is over counts or shares, not names:
    /// `Number of cells 14` is fourteen cells. The scan reads the same list.
    static func counts(_ header: String) -> Bool {
        let text = header.lowercased()
        return countingWords.contains { text.contains($0) }
    }

    static let countingWords = ["%", "number of", "total", "count", "sum", "кол-во", "колич", "число", "всего", "итого", "саны",
                                "жалпы", "бардыгы"]

    static func cells(in scalars: [Unicode.Scalar]) -> [Cell] {
        guard scalars.contains("|") || scalars.contains("-") else { return [] }
        var lines: [Range<Int>] = []
        var start = 0
        for (offset, scalar) in scalars.enumerated() where scalar == "\n" {
            lines.append(start..<offset)
            start = offset + 1
        }
        lines.append(start..<scalars.count)
        let table = Lines(scalars: scalars, lines: lines)
        var result: [Cell] = []
        var index = 0
        while index < lines.count {
            if let columns = table.gridColumns(index) {
                result += table.gridCells(from: &index, columns: columns)
            } else if let columns = table.dashColumns(index), index > 0, !table.isBlank(index - 1), !table.isDashLine(index - 1) {
                result += table.dashTableCells(from: &index, columns: columns)
            } else if table.isPipeLine(index) {
                result += table.pipeCells(from: &index)
            } else {
                index += 1
            }
        }
        return result
    }

    /// The text's lines, read as table lines.
    private struct Lines {
        let scalars: [Unicode.Scalar]
        let lines: [Range<Int>]

        func line(_ index: Int) -> ArraySlice<Unicode.Scalar> { scalars[lines[index]] }
        func isBlank(_ index: Int) -> Bool { line(index).allSatisfy { $0 == " " || $0 == "\t" } }

        /// A line of dashes and spaces (three dashes at least).
        func isDashLine(_ index: Int) -> Bool {
            let text = line(index)
            return text.filter { $0 == "-" }.count >= 3 && text.allSatisfy { $0 == "-" || $0 == " " }
        }

        /// The starts of a column line's dash runs (two at least).
        func dashColumns(_ index: Int) -> [Int]? {
            guard isDashLine(index) else { return nil }
            let range = lines[index]
            let starts = range.filter { scalars[$0] == "-" && ($0 == range.lowerBound || scalars[$0 - 1] == " ") }
            return starts.count >= 2 ? starts.map { $0 - range.lowerBound } : nil
        }

        /// A grid table's border (`+---+===+`): the column starts.
        func gridColumns(_ index: Int) -> [Int]? {
            let text = line(index)
            guard text.first == "+", text.count >= 3, text.allSatisfy({ "+-=: ".unicodeScalars.contains($0) }),
                  text.contains(where: { $0 == "-" || $0 == "=" }) else { return nil }
            return text.indices.filter { text[$0] == "+" }.map { $0 - lines[index].lowerBound }
        }

        func isPipeLine(_ index: Int) -> Bool { line(index).contains("|") && !isBlank(index) }

        /// A pipe table's delimiter row (`|---|:--:|`, `--- | ---`).
        func isPipeSeparator(_ index: Int) -> Bool {
            let text = line(index)
            return text.contains("|") && text.contains("-") && text.allSatisfy { "|-: \t".unicodeScalars.contains($0) }
        }

        /// The cells of a pipe line, trimmed (outer pipes dropped).
        func pipeCells(_ index: Int) -> [Range<Int>] {
            var cells: [Range<Int>] = []
            var start = lines[index].lowerBound
            for offset in lines[index] where scalars[offset] == "|" && (offset == 0 || scalars[offset - 1] != "\\") {
                cells.append(start..<offset)
                start = offset + 1
            }
            cells.append(start..<lines[index].upperBound)
            if let first = cells.first, scalars[first].allSatisfy({ $0 == " " || $0 == "\t" }) { cells.removeFirst() }
            if let last = cells.last, scalars[last].allSatisfy({ $0 == " " || $0 == "\t" }) { cells.removeLast() }
            return cells.map(trimmed)
        }

        func trimmed(_ range: Range<Int>) -> Range<Int> {
            var lower = range.lowerBound, upper = range.upperBound
            while lower < upper, " \t|".unicodeScalars.contains(scalars[lower]) { lower += 1 }
            while upper > lower, " \t|".unicodeScalars.contains(scalars[upper - 1]) { upper -= 1 }
            return lower..<upper
        }

        /// Each column's text on the lines `rows`, cut at `columns` (line offsets), trimmed; empty pieces left out.
        func columnPieces(_ rows: [Int], columns: [Int]) -> [[Range<Int>]] {
            columns.indices.map { column in
                rows.compactMap { row -> Range<Int>? in
                    let range = lines[row]
                    let from = range.lowerBound + columns[column]
                    let to = column + 1 < columns.count ? range.lowerBound + columns[column + 1] : range.upperBound
                    guard from < range.upperBound else { return nil }
                    let piece = trimmed(from..<min(to, range.upperBound))
                    return piece.isEmpty ? nil : piece
                }
            }
        }

        static func pairs(_ header: [[Range<Int>]], _ row: [[Range<Int>]]) -> [Cell] {
            zip(header, row).compactMap { $0.isEmpty || $1.isEmpty ? nil : Cell(header: $0, value: $1) }
        }

        func pipeCells(from index: inout Int) -> [Cell] {
            let header = pipeCells(index).map { [$0] }
            index += 1
            var result: [Cell] = []
            while index < lines.count, isPipeLine(index) {
                if !isPipeSeparator(index) { result += Self.pairs(header, pipeCells(index).map { [$0] }) }
                index += 1
            }
            return result
        }

        func gridCells(from index: inout Int, columns: [Int]) -> [Cell] {
            index += 1
            var header: [[Range<Int>]]?
            var row: [Int] = []
            var result: [Cell] = []
            var first = true
            while index < lines.count, line(index).first == "|" || gridColumns(index) != nil {
                if gridColumns(index) != nil {
                    if first, line(index).contains("=") {
                        header = columnPieces(row, columns: columns)
                    } else if let header {
                        result += Self.pairs(header, columnPieces(row, columns: columns))
                    }
                    first = false
                    row = []
                } else {
                    row.append(index)
                }
                index += 1
            }
            return result
        }

        /// A multiline table (a dash line above its header) or a simple one.
        func dashTableCells(from index: inout Int, columns: [Int]) -> [Cell] {
            var top = index - 1
            while top > 0, !isBlank(top - 1), !isDashLine(top - 1) { top -= 1 }
            let multiline = top > 0 && isDashLine(top - 1)
            let header = columnPieces(Array(top..<index), columns: columns)
            index += 1
            var row: [Int] = []
            var result: [Cell] = []
            while index < lines.count, !isDashLine(index) {
                if isBlank(index) {
                    result += Self.pairs(header, columnPieces(row, columns: columns))
                    row = []
                    if !multiline || (index + 1 < lines.count && isBlank(index + 1)) { break }
                } else if multiline {
                    row.append(index)
                } else {
                    result += Self.pairs(header, columnPieces([index], columns: columns))
                }
                index += 1
            }
            return result + Self.pairs(header, columnPieces(row, columns: columns))
        }
    }
}
