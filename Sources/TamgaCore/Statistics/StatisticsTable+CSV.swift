extension StatisticsTable {
    /// The table as CSV (RFC 4180: comma-separated, CRLF line ends, fields
    /// with a comma, quote or line break quoted, quotes doubled).
    ///
    /// The first line is the header: the dimensions ("facility \ tag"), the
    /// column labels, `Total`, `notes`. Then one line per row and a `Total`
    /// line. A suppressed count is an **empty field**, so a spreadsheet
    /// reads it as missing, never as a number; the row's `notes` field
    /// says which counts of the row are suppressed and why
    /// ("medical-care: below the threshold of 5; Total: protects …").
    /// A one-dimensional table has one count column (`documents`, or
    /// `count` for tags).
    public var csv: String {
        var lines = [([cornerLabel] + countHeaders + ["notes"]).map(Self.csvField).joined(separator: ",")]
        for row in Array(0..<rowLabels.count) + [nil] {
            var fields = [rowLabel(row)]
            var notes: [String] = []
            for column in columnIndices {
                let position = CellPosition(row: row, column: column)
                switch self[position] {
                case let .count(value): fields.append(String(value))
                case let .suppressed(reason):
                    fields.append("")
                    notes.append((isTwoDimensional ? columnLabel(column) : countHeaders[0]) + ": " + explain(reason))
                }
            }
            fields.append(notes.joined(separator: "; "))
            lines.append(fields.map(Self.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// One field, quoted when RFC 4180 requires it.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    /// Every occurrence of `target` replaced (Foundation-free).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
