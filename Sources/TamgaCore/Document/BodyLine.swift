/// What one body line is, by its first characters (Pandoc's rules, kept
/// deliberately simple; code blocks are not special).
enum BodyLine: Equatable {
    case blank
    case text
    /// `#` to `######` then a space; `textStart` is the offset of the text.
    case heading(rank: Int, textStart: Int)
    /// Three or more colons and then a class; `specStart` is its offset.
    case fenceOpen(specStart: Int)
    /// A line of three or more colons alone.
    case fenceClose

    init(_ scalars: [Unicode.Scalar]) {
        var index = 0
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        guard index < scalars.count else { self = .blank; return }
        if let fence = BodyLine.fence(scalars, from: index) { self = fence; return }
        // Only at the start of the line, as Pandoc's Markdown reads headings:
        // an indented `## x` is a paragraph line (or code, after a tab), and
        // inside a list item it belongs to the item. Reading it as a heading
        // closed an internal section there and published the rest (issue 15,
        // found by the red team).
        if index == 0, let heading = BodyLine.heading(scalars, from: index) { self = heading; return }
        self = .text
    }

    /// A fence may be indented (inside a list item): an indented `:::` read
    /// as text would leave its content at the wrong level.
    private static func fence(_ scalars: [Unicode.Scalar], from start: Int) -> BodyLine? {
        var index = start
        while index < scalars.count, scalars[index] == ":" { index += 1 }
        guard index - start >= 3 else { return nil }
        var specStart = index
        while specStart < scalars.count, scalars[specStart].properties.isWhitespace { specStart += 1 }
        if specStart == scalars.count { return .fenceClose }
        return .fenceOpen(specStart: specStart)
    }

    private static func heading(_ scalars: [Unicode.Scalar], from start: Int) -> BodyLine? {
        var index = start
        while index < scalars.count, scalars[index] == "#" { index += 1 }
        let rank = index - start
        guard (1...6).contains(rank) else { return nil }
        guard index == scalars.count || scalars[index] == " " || scalars[index] == "\t" else { return nil }
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        return .heading(rank: rank, textStart: index)
    }
}
