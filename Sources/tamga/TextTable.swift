/// Columns padded to their widest cell, so a table reads straight whatever
/// the lengths of names and times (issue 19 item 7: `history` printed a
/// 24-character time under a 20-character heading). The last column is not
/// padded: no trailing spaces.
struct TextTable {
    let header: [String]
    private(set) var rows: [[String]] = []

    init(_ header: String...) { self.header = header }

    mutating func append(_ cells: String...) { rows.append(cells) }

    var lines: [String] {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
    }

    func print() { for line in lines { Swift.print(line) } }
}
