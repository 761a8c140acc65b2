/// HTML comments in a document (issue 15, class 6): a monitor who writes
/// `<!-- note to self: … -->` expects it hidden, but exports show it as text
/// (the HTML export escapes it, a Markdown viewer may or may not hide it),
/// and its text is at no level. So a comment outside code is refused when
/// the document is added, naming its line and column, with the way to keep
/// such a note: an `{.internal}` span or section. Code is recognized as the
/// body parser does (`CodeFence`, and backtick code spans).
public enum HTMLCommentCheck {
    /// The line and column (1-based) of the first `<!--` outside fenced code
    /// and code spans, if any.
    public static func firstComment(in text: String) -> (line: Int, column: Int)? {
        guard text.contains("<!--") else { return nil }
        var fence: CodeFence?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            if let open = fence {
                if open.isClosed(by: scalars) { fence = nil }
                continue
            }
            if let opening = CodeFence(opening: scalars) {
                fence = opening
                continue
            }
            var inCode = false
            for (column, scalar) in scalars.enumerated() {
                if scalar == "`" { inCode.toggle() }
                if !inCode, scalar == "<", scalars[column...].starts(with: "<!--".unicodeScalars) { return (index + 1, column + 1) }
            }
        }
        return nil
    }
}
