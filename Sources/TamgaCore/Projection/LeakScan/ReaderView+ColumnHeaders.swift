/// A table cell read under its column's header (red-team round 8, C-080):
/// with `cell 14` sensitive, `| cell | notes |` over `| 14 | mould |`
/// shows a reader "cell 14", though no line of the export holds it.
///
/// This view gives, for every cell of a table with a header, the header's
/// text, a cell bar and the cell's text, one line each: pipe tables (the line
/// above the `|---|` row, or the first of a run of `|` lines, as the HTML
/// export's rows are laid out by `BrowserText`), grid tables (the row above
/// the `+===+` border, cut as `ReaderView+CellLines` cuts it), multiline
/// and simple tables (the lines above the dash-run column line). Only the
/// `sensitive` strings and names read it (a header and a number are no
/// phone). It cuts tables independently of the projector's
/// `SensitiveTableColumns`, and skips the same headers over counts.
extension ReaderView {
    static func columnHeaderReadings(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        var out: [String] = []
        var index = 0
        while index < lines.count {
            if let columns = gridColumns(lines[index]) {
                index += 1
                out += gridHeaderReadings(lines, from: &index, columns: columns)
            } else if let columns = dashColumns(lines[index]), index > 0, !isBlank(lines[index - 1]), !isDashLine(lines[index - 1]) {
                out += dashTableHeaderReadings(lines, from: &index, columns: columns)
            } else if lines[index].contains("|") {
                let header = pipeCells(lines[index])
                index += 1
                while index < lines.count, lines[index].contains("|") {
                    if !isPipeDelimiter(lines[index]) { out += headed(header, pipeCells(lines[index])) }
                    index += 1
                }
            } else {
                index += 1
            }
        }
        return out.joined(separator: "\n")
    }

    private static func isBlank(_ line: [Character]) -> Bool { line.allSatisfy(\.isWhitespace) }

    private static func isPipeDelimiter(_ line: [Character]) -> Bool {
        line.contains("|") && line.contains("-") && line.allSatisfy { "|-: \t".contains($0) }
    }

    private static func pipeCells(_ line: [Character]) -> [String] {
        var cells = String(line).split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingBlanks() }
        if cells.first?.isEmpty == true { cells.removeFirst() }
        if cells.last?.isEmpty == true { cells.removeLast() }
        return cells
    }

    /// "header cell" for each column where both have text; a header over
    /// counts names no cell (the projector's list, `SensitiveTableColumns.counts`).
    /// A header ending in a number sign is also read without it: `Cell No.` over `No. 14` reads "cell No. 14".
    private static func headed(_ header: [String], _ row: [String]) -> [String] {
        zip(header, row).flatMap { header, cell -> [String] in
            guard !header.isEmpty, !cell.isEmpty, !SensitiveTableColumns.counts(header) else { return [] }
            var words = header.split(whereSeparator: \.isWhitespace)
            if let last = words.last, numberSigns.contains(last.lowercased().filter { $0.isLetter || $0 == "№" || $0 == "#" }) {
                words.removeLast()
            }
            let shorter = words.joined(separator: " ")
            // " | ": the cell still starts a sentence there, as in its row, so a
            // capitalised word opening it ("Below standard", "Максаты") is read
            // as the lexicon's word; a phrase still reads across the bar.
            return shorter.isEmpty || shorter == header ? [header + " | " + cell] : [header + " | " + cell, shorter + " | " + cell]
        }
    }

    private static let numberSigns: Set<String> = ["no", "nr", "n", "num", "number", "№", "#", "номер", "номери", ""]

    /// Each column's text on `rows`, cut at `columns`, its lines joined by a space.
    private static func columnTexts(_ rows: [[Character]], columns: [Int]) -> [String] {
        columns.indices.map { column in
            let start = columns[column]
            let end = column + 1 < columns.count ? columns[column + 1] : Int.max
            return rows.map { line -> String in
                guard start < line.count else { return "" }
                return String(line[start..<min(end, line.count)]).trimmingBlanks()
            }.filter { !$0.isEmpty }.joined(separator: " ")
        }
    }

    private static func gridHeaderReadings(_ lines: [[Character]], from index: inout Int, columns: [Int]) -> [String] {
        var header: [String]?
        var row: [[Character]] = []
        var out: [String] = []
        var first = true
        while index < lines.count, lines[index].first == "|" || gridColumns(lines[index]) != nil {
            if gridColumns(lines[index]) != nil {
                if first, lines[index].contains("=") {
                    header = columnTexts(row, columns: columns)
                } else if let header {
                    out += headed(header, columnTexts(row, columns: columns))
                }
                first = false
                row = []
            } else {
                row.append(lines[index])
            }
            index += 1
        }
        return out
    }

    /// A multiline table (a dash line above its header; rows end at a blank line) or a simple one (a row a line).
    private static func dashTableHeaderReadings(_ lines: [[Character]], from index: inout Int, columns: [Int]) -> [String] {
        var top = index - 1
        while top > 0, !isBlank(lines[top - 1]), !isDashLine(lines[top - 1]) { top -= 1 }
        let multiline = top > 0 && isDashLine(lines[top - 1])
        let header = columnTexts(Array(lines[top..<index]), columns: columns)
        index += 1
        var row: [[Character]] = []
        var out: [String] = []
        while index < lines.count, !isDashLine(lines[index]) {
            if isBlank(lines[index]) {
                out += headed(header, columnTexts(row, columns: columns))
                row = []
                if !multiline || (index + 1 < lines.count && isBlank(lines[index + 1])) { break }
            } else if multiline {
                row.append(lines[index])
            } else {
                out += headed(header, columnTexts([lines[index]], columns: columns))
            }
            index += 1
        }
        return out + headed(header, columnTexts(row, columns: columns))
    }
}

private extension StringProtocol {
    /// Without spaces and cell borders around it.
    func trimmingBlanks() -> String {
        var text = Substring(self)
        while let first = text.first, first == "|" || first.isWhitespace { text.removeFirst() }
        while let last = text.last, last == "|" || last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
