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
}
