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

    /// The metadata lines that head every export, as label and value, the
    /// labels in the document's language.
    var headerFields: [(label: String, value: String)] {
        let labels = ExportCatalogue.for(language).header
        var fields: [(String, String)] = [(labels.document, documentID), (labels.date, metadata.date), (labels.kind, labels.kinds[metadata.kind] ?? metadata.kind)]
        if let facility = metadata.facility { fields.append((labels.facility, facility)) }
        if !metadata.authors.isEmpty { fields.append((labels.authors, metadata.authors.joined(separator: ", "))) }
        fields.append((labels.classification, classification))
        return fields
    }

    /// The footer: what was withheld, in plain words in the document's
    /// language ("Withheld from this export: 2 passages, 1 detainee's name.").
    var manifestSentence: String {
        ExportCatalogue.for(language).footer(for: manifest)
    }
}
