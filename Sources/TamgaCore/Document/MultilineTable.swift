/// Where Pandoc may read a multiline table (issue 15, red-team round 7,
/// class D). Its rows are separated by blank lines, so a row starting with
/// `# ` looks like a heading after a blank line, but Pandoc reads it as a
/// table cell: tamga ended an internal section there and published the
/// rest of it (D-015, D-115, D-206, D-304, D-404, D-405; E-029, E-030).
///
/// Pandoc's rule (`multilineTable`, with and without a header): at the
/// start of a block, a line of dashes (runs of `-` separated by spaces,
/// indented at most three spaces) followed by a non-blank line, up to the
/// first later dashed line followed by a blank line or the end (the
/// footer). The span found here is that or wider, never narrower, so a
/// line inside it that tamga would read as structure is refused rather
/// than guessed (`BodyParser+Table`).
struct MultilineTable {
    /// The index of the footer line, the last line of the table.
    let end: Int

    init?(_ lines: [(line: Int, scalars: [Unicode.Scalar])], at index: Int) {
        guard Self.isDashedLine(lines[index].scalars), index + 1 < lines.count,
              !EmbeddedMetadataCheck.isBlank(lines[index + 1].scalars) else { return nil }
        var candidate = index + 1
        while candidate < lines.count {
            if Self.isDashedLine(lines[candidate].scalars),
               candidate + 1 == lines.count || EmbeddedMetadataCheck.isBlank(lines[candidate + 1].scalars) {
                end = candidate
                return
            }
            candidate += 1
        }
        return nil
    }

    /// Up to three spaces, then runs of `-` separated and followed by spaces or tabs.
    static func isDashedLine(_ scalars: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < scalars.count, index < 3, scalars[index] == " " { index += 1 }
        guard index < scalars.count, scalars[index] == "-" else { return false }
        return scalars[index...].allSatisfy { $0 == "-" || $0 == " " || $0 == "\t" }
    }
}
