/// Renders a projection as Markdown: the title, the metadata as a list, the
/// body, and the withheld manifest after a rule.
enum MarkdownRenderer {
    static func render(_ projection: Projection) -> String {
        var lines: [String] = ["# " + (projection.metadata.title ?? projection.documentID), ""]
        lines += projection.headerFields.map { "- \($0.label): \($0.value)" }
        for block in projection.blocks {
            lines.append("")
            switch block {
            case let .heading(rank, text): lines.append(String(repeating: "#", count: rank) + " " + text)
            case let .paragraph(text): lines.append(text)
            case let .withheld(_, marker): lines.append(marker)
            }
        }
        lines += ["", "---", "", projection.manifestSentence]
        return lines.joined(separator: "\n") + "\n"
    }
}
