/// A name split over two cells of a table row (`| Сады | ков |`, red-team
/// round 6, B6-1): a reader runs the eye along the row and reads the two
/// halves as one word. This view holds, for every row of a pipe table (the
/// Markdown export's, or the HTML export's rows as `BrowserText` lays them
/// out), the last word of each cell joined to the first word of the next
/// cell, when both touch with a letter and at least one of the two is not
/// a word of the lexicon (the halves of a split name are rarely both words;
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
                guard let left = cells[index].last, let right = cells[index + 1].first,
                      left.last?.isLetter == true, right.first?.isLetter == true,
                      !CommonWords.shared.contains(left.lowercased()) || !CommonWords.shared.contains(right.lowercased()) else { continue }
                joined.append(String(left) + String(right))
            }
            if !joined.isEmpty { rows.append(joined.joined(separator: " ")) }
        }
        return rows.joined(separator: "\n")
    }

    /// The view itself, if the text has a row whose cells touch with letters.
    static func tableCellViews(_ text: String) -> [ScanView] {
        let joined = joiningTableCells(text)
        return joined.isEmpty ? [] : [ScanView(name: "export as read, touching words of a table row's cells joined", text: joined, rules: .words)]
    }
}
