/// Link reference definitions no projected text uses, dropped from the
/// export (issue 15, red-team round 4): "Public [see [profile][z]]{.internal}"
/// with "[z]: https://example.org/…" as a block of its own. The definition is
/// written at the document's level, but its only user was withheld; left in,
/// the Markdown file shows the address as text and the HTML export prints it,
/// though nothing the audience reads links to it. A definition belongs with
/// the text that uses it.
///
/// Conservative by construction: only a paragraph made wholly of definition
/// lines is touched, and a label counts as used wherever it appears in
/// brackets in any other projected text (a reference or not), so a
/// definition is kept whenever a reader might need it.
enum UnusedLinkDefinitions {
    /// `blocks` without the paragraphs whose definitions no other block uses,
    /// with `replacements` moved to the blocks' new positions.
    static func removing(from blocks: [ProjectedBlock], replacements: [Replacement]) -> ([ProjectedBlock], [Replacement]) {
        let definitionBlocks = Set(blocks.indices.filter { index in
            guard case let .paragraph(text) = blocks[index] else { return false }
            return text.split(separator: "\n").allSatisfy { label(ofDefinition: $0) != nil }
        })
        guard !definitionBlocks.isEmpty else { return (blocks, replacements) }
        var used: Set<String> = []
        for (index, block) in blocks.enumerated() where !definitionBlocks.contains(index) {
            switch block {
            case let .heading(_, text), let .paragraph(text): used.formUnion(bracketed(text))
            case .withheld: break
            }
        }
        let dropped = Set(definitionBlocks.filter { index in
            guard case let .paragraph(text) = blocks[index] else { return false }
            return text.split(separator: "\n").allSatisfy { line in label(ofDefinition: line).map { !used.contains($0) } ?? false }
        })
        guard !dropped.isEmpty else { return (blocks, replacements) }
        let kept = blocks.indices.filter { !dropped.contains($0) }
        let newIndex = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($0.element, $0.offset) })
        let moved = replacements.compactMap { replacement -> Replacement? in
            guard case let .block(index) = replacement.place else { return replacement }
            guard let target = newIndex[index] else { return nil }
            return Replacement(place: .block(target), range: replacement.range, rule: replacement.rule,
                               category: replacement.category, personID: replacement.personID)
        }
        return (kept.map { blocks[$0] }, moved)
    }

    /// The normalized label of a definition line (`[z]: https://…`,
    /// up to three spaces before), or nil. Not a footnote (`[^a]:`).
    static func label(ofDefinition line: Substring) -> String? {
        let trimmed = line.drop { $0 == " " }
        guard line.count - trimmed.count <= 3, trimmed.first == "[", trimmed.dropFirst().first != "^",
              let close = trimmed.firstIndex(of: "]") else { return nil }
        let after = trimmed[trimmed.index(after: close)...]
        guard after.first == ":", after.dropFirst().contains(where: { !$0.isWhitespace }) else { return nil }
        let label = trimmed[trimmed.index(after: trimmed.startIndex)..<close]
        guard !label.isEmpty, !label.contains("[") else { return nil }
        return normalized(label)
    }

    /// Every bracketed text in `text`, normalized: each may be a reference's label.
    static func bracketed(_ text: String) -> Set<String> {
        var out: Set<String> = []
        var open: [String.Index] = []
        for index in text.indices {
            if text[index] == "[" { open.append(index) }
            if text[index] == "]", let start = open.popLast() {
                out.insert(normalized(text[text.index(after: start)..<index]))
            }
        }
        return out
    }

    /// CommonMark's label matching: case-folded, inner white space collapsed.
    static func normalized(_ label: Substring) -> String {
        label.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
