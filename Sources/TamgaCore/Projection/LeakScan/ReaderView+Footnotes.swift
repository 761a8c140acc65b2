/// Footnote references as a reader sees them (footnotes are accepted since
/// red-team round 6): a viewer shows `Sady[^1]kov` as `Sady¹kov`, a word
/// with a small mark in it that the eye skips. This view drops each
/// `[^label]` reference, so the word around it is read whole; the note's
/// own text is in the export as a paragraph (Markdown) or the notes
/// section (HTML) and is read with the rest.
extension ReaderView {
    static func footnoteReferenceViews(_ text: String) -> [ScanView] {
        guard text.contains("[^") else { return [] }
        var result = ""
        var rest = text[...]
        while let open = rest.range(of: "[^") {
            result += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            let label = after.prefix { $0 != "]" && !$0.isWhitespace && $0 != "[" }
            if !label.isEmpty, after.dropFirst(label.count).first == "]" {
                rest = after.dropFirst(label.count + 1)
            } else {
                result += "[^"
                rest = after
            }
        }
        result += rest
        return result == text ? [] : [ScanView(name: "export as read, footnote references left out", text: result, rules: .words)]
    }

    /// Pandoc's inline notes as a reader sees them (red team round 9,
    /// B-216): `Dzhusu^[family spelling]pov` shows as `Dzhusu¹pov`. This view
    /// takes each `^[…]` (brackets nested, a backslash escaping the next
    /// character) out of its line and puts the notes' text on lines of its
    /// own at the end, so the word around a note is read whole and the
    /// note is still read.
    static func inlineNoteViews(_ text: String) -> [ScanView] {
        guard text.contains("^[") else { return [] }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var notes: [String] = []
        var index = 0
        while index < scalars.count {
            if scalars[index] == "^", index + 1 < scalars.count, scalars[index + 1] == "[",
               let close = closingBracket(scalars, from: index + 1) {
                notes.append(String(String.UnicodeScalarView(scalars[(index + 2)..<close])))
                index = close + 1
                continue
            }
            result.append(scalars[index])
            index += 1
        }
        guard !notes.isEmpty else { return [] }
        let joined = String(result) + "\n\n" + notes.joined(separator: "\n\n") + "\n"
        return [ScanView(name: "export as read, inline notes left out", text: joined, rules: .words)]
    }

    /// The `]` that closes the `[` at `open`, brackets nested and escapes skipped; nil across a blank line.
    private static func closingBracket(_ scalars: [Unicode.Scalar], from open: Int) -> Int? {
        var depth = 0
        var index = open
        while index < scalars.count {
            switch scalars[index] {
            case "\\": index += 1
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return index }
            case "\n" where index + 1 < scalars.count && scalars[index + 1] == "\n": return nil
            default: break
            }
            index += 1
        }
        return nil
    }
}
