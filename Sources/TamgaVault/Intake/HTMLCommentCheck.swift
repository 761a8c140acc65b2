/// HTML comments in a document (issue 15, class 6): a monitor who writes
/// `<!-- note to self: … -->` expects it hidden, but exports show it as text
/// (the HTML export escapes it, a Markdown viewer may or may not hide it),
/// and its text is at no level. So a comment outside code is refused when
/// the document is added, naming its line and column, with the way to keep
/// such a note: an `{.internal}` span or section.
enum HTMLCommentCheck {
    /// The line and column (1-based) of the first `<!--` outside fenced code
    /// and code spans, if any.
    static func firstComment(in text: String) -> (line: Int, column: Int)? {
        var fence: String?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                continue
            }
            var inCode = false
            var column = 0
            var rest = Substring(line)
            while !rest.isEmpty {
                column += 1
                if rest.first == "`" { inCode.toggle() }
                if !inCode, rest.hasPrefix("<!--") { return (index + 1, column) }
                rest = rest.dropFirst()
            }
        }
        return nil
    }
}
