extension Document {
    /// The language the document's exports speak: the front matter's `lang`,
    /// else the one its title and body are written in (`DocumentLanguage.detect`).
    /// Read from the whole source, every level alike, so each audience's
    /// export of one document is in the same language.
    public var language: DocumentLanguage {
        if let declared = frontMatter.language { return declared }
        return DocumentLanguage.detect(in: [title ?? ""] + pieces.filter { $0.kind != .reference }.map(\.text))
    }
}
