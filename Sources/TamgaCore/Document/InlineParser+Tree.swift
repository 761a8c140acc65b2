extension InlineParser {
    /// Builds the inline tree for `range`, with `explicit` the mark in force.
    mutating func build(_ range: Range<Int>, explicit: Level?) throws(DocumentError) -> [Inline] {
        var inlines: [Inline] = []
        var text = String.UnicodeScalarView()
        var textStart = range.lowerBound
        func flush(_ upTo: Int) {
            if !text.isEmpty {
                inlines.append(.text(TextRun(text: String(text), explicitLevel: explicit, location: locator.location(at: textStart))))
            }
            text = String.UnicodeScalarView()
            textStart = upTo
        }
        var index = range.lowerBound
        while index < range.upperBound {
            if let span = spanSyntax(openingAt: index) {
                flush(index)
                inlines.append(.span(try buildSpan(span, enclosing: explicit)))
                index = span.end
                textStart = index
            } else if let (id, end) = referenceAt(index) {
                flush(index)
                guard declaredPersons.contains(id) else {
                    throw marks.error(.undeclaredReference, locator.location(at: index), "`@\(id)` refers to a person this document does not declare",
                                      hint: "Declare \(id) under `persons:` in the front matter, or write `\\@` for a literal @.")
                }
                inlines.append(.reference(Reference(personID: id, explicitLevel: explicit, location: locator.location(at: index))))
                index = end
                textStart = index
            } else {
                let step = scalars[index] == "\\" && index + 1 < range.upperBound ? 2 : 1
                text.append(contentsOf: scalars[index..<(index + step)])
                index += step
            }
        }
        flush(index)
        return inlines
    }

    private func spanSyntax(openingAt index: Int) -> SpanSyntax? {
        scalars[index] == "[" ? spansByOpen[index] : nil
    }

    private mutating func buildSpan(_ span: SpanSyntax, enclosing: Level?) throws(DocumentError) -> Span {
        let location = locator.location(at: span.open)
        let mark = try marks.spanMark(span.attributes, at: location)
        if let level = mark.level, let enclosing, level < enclosing {
            warnings.append(DocumentWarning(code: .looseningMark, file: marks.file, location: location,
                                            detail: "a `\(level.rawValue)` span inside `\(enclosing.rawValue)` content loosens the enclosing mark"))
        }
        let explicit = mark.level ?? enclosing
        let children = try build((span.open + 1)..<span.close, explicit: explicit)
        if let data = mark.recommendation {
            guard !recommendations.contains(where: { $0.id == data.id }) else {
                throw marks.error(.duplicateRecommendation, location, "recommendation \(data.id) appears twice",
                                  hint: "Give each recommendation its own id.")
            }
            recommendations.append(Recommendation(id: data.id, text: Inline.plainText(children).collapsingWhitespace,
                                                  addressee: data.addressee, theme: data.theme,
                                                  explicitLevel: explicit, location: location))
        }
        return Span(mark: mark.level, explicitLevel: explicit, recommendationID: mark.recommendation?.id,
                    location: location, children: children)
    }

    /// `@ID` where the `@` does not follow a letter or digit (so an e-mail
    /// address is not a reference).
    private func referenceAt(_ index: Int) -> (String, end: Int)? {
        guard scalars[index] == "@", index + 1 < scalars.count, Identifier.isASCIILetter(scalars[index + 1]) else { return nil }
        if index > 0, scalars[index - 1].properties.isAlphabetic || scalars[index - 1].asciiDigit != nil { return nil }
        var end = index + 1
        while end < scalars.count, Identifier.isPersonIDScalar(scalars[end]) { end += 1 }
        return (String(String.UnicodeScalarView(scalars[(index + 1)..<end])), end)
    }
}

extension Inline {
    /// The text of inlines with markup removed and references as `@ID`.
    static func plainText(_ inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case let .text(run): run.text
            case let .span(span): plainText(span.children)
            case let .reference(reference): "@" + reference.personID
            }
        }.joined()
    }
}

extension String {
    /// Runs of whitespace (line breaks included) as one space, trimmed.
    var collapsingWhitespace: String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace { pendingSpace = !result.isEmpty; continue }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(scalar)
        }
        return String(result)
    }
}
