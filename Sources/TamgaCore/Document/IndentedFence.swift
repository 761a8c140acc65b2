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

    /// The column where a list item's text starts (`- item`, `12. item`, `3) item`), or nil.
    static func itemContentColumn(_ scalars: [Unicode.Scalar]) -> Int? {
        var index = 0
        while index < scalars.count, scalars[index] == " " { index += 1 }
        guard index < scalars.count else { return nil }
        var marker = index
        if "-*+".unicodeScalars.contains(scalars[index]) {
            marker += 1
        } else {
            while marker < scalars.count, marker - index < 9, scalars[marker].properties.numericType == .decimal,
                  scalars[marker].isASCII { marker += 1 }
            guard marker > index, marker < scalars.count, scalars[marker] == "." || scalars[marker] == ")" else { return nil }
            marker += 1
        }
        guard marker < scalars.count, scalars[marker] == " " || scalars[marker] == "\t" else { return nil }
        var content = marker
        while content < scalars.count, scalars[content] == " " || scalars[content] == "\t", content - marker < 4 { content += 1 }
        return columns(scalars[..<content])
    }
}
