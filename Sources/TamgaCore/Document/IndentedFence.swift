/// A `:::` line written with spaces or a tab before it (session 43 attacker,
/// C2). Pandoc reads a fence only at the start of a line or indented as the
/// text of the list item it stands in; elsewhere one to three spaces make it
/// words of a paragraph and four or a tab an indented code block, both at the
/// level around them. Opening (or closing) a div there, as tamga read every
/// indented fence, published what every other reader keeps internal:
/// `Para.⏎⏎   ::: public⏎   secret⏎   :::`. So an indented fence counts only
/// inside a list item, indented exactly as the item's text (one column more
/// and Pandoc 2.17 reads paragraph text, four more code); any other is
/// refused, naming the line.
enum IndentedFence {
    /// The list item content column in force after this line: a list item line sets it, a blank line or an
    /// indented line keeps it, any other line at the start of the line ends the list (a lazy continuation
    /// line ends it too: an indented fence after one is refused, which fails closed).
    ///
    /// A line is a list item only where Pandoc starts one (session 43 attacker, second round): at the start of a
    /// block or inside a list (a `- ` line continuing a paragraph is text), indented at most three columns or
    /// nested under the current item (four more is code), and not a rule (`* * *`, `- - -`).
    static func listContent(after scalars: [Unicode.Scalar], kind: BodyLine, current: Int?, startsBlock: Bool) -> Int? {
        if startsBlock || current != nil, !isRule(scalars), let column = itemContentColumn(scalars) {
            let indent = indentation(scalars)
            if indent <= 3 || (current.map { indent >= $0 && indent < $0 + 4 } ?? false) { return column }
        }
        if kind == .blank { return current }
        return indentation(scalars) > 0 ? current : nil
    }

    /// Why the line may not be read as a fence, or nil.
    static func problem(_ scalars: [Unicode.Scalar], kind: BodyLine, listContent: Int?) -> String? {
        switch kind {
        case .fenceOpen, .fenceClose: break
        default: return nil
        }
        let indent = indentation(scalars)
        guard indent > 0 else { return nil }
        if let content = listContent, indent == content { return nil }
        return "a `:::` line indented outside a list item (or not as its text): Pandoc reads it as text or code, not as a div's fence"
    }

    /// Columns of spaces and tabs (a tab to the next multiple of four) before the first other character.
    static func indentation(_ scalars: [Unicode.Scalar]) -> Int {
        columns(scalars.prefix { $0 == " " || $0 == "\t" })
    }

    /// The width of `scalars` in columns, a tab reaching the next multiple of four.
    static func columns(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        scalars.reduce(0) { column, scalar in scalar == "\t" ? column + 4 - column % 4 : column + 1 }
    }

    /// A thematic break: three or more of one of `*`, `-`, `_`, with spaces between.
    static func isRule(_ scalars: [Unicode.Scalar]) -> Bool {
        let marks = scalars.filter { $0 != " " && $0 != "\t" }
        guard marks.count >= 3, let first = marks.first, "*-_".unicodeScalars.contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// The column where a list item's text starts, or nil: a bullet (`- item`) or one of Pandoc's ordered markers
    /// (`12. item`, `3) item`, `#. item`, `a) item`, `(b) item`, `iv. item`, `A.  item`: a capital letter with a
    /// period is a list only with two spaces after it, as `A. Ivanov` is an initial). Five columns of space or
    /// more after the marker make the item's first line code, and its text column the one after the marker
    /// (`-     item`: Pandoc 2.17 reads a fence at column 5 there as the item's text).
    /// Example lists (`(@)`) are not read: an indented fence after one is refused (fails closed).
    static func itemContentColumn(_ scalars: [Unicode.Scalar]) -> Int? {
        var index = 0
        while index < scalars.count, scalars[index] == " " { index += 1 }
        guard index < scalars.count, let (markerEnd, needsTwoSpaces) = markerEnd(scalars, from: index) else { return nil }
        guard markerEnd < scalars.count, scalars[markerEnd] == " " || scalars[markerEnd] == "\t" else { return nil }
        var content = markerEnd
        while content < scalars.count, scalars[content] == " " || scalars[content] == "\t" { content += 1 }
        // Pandoc starts no list at `p. 12` (a page: `p.`, one space, a digit), review of session 44.
        if markerEnd - index == 2, scalars[index] == "p" || scalars[index] == "P", scalars[markerEnd - 1] == ".",
           markerEnd + 1 < scalars.count, scalars[markerEnd] == " ", scalars[markerEnd + 1].asciiDigit != nil { return nil }
        let markerColumn = columns(scalars[..<markerEnd])
        let spaceColumns = columns(scalars[..<content]) - markerColumn
        if needsTwoSpaces, spaceColumns < 2 { return nil }
        // An item with no text on its line is not read (fails closed).
        guard content < scalars.count else { return nil }
        return spaceColumns > 4 ? markerColumn + 1 : markerColumn + spaceColumns
    }

    /// Where the list marker starting at `start` ends, and whether it asks two spaces after it.
    static func markerEnd(_ scalars: [Unicode.Scalar], from start: Int) -> (Int, Bool)? {
        if "-*+".unicodeScalars.contains(scalars[start]) { return (start + 1, false) }
        let parenthesised = scalars[start] == "("
        let bodyStart = parenthesised ? start + 1 : start
        var end = bodyStart
        while end < scalars.count, end - bodyStart < 10, scalars[end].isASCII, scalars[end].properties.isAlphabetic
                || scalars[end].asciiDigit != nil || scalars[end] == "#" { end += 1 }
        guard end > bodyStart, end < scalars.count else { return nil }
        let delimiter = scalars[end]
        guard delimiter == ")" || (delimiter == "." && !parenthesised) else { return nil }
        let body = String(String.UnicodeScalarView(scalars[bodyStart..<end]))
        guard isOrdinal(body) else { return nil }
        let capitalLetter = body.count == 1 && body.unicodeScalars.first!.properties.isUppercase
        return (end + 1, capitalLetter && delimiter == "." && !parenthesised)
    }

    /// What Pandoc counts in an ordered marker: up to nine digits, `#`, one letter, or a Roman numeral.
    static func isOrdinal(_ body: String) -> Bool {
        if body == "#" { return true }
        if body.allSatisfy({ $0.isASCII && $0.isNumber }) { return body.count <= 9 }
        if body.count == 1 { return body.first!.isLetter }
        return isRoman(body.lowercased()) && (body == body.lowercased() || body == body.uppercased())
    }

    /// A Roman numeral as Pandoc's parser reads one (thousands, then the hundreds, tens and ones each with their
    /// subtractive forms): `xiv`, `mix`; not `ab`, `vx`.
    static func isRoman(_ text: String) -> Bool {
        text.wholeMatch(of: /m*(cm)?d?(cd)?c*(xc)?l?(xl)?x*(ix)?v?(iv)?i*/) != nil
    }
}
