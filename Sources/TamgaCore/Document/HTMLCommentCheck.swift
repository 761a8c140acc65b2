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
        return first(in: text) { scalars, column in scalars[column...].starts(with: "<!--".unicodeScalars) }
    }

    /// The line and column of the first raw HTML tag (`<span>`, `</b>`,
    /// `<img …>`, `<br/>`) outside code. A Markdown viewer renders it (a
    /// `<span style="display:none">` hides text from the reviewer, an
    /// `<img>` loads a picture), the HTML export shows it as text, and it
    /// has no level; so it is refused at add like a comment. Autolinks
    /// (`<https://…>`, `<name@mail.kg>`) and a `<` before a digit or a space
    /// (`<5 persons`) are not tags.
    public static func firstTag(in text: String) -> (line: Int, column: Int)? {
        guard text.contains("<") else { return nil }
        return first(in: text) { scalars, column in isTag(scalars, at: column) }
    }

    /// The line and column of the first footnote (`[^1]` or a `[^1]:`
    /// definition) outside code. A note's text is a block of its own,
    /// wherever the reference stands: a reference inside an internal span
    /// published its note (found by the red team), so notes are refused at
    /// add with the way to write one.
    public static func firstFootnote(in text: String) -> (line: Int, column: Int)? {
        guard text.contains("[^") else { return nil }
        return first(in: text, where: { scalars, column in
            column + 2 < scalars.count && scalars[column + 1] == "^" && scalars[column + 2] != "]"
        }, bracket: true)
    }

    /// The line and column of the first link reference definition whose
    /// target is a level's name (`[int]: .internal`): a link to it
    /// (`[text][int]`) marks nothing and publishes its text (red-team round 3).
    public static func firstLevelLinkDefinition(in text: String) -> (line: Int, column: Int)? {
        guard text.contains("]:") else { return nil }
        return first(in: text, where: { scalars, column in
            // A footnote definition (`[^1]: State Penitentiary Service report`) is no link definition (red-team round 7, clean).
            guard scalars[..<column].allSatisfy({ $0 == " " }), column <= 3, column + 1 < scalars.count, scalars[column + 1] != "^",
                  let close = scalars[column...].firstIndex(of: "]"), close + 1 < scalars.count, scalars[close + 1] == ":" else { return false }
            let target = String(String.UnicodeScalarView(scalars[(close + 2)...])).trimmingCharacters(in: .whitespaces)
            return levelName(inLinkTarget: target) != nil
        }, bracket: true)
    }

    /// The level a link target names (`.internal`, `<#state>`, `internal "title"`), if any.
    public static func levelName(inLinkTarget target: String) -> String? {
        var destination = target.trimmingCharacters(in: .whitespaces)
        if destination.hasPrefix("<"), let end = destination.firstIndex(of: ">") {
            destination = String(destination[destination.index(after: destination.startIndex)..<end])
        } else {
            destination = String(destination.prefix { !$0.isWhitespace })
        }
        let name = destination.filter { !" {}.#:\u{200B}\u{A0}".contains($0) }.lowercased()
        return Level(rawValue: name) != nil ? name : nil
    }

    static func isTag(_ scalars: [Unicode.Scalar], at open: Int) -> Bool {
        var index = open + 1
        if index < scalars.count, scalars[index] == "/" { index += 1 }
        guard index < scalars.count, scalars[index].isASCII, scalars[index].properties.isAlphabetic else { return false }
        while index < scalars.count, scalars[index].isASCII, scalars[index].properties.isAlphabetic || scalars[index].asciiDigit != nil || scalars[index] == "-" {
            index += 1
        }
        guard index < scalars.count else { return false }
        let next = scalars[index]
        if next == ">" { return true }
        if next == "/" { return index + 1 < scalars.count && scalars[index + 1] == ">" }
        guard next == " " || next == "\t" else { return false }
        // Attributes up to a `>` on the line, with no `:`/`@` before it outside quotes (not an autolink).
        var quote: Unicode.Scalar?
        while index < scalars.count {
            let scalar = scalars[index]
            if let open = quote { if scalar == open { quote = nil } } else if scalar == "\"" || scalar == "'" { quote = scalar } else if scalar == ">" { return true }
            index += 1
        }
        return false
    }

    /// The first place outside fenced code and code spans, at a `<` (or at a
    /// `[` with `bracket`), where `matches` holds.
    private static func first(in text: String, where matches: ([Unicode.Scalar], Int) -> Bool,
                              bracket: Bool = false) -> (line: Int, column: Int)? {
        let opener: Unicode.Scalar = bracket ? "[" : "<"
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
                if !inCode, scalar == opener, matches(scalars, column) { return (index + 1, column + 1) }
            }
        }
        return nil
    }
}
