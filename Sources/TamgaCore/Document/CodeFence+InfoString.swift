extension CodeFence {
    /// Refuses a fence line whose info string Pandoc and CommonMark read
    /// differently (issue 15, red-team round 7, class D). Pandoc opens a
    /// code block only when the info string is one word or one attribute
    /// block (```` ``` a`b ```` included), CommonMark whenever a backtick
    /// fence's info string has no backtick (```` ``` python extra ````
    /// included). Where they differ, the lines up to the next fence are code
    /// for one reader and headings for the other: a `## Public` inside an
    /// internal section ended it for tamga and not for Pandoc (D-113), or
    /// a `## Secret {.internal}` was code for tamga and a heading for Pandoc.
    /// No reading is safe, so the line is refused, naming it.
    static func checkInfoString(_ scalars: [Unicode.Scalar], line: Int, marks: MarkReader) throws(DocumentError) {
        var index = 0
        while index < scalars.count, index < 4, scalars[index] == " " { index += 1 }
        guard index <= 3, index < scalars.count, scalars[index] == "`" || scalars[index] == "~" else { return }
        let character = scalars[index]
        var end = index
        while end < scalars.count, scalars[end] == character { end += 1 }
        guard end - index >= 3 else { return }
        var info = Array(scalars[end...])
        while let first = info.first, first == " " || first == "\t" { info.removeFirst() }
        while let last = info.last, last == " " || last == "\t" { info.removeLast() }
        guard let problem = infoStringProblem(info, backtickFence: character == "`") else { return }
        throw marks.error(.rawContent, SourceLocation(line: line, column: end + 1),
                          "a code fence's info string \(problem): Pandoc and Markdown viewers disagree on whether a code block opens here, "
                            + "so headings up to the next fence would end sections for one and not the other",
                          hint: "Give the fence one language word or one `{…}` attribute block (```` ```python ````), without backticks.")
    }

    /// Why Pandoc and CommonMark read this (trimmed) info string differently, or nil.
    static func infoStringProblem(_ info: [Unicode.Scalar], backtickFence: Bool) -> String? {
        if backtickFence, info.contains("`") { return "contains a backtick" }
        guard info.contains(where: { $0 == " " || $0 == "\t" }) else { return nil }
        // `{.python .numberLines}`: one attribute block, spaces inside, is one Pandoc info string.
        if info.first == "{", let parsed = try? Attributes.parse(info, at: 0), parsed.end == info.count,
           attributeWordsAreWellFormed(info) {
            return nil
        }
        return "has more than one word"
    }

    /// Every word of a `{…}` block is `.class`, `#id` or `key=value`: Pandoc
    /// rejects a bare word (`{.a b}`) and then reads no code block at all.
    private static func attributeWordsAreWellFormed(_ info: [Unicode.Scalar]) -> Bool {
        let inner = String(String.UnicodeScalarView(info.dropFirst().dropLast()))
        var inQuotes = false
        var words: [String] = [""]
        for character in inner {
            if character == "\"" { inQuotes.toggle() }
            if !inQuotes, character == " " || character == "\t" { words.append(""); continue }
            words[words.count - 1].append(character)
        }
        return words.filter { !$0.isEmpty }.allSatisfy { $0.hasPrefix(".") || $0.hasPrefix("#") || $0.contains("=") }
    }
}
