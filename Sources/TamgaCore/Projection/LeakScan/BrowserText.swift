/// The text a browser shows for HTML: comments gone, inline tags removed
/// without a trace (`Sady<b>kov</b>` is one word on screen), block tags and
/// `<br>` read as line breaks (so words of two cells or paragraphs stay
/// apart, as on screen), character references decoded. `ReaderView` and
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
        while index < scalars.count {
            if scalars[index] == "<", let (name, end) = tag(scalars, at: index) {
                if blockElements.contains(name) { result.append("\n") }
                index = end
                continue
            }
            result.append(scalars[index])
            index += 1
        }
        return ReaderView.decodingReferences(String(result))
    }

    /// A tag starting at `open` (`<b>`, `</td>`, `<br/>`, `<a href="…">`):
    /// its lower-cased element name and the offset past its `>`.
    private static func tag(_ scalars: [Unicode.Scalar], at open: Int) -> (String, Int)? {
        var index = open + 1
        if index < scalars.count, scalars[index] == "/" { index += 1 }
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
                return (name.lowercased(), index + 1)
            }
            index += 1
        }
        return nil
    }
}
