/// The export formats (DESIGN.md, "Exports").
public enum ExportFormat: String, CaseIterable, Sendable, Hashable {
    case markdown = "md"
    case html
    case json

    /// The file name extension of an export in this format.
    public var fileExtension: String { rawValue }
}

extension Projection {
    /// The export's text in `format`. Everything in it comes from the
    /// projection, never from the source document.
    public func rendered(as format: ExportFormat) -> String {
        switch format {
        case .markdown: MarkdownRenderer.render(self)
        case .html: HTMLRenderer.render(self)
        case .json: JSONRenderer.render(self)
        }
    }

    /// The metadata lines that head every export, as label and value.
    var headerFields: [(label: String, value: String)] {
        var fields: [(String, String)] = [("Document", documentID), ("Date", metadata.date), ("Kind", metadata.kind)]
        if let facility = metadata.facility { fields.append(("Facility", facility)) }
        if !metadata.authors.isEmpty { fields.append(("Authors", metadata.authors.joined(separator: ", "))) }
        fields.append(("Classification", classification))
        return fields
    }

    /// The manifest as one sentence of counts ("2 level/section, ...").
    var manifestSentence: String {
        guard !manifest.isEmpty else { return "Nothing was withheld from this export." }
        let parts = manifest.counts.map { "\($0.rule)/\($0.category): \($0.count)" }
        return "Withheld from this export (counts by rule/category): " + parts.joined(separator: "; ") + "."
    }
}
