import TamgaVault
/// Columns padded to their widest cell, so a table reads straight whatever
/// the lengths of names and times (issue 19 item 7: `history` printed a
/// 24-character time under a 20-character heading). The last column is not
/// padded: no trailing spaces.
struct TextTable {
    let header: [String]
    private(set) var rows: [[String]] = []

    init(_ header: String...) { self.header = header }

    /// Every cell is printed with its control characters escaped: cells
    /// carry file names and captions from outside, which must not drive the
    /// terminal or forge rows (attacker round 3, F6).
    mutating func append(_ cells: String...) { rows.append(cells.map(DisplayText.escaped)) }

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
