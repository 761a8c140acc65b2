/// Footnotes (`text[^1]` and a `[^1]: note` definition), accepted since
/// red-team round 6 (c6-22: reports routinely carry them; they were refused
/// at add). A note is a block of its own wherever it is defined, but a
/// reader reads it where it is referenced, so it takes the level of its
/// reference: a note referenced from an `{.internal}` span is internal.
/// Failing closed, a note gets the most restricted of
///
/// - the levels of every reference to it,
/// - the level where it is defined (a note inside `::: internal` stays internal),
/// - `internal` when nothing references it (Pandoc drops it; tamga withholds it),
///
/// and its continuation paragraphs (indented four spaces or a tab, after
/// the definition) go with it. The definition is put in a division of that
/// level, so the projector withholds it like any marked block.
enum FootnoteLevels {
    static func assigning(_ blocks: [Block], unmarked: Level) -> [Block] {
        guard containsDefinition(blocks) else { return blocks }
        var references: [String: Level] = [:]
        collect(blocks, unmarked: unmarked, into: &references)
        return rewrite(blocks, unmarked: unmarked, references: references)
    }

    /// The label of the note a paragraph defines (`[^label]:` after at most three spaces), if any.
    static func definitionLabel(_ paragraph: Paragraph) -> String? {
        guard case let .text(run)? = paragraph.inlines.first else { return nil }
        let text = run.text.drop { $0 == " " }
        guard run.text.count - text.count <= 3, text.hasPrefix("[^"), let close = text.firstIndex(of: "]") else { return nil }
        let label = text[text.index(text.startIndex, offsetBy: 2)..<close]
        guard !label.isEmpty, !label.contains(where: \.isWhitespace), text[close...].dropFirst().first == ":" else { return nil }
        return String(label)
    }

    /// The labels of the references (`[^label]`, not a definition's own) in `text`.
    static func referenceLabels(in text: String) -> [String] {
        var labels: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "[^") {
            let after = rest[open.upperBound...]
            let label = after.prefix { $0 != "]" && !$0.isWhitespace && $0 != "[" }
            rest = after
            guard !label.isEmpty, after.dropFirst(label.count).first == "]" else { continue }
            labels.append(String(label))
        }
        return labels
    }

    private static func containsDefinition(_ blocks: [Block]) -> Bool {
        blocks.contains { block in
            switch block {
            case let .section(section): containsDefinition(section.children)
            case let .division(division): containsDefinition(division.children)
            case let .paragraph(paragraph): definitionLabel(paragraph) != nil
            }
        }
    }

    private static func collect(_ blocks: [Block], unmarked: Level, into references: inout [String: Level]) {
        for block in blocks {
            switch block {
            case let .section(section):
                collect(section.heading, unmarked: unmarked, into: &references)
                collect(section.children, unmarked: unmarked, into: &references)
            case let .division(division): collect(division.children, unmarked: unmarked, into: &references)
            case let .paragraph(paragraph):
                let own = definitionLabel(paragraph)
                var inlines = paragraph.inlines
                // A definition's own label is not a reference.
                if own != nil, case let .text(run)? = inlines.first, let close = run.text.firstIndex(of: "]") {
                    inlines[0] = .text(TextRun(text: String(run.text[close...].dropFirst()), explicitLevel: run.explicitLevel, location: run.location))
                }
                collect(inlines, unmarked: unmarked, into: &references)
            }
        }
    }

    private static func collect(_ inlines: [Inline], unmarked: Level, into references: inout [String: Level]) {
        for inline in inlines {
            switch inline {
            case let .text(run):
                for label in referenceLabels(in: run.text) {
                    references[label] = max(references[label] ?? .public, run.explicitLevel ?? unmarked)
                }
            case let .span(span): collect(span.children, unmarked: unmarked, into: &references)
            case .reference: break
            }
        }
    }

    private static func rewrite(_ blocks: [Block], unmarked: Level, references: [String: Level]) -> [Block] {
        var result: [Block] = []
        var note: Level?
        for block in blocks {
            switch block {
            case let .section(section):
                note = nil
                result.append(.section(Section(rank: section.rank, heading: section.heading, mark: section.mark, explicitLevel: section.explicitLevel,
                                               location: section.location,
                                               children: rewrite(section.children, unmarked: unmarked, references: references))))
            case let .division(division):
                note = nil
                result.append(.division(Division(mark: division.mark, location: division.location,
                                                  children: rewrite(division.children, unmarked: unmarked, references: references))))
            case let .paragraph(paragraph):
                if let label = definitionLabel(paragraph) {
                    note = max(references[label] ?? .internal, paragraph.explicitLevel ?? unmarked)
                } else if note != nil, !isIndented(paragraph) {
                    note = nil
                }
                guard let level = note, level > (paragraph.explicitLevel ?? unmarked) else { result.append(block); continue }
                let marked = Paragraph(explicitLevel: level, location: paragraph.location, inlines: restricting(paragraph.inlines, to: level, unmarked: unmarked))
                result.append(.division(Division(mark: level, location: paragraph.location, children: [.paragraph(marked)])))
            }
        }
        return result
    }

    private static func isIndented(_ paragraph: Paragraph) -> Bool {
        guard case let .text(run)? = paragraph.inlines.first else { return false }
        return run.text.hasPrefix("    ") || run.text.hasPrefix("\t")
    }

    /// The inlines with every level at least `level`.
    private static func restricting(_ inlines: [Inline], to level: Level, unmarked: Level) -> [Inline] {
        inlines.map { inline in
            switch inline {
            case let .text(run):
                .text(TextRun(text: run.text, explicitLevel: max(run.explicitLevel ?? unmarked, level), location: run.location))
            case let .span(span):
                .span(Span(mark: span.mark, explicitLevel: max(span.explicitLevel ?? unmarked, level), recommendationID: span.recommendationID,
                           location: span.location, children: restricting(span.children, to: level, unmarked: unmarked)))
            case let .reference(reference):
                .reference(Reference(personID: reference.personID, explicitLevel: max(reference.explicitLevel ?? unmarked, level),
                                     location: reference.location))
            }
        }
    }
}
