/// Pandoc constructs that carry text at no level, or a level tamga does not
/// read (issue 15, red-team round 6, class D). FORMAT.md: raw content is
/// internal unless marked, and a level is written only on a span, heading
/// or div. Pandoc reads
///
/// - a raw block or raw inline (```` ```{=html} ````, `` `x`{=latex} ``, any
///   format): its text goes to one output format and is text in the others;
/// - a class on a code block, code span, link or image (```` ```internal ````,
///   ```` ``` internal ````, `~~~internal`, ```` ```{.a class="internal"} ````,
///   `` `x`{class=internal} ``, `[a](u){.internal}`): an element "marked"
///   internal that tamga would publish, even to the State;
/// - HTML of CommonMark's block kinds 3–5 (`<?…?>`, `<!DOCTYPE …>`,
///   `<![CDATA[…]]>`), which a Markdown viewer hides and the HTML export showed.
///
/// The red team found each published as text. They are classified here by
/// the element Pandoc builds, not by one spelling, and refused when the
/// document is parsed (so at add and again at export), naming the place.
enum RawMarkupCheck {
    enum Finding: Equatable {
        /// A raw block or inline (`{=format}`).
        case raw
        /// A class naming a level on an element that is not a span, heading or div.
        case levelClass(Level)
    }

    /// What an attribute block's inner text (between `{` and `}`) makes of
    /// its element: raw (`=format`), or a level among its classes (`.internal`,
    /// `class=internal`, `class="a internal"`). Case is ignored, failing closed.
    static func finding(inAttributes text: Substring) -> Finding? {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        if trimmed.first == "=" { return .raw }
        for word in classWords(trimmed) {
            if let level = Level(rawValue: word.lowercased()) { return .levelClass(level) }
        }
        return nil
    }

    /// What a fenced code block's info string (after the fence) makes of
    /// it: `{…}` attributes as above, else every word is read as a class
    /// (Pandoc takes the first as the language class; CommonMark viewers
    /// the first as the language; failing closed on any).
    static func finding(inInfoString info: Substring) -> Finding? {
        let trimmed = info.drop { $0 == " " || $0 == "\t" }
        if trimmed.first == "{" {
            let inner = trimmed.dropFirst().prefix { $0 != "}" }
            return finding(inAttributes: inner)
        }
        for word in trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            let name = word.filter { !"{}.".contains($0) }.lowercased()
            if let level = Level(rawValue: name) { return .levelClass(level) }
        }
        return nil
    }

    /// The class names an attribute block lists: `.name` words and the
    /// words of a `class=` value (quoted or not).
    private static func classWords(_ text: Substring) -> [Substring] {
        var words: [Substring] = []
        var rest = text[...]
        while let start = rest.firstIndex(where: { $0 != " " && $0 != "\t" && $0 != "\n" }) {
            rest = rest[start...]
            if rest.lowercased().hasPrefix("class=") {
                rest = rest.dropFirst(6)
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    let value = rest.dropFirst().prefix { $0 != quote }
                    words += value.split(whereSeparator: { $0 == " " || $0 == "\t" })
                    rest = rest.dropFirst(value.count + 2)
                } else {
                    let value = rest.prefix { $0 != " " && $0 != "\t" && $0 != "}" }
                    words.append(value)
                    rest = rest.dropFirst(value.count)
                }
                continue
            }
            let word = rest.prefix { $0 != " " && $0 != "\t" && $0 != "\n" }
            if word.first == "." { words.append(word.dropFirst()) }
            rest = rest.dropFirst(max(word.count, 1))
        }
        return words
    }

    /// The HTML kind of CommonMark block types 3–5 (and the same inline raw
    /// HTML) starting at `open` (a `<`): a processing instruction `<?`, a
    /// declaration `<!` and a letter, or a CDATA section `<![CDATA[`.
    static func declarationKind(_ scalars: [Unicode.Scalar], at open: Int) -> String? {
        guard open + 1 < scalars.count, scalars[open] == "<" else { return nil }
        let next = scalars[open + 1]
        if next == "?" { return "a processing instruction (<?…?>)" }
        guard next == "!", open + 2 < scalars.count else { return nil }
        let third = scalars[open + 2]
        if third == "[" { return "a CDATA section (<![CDATA[…]]>)" }
        if third.isASCII, third.properties.isAlphabetic { return "a declaration (<!DOCTYPE …>)" }
        return nil
    }

    /// The end (after `}`) of the attribute block opening at `open`, on the same paragraph.
    static func attributeEnd(_ scalars: [Unicode.Scalar], from open: Int) -> Int? {
        var index = open + 1
        while index < scalars.count, scalars[index] != "}", index - open < 400 {
            if scalars[index] == "\n", index + 1 < scalars.count, scalars[index + 1] == "\n" { return nil }
            index += 1
        }
        return index < scalars.count && scalars[index] == "}" ? index + 1 : nil
    }

    static func message(_ finding: Finding, element: String) -> (detail: String, hint: String) {
        switch finding {
        case .raw:
            return ("a raw \(element) (`{=format}`) has no level: Markdown exports show its text and other formats pass it through",
                    "Write it as ordinary Markdown, inside a `::: internal` div or an `{.internal}` span if it is a note for the NPM.")
        case let .levelClass(level):
            let article = "aeiou".contains(element.first ?? "x") ? "an" : "a"
            return ("\(article) \(element) has the class `\(level.rawValue)`, which Pandoc reads as a mark and tamga does not: it would be published",
                    "Put the \(element) inside a `::: \(level.rawValue)` div (or a `[…]{.\(level.rawValue)}` span) instead.")
        }
    }
}

