/// The little Markdown a paragraph of an export may hold, as HTML: a list
/// (`- `, `* `, `1. `, continuation lines indented), a pipe table, or a
/// plain paragraph. Inline Markdown (emphasis, links) stays literal text:
/// safer than a half parser, and every character is escaped.
enum MarkdownBlockHTML {
    static func html(for text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.allSatisfy({ $0.trimmingWhitespace.hasPrefix("|") }) { return table(lines) }
        if let first = lines.first, let ordered = listMarker(first) { return list(lines, ordered: ordered) }
        return "<p>\(HTMLRenderer.escape(text.collapsingWhitespace))</p>"
    }

    /// Whether the line starts a list item: nil if not, else ordered or not.
    static func listMarker(_ line: String) -> Bool? {
        let trimmed = line.trimmingWhitespace
        if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") || trimmed.hasPrefix("+ ") { return false }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && trimmed.dropFirst(digits.count).hasPrefix(". ") ? true : nil
    }

    private static func list(_ lines: [String], ordered: Bool) -> String {
        var items: [String] = []
        for line in lines {
            if listMarker(line) != nil {
                let trimmed = line.trimmingWhitespace
                let marker = trimmed.firstIndex(of: " ").map { trimmed.index(after: $0) } ?? trimmed.endIndex
                items.append(String(trimmed[marker...]))
            } else if !items.isEmpty {
                items[items.count - 1] += " " + line.trimmingWhitespace
            } else {
                items.append(line.trimmingWhitespace)
            }
        }
        let tag = ordered ? "ol" : "ul"
        return "<\(tag)>" + items.map { "<li>\(HTMLRenderer.escape($0.collapsingWhitespace))</li>" }.joined() + "</\(tag)>"
    }

    private static func table(_ lines: [String]) -> String {
        var rows: [String] = []
        for line in lines {
            var cells = line.trimmingWhitespace.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace }
            if cells.first == "" { cells.removeFirst() }
            if cells.last == "" { cells.removeLast() }
            if cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { "-: ".contains($0) } }) { continue }
            rows.append("<tr>" + cells.map { "<td>\(HTMLRenderer.escape($0))</td>" }.joined() + "</tr>")
        }
        return "<table>" + rows.joined() + "</table>"
    }
}
