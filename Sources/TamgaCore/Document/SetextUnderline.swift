/// A setext heading's underline (issue 15, red-team round 7, class D):
/// Pandoc reads a line of `=` (rank 1) or `-` (rank 2), from the first
/// column, trailing spaces allowed, under a single-line paragraph as a
/// heading of that paragraph's line, indented or not. tamga read the two
/// lines as text, so a public section after an internal one stayed
/// internal (D-205, refused as "nothing is visible"); read the other way,
/// an `{.internal}` setext heading would have been published.
enum SetextUnderline {
    /// The heading rank the line underlines with, or nil.
    static func rank(_ scalars: [Unicode.Scalar]) -> Int? {
        guard let first = scalars.first, first == "=" || first == "-" else { return nil }
        var index = 0
        while index < scalars.count, scalars[index] == first { index += 1 }
        guard scalars[index...].allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
        return first == "=" ? 1 : 2
    }

    /// Whether `scalars` opens a container Pandoc tries before a heading (a
    /// bullet `-`, `*`, `+`, a definition `:` or `~`, a footnote `[^…]:`):
    /// the underline then makes a heading inside a list item or note, which
    /// tamga does not read. The caller refuses.
    static func opensContainer(_ scalars: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        guard index < scalars.count else { return false }
        if scalars[index] == "[", index + 1 < scalars.count, scalars[index + 1] == "^" { return true }
        guard "-*+:~".unicodeScalars.contains(scalars[index]) else { return false }
        return index + 1 == scalars.count || scalars[index + 1] == " " || scalars[index + 1] == "\t"
    }
}
