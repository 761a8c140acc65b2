extension BodyParser {
    mutating func openSection(rank: Int, scalars: [Unicode.Scalar], textStart: Int, line: Int) throws(DocumentError) {
        while case let .section(open, _, _, _) = stack[stack.count - 1].kind, open >= rank { popFrame() }
        var text = Array(scalars[textStart...])
        var mark: Level?
        let location = SourceLocation(line: line, column: 1)
        if let (brace, attributes) = Self.trailingAttributes(text) {
            let markLocation = SourceLocation(line: line, column: textStart + brace + 1)
            if let level = try marks.blockMark(attributes, at: markLocation, what: "heading") {
                mark = level
                noteLoosening(level, at: markLocation, what: "heading")
            }
            text = Array(text[..<brace])
        } else if Self.endsWithUnreadMark(text) {
            // `{:.internal}`, `{internal}`, `{. internal}`: Pandoc prints them as text, and an author meant a
            // mark. Publishing the section as text would publish what they meant to withhold: fail closed.
            throw marks.error(.invalidAttributes, SourceLocation(line: line, column: textStart + 1),
                              "a heading ends with a `{…}` that names a level but is not an attribute block",
                              hint: "Write the level as a class: `## Title {.internal}` (or `{#id .internal}`).")
        }
        while let last = text.last, last.properties.isWhitespace { text.removeLast() }
        var locator = TextLocator()
        locator.add(offset: 0, line: line, column: textStart + 1)
        let explicit = mark ?? stack[stack.count - 1].explicit
        let heading = try parseInline(text, locator, enclosing: explicit)
        stack.append(Frame(kind: .section(rank: rank, heading: heading, mark: mark, location: location), explicit: explicit))
    }

    /// Whether the heading ends with `{…}` whose letters name a level.
    static func endsWithUnreadMark(_ text: [Unicode.Scalar]) -> Bool {
        var end = text.count
        while end > 0, text[end - 1].properties.isWhitespace { end -= 1 }
        guard end > 0, text[end - 1] == "}", let brace = text[..<end].lastIndex(of: "{") else { return false }
        let letters = String(String.UnicodeScalarView(text[brace..<end].filter { $0.properties.isAlphabetic })).lowercased()
        return Level.allCases.contains { letters.contains($0.rawValue) }
    }

    /// The offset of a `{...}` block that ends the heading and follows a
    /// space: Pandoc's heading attributes (a `]{` at the end is a span's).
    static func trailingAttributes(_ text: [Unicode.Scalar]) -> (start: Int, attributes: Attributes)? {
        var end = text.count
        while end > 0, text[end - 1].properties.isWhitespace { end -= 1 }
        guard end > 0, text[end - 1] == "}", let brace = text[..<end].lastIndex(of: "{"),
              brace == 0 || text[brace - 1].properties.isWhitespace,
              let parsed = try? Attributes.parse(text, at: brace), parsed.end == end else { return nil }
        return (brace, parsed.0)
    }

    mutating func openDivision(scalars: [Unicode.Scalar], specStart: Int, line: Int) throws(DocumentError) {
        var spec = Array(scalars[specStart...])
        while let last = spec.last, last == ":" || last.properties.isWhitespace { spec.removeLast() }
        let location = SourceLocation(line: line, column: specStart + 1)
        let attributes: Attributes
        if spec.first == "{" {
            guard let (parsed, end) = try? Attributes.parse(spec, at: 0), end == spec.count else {
                throw marks.error(.invalidAttributes, location, "a div's attributes cannot be read",
                                  hint: "Open a div with `::: internal` or `::: {.internal}`.")
            }
            attributes = parsed
        } else if spec.contains(where: { $0.properties.isWhitespace }) {
            throw marks.error(.invalidAttributes, location, "a div's opening line names more than one class",
                              hint: "Open a div with `::: internal` or `::: {.internal}`.")
        } else {
            attributes = Attributes(classes: [String(String.UnicodeScalarView(spec))])
        }
        guard let mark = try marks.blockMark(attributes, at: location, what: "div") else {
            throw marks.error(.invalidAttributes, location, "a div names no level", hint: "Open a div with `::: internal` or `::: {.internal}`.")
        }
        noteLoosening(mark, at: location, what: "div")
        stack.append(Frame(kind: .division(mark: mark, location: location), explicit: mark))
    }

    mutating func closeDivision(line: Int) throws(DocumentError) {
        let hasOpenDivision = stack.contains { if case .division = $0.kind { true } else { false } }
        guard hasOpenDivision else {
            throw marks.error(.unopenedDivision, SourceLocation(line: line, column: 1), "a closing `:::` with no div open",
                              hint: "Remove the extra fence, or open the div with `::: internal`.")
        }
        while true {
            let isDivision = if case .division = stack[stack.count - 1].kind { true } else { false }
            popFrame()
            if isDivision { return }
        }
    }
}
