extension ProjectionWalk {
    /// The visible recommendations, their text redacted with the same
    /// pseudonyms as the body (and not counted again in the manifest).
    mutating func recommendations() throws(ProjectionError) -> [ProjectedRecommendation] {
        redactor.counting = false
        defer { redactor.counting = true }
        var result: [ProjectedRecommendation] = []
        for span in Self.recommendationSpans(in: document.blocks) where sees(span.explicitLevel) {
            guard let id = span.recommendationID,
                  let data = document.recommendations.first(where: { $0.id == id }),
                  let text = try inline(span.children) else { continue }
            result.append(ProjectedRecommendation(
                id: id, text: text.collapsingWhitespace,
                addressee: try data.addressee.map { value throws(ProjectionError) in try redactor.redact(value, documentID: document.id) },
                theme: data.theme))
        }
        return result
    }

    static func recommendationSpans(in blocks: [Block]) -> [Span] {
        blocks.flatMap { block -> [Span] in
            switch block {
            case let .section(section): recommendationSpans(in: section.heading) + recommendationSpans(in: section.children)
            case let .division(division): recommendationSpans(in: division.children)
            case let .paragraph(paragraph): recommendationSpans(in: paragraph.inlines)
            }
        }
    }

    static func recommendationSpans(in inlines: [Inline]) -> [Span] {
        inlines.flatMap { inline -> [Span] in
            guard case let .span(span) = inline else { return [] }
            return (span.recommendationID == nil ? [] : [span]) + recommendationSpans(in: span.children)
        }
    }
}
