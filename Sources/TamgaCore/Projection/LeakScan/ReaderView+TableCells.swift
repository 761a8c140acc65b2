/// A name split over two cells of a table row (`| Сады | ков |`, red-team
/// round 6, B6-1), or over three and more (`| Са | ды | ков |`, round 7,
/// B-001): a reader runs the eye along the row and reads the pieces as one
/// word. This view holds, for every row of a pipe table (the
/// Markdown export's, or the HTML export's rows as `BrowserText` lays them
/// out), the last word of each cell joined to the first word of the next
/// cell, and on through each following cell of one word only, every
/// joining of two pieces or more, when the pieces touch with letters and
/// at least one of them is not a word of the lexicon (the halves of a split name are rarely both words;
/// `| Ventilation | Below standard |` must not read as a fused `…Below`
/// → Belov, found by the round-3 clean cases). Only letters are joined: a number
/// across cells (`| 14 | 0312 |`) is never read as one, so the detectors
/// (phones, identifiers) do not run on this view, only the names.
extension ReaderView {
    static func joiningTableCells(_ text: String) -> String {
        var rows: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) where line.filter({ $0 == "|" }).count >= 2 {
            var cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.split(whereSeparator: \.isWhitespace) }
            if line.drop(while: \.isWhitespace).first == "|" { cells.removeFirst() }
            var joined: [String] = []
            for index in cells.indices.dropLast() {
                guard let left = cells[index].last, left.last?.isLetter == true else { continue }
                var pieces = [left]
                var next = index + 1
                while next < cells.count, pieces.count < maximumPieces, let right = cells[next].first, right.first?.isLetter == true {
                    pieces.append(right)
                    if !pieces.allSatisfy({ CommonWords.shared.contains($0.lowercased()) }) { joined.append(pieces.joined()) }
                    // Only a cell of one word lets the row's reading run on into the next cell.
                    guard cells[next].count == 1, right.last?.isLetter == true else { break }
                    next += 1
                }
            }
            if !joined.isEmpty { rows.append(joined.joined(separator: " ")) }
        }
        return rows.joined(separator: "\n")
    }

    /// The most cells one joined word is read across (a surname in syllables).
    static let maximumPieces = 6

    /// The views, if the text has a row whose cells touch with letters or a cell of several lines.
    static func tableCellViews(_ text: String) -> [ScanView] {
        let joined = joiningTableCells(text)
        var views = joined.isEmpty ? [] : [ScanView(name: "export as read, touching words of a table row's cells joined", text: joined, rules: .words)]
        // The lines of one grid-table or multiline-table cell, as Pandoc joins them (`ReaderView+CellLines`).
        let cells = joiningCellLines(text)
        if !cells.isEmpty { views.append(ScanView(name: "export as read, the lines of a table cell joined", text: cells, rules: .words)) }
        // Each cell after its column's header (`ReaderView+ColumnHeaders`).
        let headed = columnHeaderReadings(text)
        if !headed.isEmpty { views.append(ScanView(name: "export as read, each table cell after its column's header", text: headed, rules: .words)) }
        return views
    }
}
