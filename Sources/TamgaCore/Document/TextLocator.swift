/// Maps an offset in a paragraph's joined scalars back to the line and
/// column of the file, so inline errors point into the source.
struct TextLocator: Sendable {
    /// Per source line: the offset where it starts in the joined text, its
    /// line number, and the column of its first scalar.
    private(set) var lines: [(offset: Int, line: Int, column: Int)] = []

    mutating func add(offset: Int, line: Int, column: Int) {
        lines.append((offset, line, column))
    }

    func location(at offset: Int) -> SourceLocation {
        var chosen = lines.first ?? (0, 1, 1)
        for entry in lines where entry.offset <= offset { chosen = entry }
        return SourceLocation(line: chosen.line, column: chosen.column + offset - chosen.offset)
    }
}
