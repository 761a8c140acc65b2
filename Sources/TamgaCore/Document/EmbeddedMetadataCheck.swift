/// Refuses a YAML metadata block anywhere in the body (issue 15, red-team
/// round 7, class D). Pandoc reads a `---` line at the start of a block,
/// followed by a non-blank line, up to a `---` or `...` line, as metadata
/// wherever it is: none of it is shown, and `# …` comment lines inside it
/// are not headings. tamga read it as text: a `# Public` comment ended an
/// internal section and published the rest (D-106, D-207), and a second
/// front matter (two reports pasted into one file) was published with its
/// `persons:` names while its `sensitive:`, `also` and `level:` were
/// ignored (D-105, D-301–D-303). Only the front matter at the top counts.
enum EmbeddedMetadataCheck {
    /// Throws when the line at `index` opens such a block. The caller asks
    /// only at the start of a block (no paragraph open), where Pandoc tries
    /// a metadata block first; a `---` under a paragraph line is a setext
    /// heading, and a `---` followed by a blank line a rule.
    static func check(_ lines: [(line: Int, scalars: [Unicode.Scalar])], at index: Int, marks: MarkReader) throws(DocumentError) {
        guard isDelimiter(lines[index].scalars, "---"), index + 1 < lines.count,
              !isBlank(lines[index + 1].scalars) else { return }
        guard let close = lines[(index + 1)...].first(where: { isDelimiter($0.scalars, "---") || isDelimiter($0.scalars, "...") }) else {
            return
        }
        throw marks.error(.rawContent, SourceLocation(line: lines[index].line, column: 1),
                          "lines \(lines[index].line)–\(close.line) are a YAML metadata block in the body (a `---` line after a blank line, "
                            + "not followed by one, up to a `---` or `...` line): Pandoc reads it as metadata, not text, so its `#` lines are not "
                            + "headings, and tamga reads only the front matter at the top of the file",
                          hint: "Put every key in the front matter at the top (one document per file); for a rule, leave a blank line after `---`.")
    }

    /// `---` or `...` at the start of the line, then only spaces or tabs.
    static func isDelimiter(_ scalars: [Unicode.Scalar], _ marker: String) -> Bool {
        let marker = Array(marker.unicodeScalars)
        guard scalars.count >= marker.count, Array(scalars[..<marker.count]) == marker else { return false }
        return scalars[marker.count...].allSatisfy { $0 == " " || $0 == "\t" }
    }

    static func isBlank(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.allSatisfy { $0 == " " || $0 == "\t" }
    }
}
