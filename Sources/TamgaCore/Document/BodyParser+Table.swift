extension BodyParser {
    /// Reads a line inside a multiline table's span (`MultilineTable`): a
    /// table cell to Pandoc, so text or a row break to tamga. A line tamga
    /// would read as structure (a heading after a blank line, a `:::` div
    /// fence, a code fence) is refused, naming the line and the table, never
    /// guessed: read as a heading it published the rest of an internal
    /// section (round 7, D-015), read as text it could hide a real heading
    /// if the span were not a table after all.
    mutating func readTableLine(_ scalars: [Unicode.Scalar], line: Int, table: ClosedRange<Int>) throws(DocumentError) {
        let shape = BodyLine(scalars)
        let structure: String? = switch shape {
        case .heading where paragraph.isEmpty: "starts with `#` after a blank line"
        case .fenceOpen, .fenceClose: "is a `:::` div fence"
        default: CodeFence(opening: scalars) != nil || Self.looksLikeFence(scalars) ? "is a code fence" : nil
        }
        if let structure {
            throw marks.error(.invalidAttributes, SourceLocation(line: line, column: 1),
                              "this line \(structure), inside what Pandoc reads as a multiline table (lines "
                                + "\(table.lowerBound)–\(table.upperBound)): Pandoc reads it as a table cell, tamga would not",
                              hint: "Reword the cell so that it does not start with `#`, `:::` or a fence (write `\\#`, or `No.` for `#`), "
                                + "or end the table before it.")
        }
        if shape == .blank { try flushParagraph() } else { paragraph.append((line, scalars)) }
    }

    /// Three backticks or tildes after up to three spaces, whatever follows.
    static func looksLikeFence(_ scalars: [Unicode.Scalar]) -> Bool {
        let text = String(String.UnicodeScalarView(scalars)).drop { $0 == " " }
        return text.hasPrefix("```") || text.hasPrefix("~~~")
    }

    /// A setext heading that would end a marked section is refused, naming
    /// the section: Pandoc ends the section there (D-205), while an author
    /// may have meant the underline as a rule inside it (round 5's
    /// `Findings⏎--------` under `### Notes {.internal}`). Either reading
    /// publishes or withholds what the other does not; `## Findings` says it.
    mutating func refuseClosingAMarkedSection(rank: Int, line: Int) throws(DocumentError) {
        for frame in stack.reversed() {
            guard case let .section(open, _, mark, location) = frame.kind, open >= rank else { break }
            guard let mark else { continue }
            throw marks.error(.invalidAttributes, SourceLocation(line: line, column: 1),
                              "this setext heading (a line underlined with `===` or `---`) ends the `\(mark.rawValue)` section opened at line \(location.line), "
                                + "as in Pandoc; the underline may have been meant as a rule inside it",
                              hint: "Write the heading as `#`/`##` (`## Findings`) to end the section, or leave a blank line before the underline for a rule.")
        }
    }
}
