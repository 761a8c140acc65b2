extension RawMarkupCheck {
    /// Refuses a TeX command: a backslash (not itself escaped) followed by a
    /// letter of any script, outside code (issue 15, red-team round 7,
    /// class D). Pandoc's raw_tex reads `\textcolor{white}{…}`,
    /// `\newcommand{…}{…}` (over blank lines and `## …` lines, D-402),
    /// `\begin{comment}` in mid-line, `\fi`, and any unknown `\word` with
    /// the braces after it as a RawInline or RawBlock `tex`: hidden or
    /// changed in LaTeX and PDF, shown as text in Markdown, and a heading
    /// inside it is not a heading. Which commands Pandoc knows, and how many
    /// arguments each takes, is the LaTeX reader's business, so every
    /// backslash-letter is refused (a Windows path `C:\Users` included:
    /// Pandoc reads `\Users` as raw TeX too). `\\`, `\*`, `\#` and the
    /// other escapes of punctuation stay text, as in Pandoc.
    static func checkTeXCommand(_ scalars: [Unicode.Scalar], at backslash: Int, locator: TextLocator, marks: MarkReader) throws(DocumentError) {
        guard backslash + 1 < scalars.count, scalars[backslash + 1].properties.isAlphabetic,
              !isIndentedCode(scalars, at: backslash) else { return }
        throw marks.error(.rawContent, locator.location(at: backslash),
                          "a backslash followed by a letter is a TeX command to Pandoc (raw LaTeX): it has no level, "
                            + "LaTeX and PDF outputs hide or change its text, and headings inside its braces are not headings",
                          hint: "Write `\\\\` for a backslash in text (`C:\\\\Users`), put paths and code in backticks, "
                            + "or put a note for the NPM in a `::: internal` div.")
    }

    /// An indented code block (the paragraph's first line and the
    /// backslash's line indented four spaces or a tab) is code to Pandoc.
    private static func isIndentedCode(_ scalars: [Unicode.Scalar], at offset: Int) -> Bool {
        func indented(from start: Int) -> Bool {
            scalars[start...].first == "\t" || (scalars.count >= start + 4 && scalars[start..<(start + 4)].allSatisfy { $0 == " " })
        }
        var lineStart = offset
        while lineStart > 0, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
        return indented(from: 0) && indented(from: lineStart)
    }
}