extension RawMarkupCheck {
    /// Refuses a fenced code block opening (`scalars`, at `line`) that is raw or carries a level class.
    static func checkFence(_ scalars: [Unicode.Scalar], line: Int, marks: MarkReader) throws(DocumentError) {
        var index = 0
        while index < scalars.count, scalars[index] == " " { index += 1 }
        let fenceCharacter = index < scalars.count ? scalars[index] : " "
        while index < scalars.count, scalars[index] == fenceCharacter { index += 1 }
        let info = String(String.UnicodeScalarView(scalars[index...]))
        guard let finding = finding(inInfoString: info[...]) else { return }
        let text = message(finding, element: finding == .raw ? "block" : "code block")
        throw marks.error(.rawContent, SourceLocation(line: line, column: index + 1), text.detail, hint: text.hint)
    }

    /// Refuses, in a paragraph's inline text, the attribute block at `open`
    /// (`{`) when it makes its element raw or names a level, and a `<?`,
    /// `<!X` or `<![CDATA[` at `open`. Spans' own attributes are read before
    /// this is asked (`InlineParser`).
    static func checkInline(_ scalars: [Unicode.Scalar], at open: Int, locator: TextLocator, marks: MarkReader) throws(DocumentError) {
        if scalars[open] == "<", let kind = declarationKind(scalars, at: open) {
            throw marks.error(.rawContent, locator.location(at: open), "\(kind) is raw HTML: it has no level and a Markdown viewer hides it",
                              hint: "Escape the `<` as `\\<` if you mean the character, or put a note for the NPM in an `{.internal}` span.")
        }
        guard scalars[open] == "{", let end = attributeEnd(scalars, from: open) else { return }
        let inner = String(String.UnicodeScalarView(scalars[(open + 1)..<(end - 1)]))
        guard let finding = finding(inAttributes: inner[...]) else { return }
        let after = open > 0 ? scalars[open - 1] : " "
        let element = finding == .raw ? "inline" : after == "`" ? "code span" : after == ")" ? "link or image"
            : isTableCaption(scalars, before: open) ? "table (its caption's attributes)" : "element"
        let text = message(finding, element: element)
        throw marks.error(.rawContent, locator.location(at: open), text.detail, hint: text.hint)
    }
}

extension RawMarkupCheck {
    /// Refuses a line that opens a TeX environment (`\begin{comment}`,
    /// after up to three spaces). Pandoc's raw_tex reads the environment to
    /// its `\end{…}` as one raw block, blank lines and `# …` lines
    /// included: a heading written inside it closes no section for Pandoc,
    /// but did for tamga, so the text after an internal section's
    /// `\begin{comment}⏎⏎# Head {.public}` was published (issue 15, class 1).
    static func checkTeXEnvironment(_ scalars: [Unicode.Scalar], line: Int, marks: MarkReader) throws(DocumentError) {
        var index = 0
        while index < scalars.count, index < 3, scalars[index] == " " { index += 1 }
        let opening: [Unicode.Scalar] = Array("\\begin".unicodeScalars)
        guard scalars.count > index + opening.count, Array(scalars[index..<(index + opening.count)]) == opening else { return }
        var next = index + opening.count
        while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" { next += 1 }
        guard next < scalars.count, scalars[next] == "{" else { return }
        throw marks.error(.rawContent, SourceLocation(line: line, column: index + 1),
                          "a TeX environment (`\\begin{…}`) is raw LaTeX to Pandoc: it has no level, and headings inside it are not headings",
                          hint: "Write `\\\\begin` if you mean the text, or put a note for the NPM in a `::: internal` div.")
    }
}

extension RawMarkupCheck {
    /// True when the line holding `open` is a table caption (`Table: …` or
    /// `: …`), whose attributes Pandoc 3 gives to the table.
    static func isTableCaption(_ scalars: [Unicode.Scalar], before open: Int) -> Bool {
        var start = open
        while start > 0, scalars[start - 1] != "\n" { start -= 1 }
        let line = String(String.UnicodeScalarView(scalars[start..<open])).drop { $0 == " " }
        return line.hasPrefix(":") || line.lowercased().hasPrefix("table:")
    }
}
