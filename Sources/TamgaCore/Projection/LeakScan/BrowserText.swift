/// The text a browser shows for HTML: comments gone, inline tags removed
/// without a trace (`Sady<b>kov</b>` is one word on screen), block tags and
/// `<br>` read as line breaks (so words of two paragraphs stay apart, as on
/// screen), a table's rows as Markdown rows with their cells between `|`,
/// character references decoded. `ReaderView` and
/// `CommonMarkText` read exports through it.
enum BrowserText {
    /// Elements that start a new line on screen.
    static let blockElements: Set<String> = [
        "p", "br", "div", "li", "ul", "ol", "td", "th", "tr", "table", "thead", "tbody", "tfoot", "h1", "h2", "h3", "h4",
        "h5", "h6", "blockquote", "pre", "hr", "section", "article", "header", "footer", "dd", "dt", "dl", "caption", "figure",
        "figcaption", "nav", "aside", "main", "address", "details", "summary", "title",
    ]

    static func text(_ html: String) -> String {
        let scalars = Array(ReaderView.removingComments(html).unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        var inRow = false, inTable = false
        while index < scalars.count {
            if scalars[index] == "<", let (name, closing, end) = tag(scalars, at: index) {
                if name == "tr" { inRow = !closing }
                if name == "table" { inTable = !closing }
                switch (name, closing) {
                // A table row as a Markdown row ("| Born | 02.03.1991 |"), so that the rules
                // that read a column by its header (a date of birth) read an HTML table too.
                case ("tr", false): result.append(contentsOf: "\n|".unicodeScalars)
                case ("td", false), ("th", false): result.append(" ")
                case ("td", true), ("th", true): result.append(contentsOf: " |".unicodeScalars)
                // No blank line between the header row and the rows under it.
                case ("tr", true), ("thead", _), ("tbody", _), ("tfoot", _): break
                default: if blockElements.contains(name) { result.append("\n") }
                }
                index = end
                continue
            }
            // A row stays one line: the source's line breaks between its cells are spaces on
            // screen, and those between rows nothing (the header row stays next to the rows).
            if inTable, scalars[index] == "\n" || (!inRow && scalars[index].properties.isWhitespace) {
                if inRow { result.append(" ") }
                index += 1
                continue
            }
            result.append(scalars[index])
            index += 1
        }
        return ReaderView.decodingReferences(String(result))
    }

    /// A tag starting at `open` (`<b>`, `</td>`, `<br/>`, `<a href="…">`):
    /// its lower-cased element name, whether it closes, and the offset past its `>`.
    private static func tag(_ scalars: [Unicode.Scalar], at open: Int) -> (String, Bool, Int)? {
        var index = open + 1
        let closing = index < scalars.count && scalars[index] == "/"
        if closing { index += 1 }
        var name = ""
        while index < scalars.count, scalars[index].properties.isAlphabetic || scalars[index].asciiDigit != nil {
            name.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard !name.isEmpty else { return nil }
        var quote: Unicode.Scalar?
        while index < scalars.count {
            let scalar = scalars[index]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                return (name.lowercased(), closing, index + 1)
            }
            index += 1
        }
        return nil
    }
}
