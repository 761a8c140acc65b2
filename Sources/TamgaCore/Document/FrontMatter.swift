/// The front matter of a document as written (FORMAT.md, "Front matter"),
/// checked for shape but not yet against a policy: `kind` and each person's
/// `role` are the policy's vocabulary and are checked by `validated(against:)`.
public struct FrontMatter: Sendable, Hashable {
    public let id: String
    public let kind: String
    public let title: String?
    public let date: CalendarDate
    public let facility: String?
    public let authors: [String]
    /// The level of unmarked content, when the document sets one.
    public let level: Level?
    public let persons: [DeclaredPerson]
    public let sensitive: [String]
    public let tags: [String]
    /// Keys the format does not define: kept, never exported.
    public let unknownKeys: [UnknownKey]
    /// Where `kind` and `level` are written, for validation errors.
    public let kindLocation: SourceLocation?
    public let levelLocation: SourceLocation?
    /// The language the document declares (`lang`), if any; otherwise
    /// `Document.language` reads it off the text.
    public var language: DocumentLanguage? = nil

    /// The declared person with this id, if any.
    public func person(_ id: String) -> DeclaredPerson? {
        persons.first { $0.id == id }
    }
}
