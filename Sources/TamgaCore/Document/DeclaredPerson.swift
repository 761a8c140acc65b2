/// A person as one document's front matter declares them (FORMAT.md,
/// "persons"). Role is the policy's vocabulary, so it stays a string until
/// the document is validated against a policy.
public struct DeclaredPerson: Sendable, Hashable {
    /// `[A-Za-z][A-Za-z0-9_-]{0,31}`, unique in the vault.
    public let id: String
    public let name: String
    /// Other spellings the author knows of.
    public let also: [String]
    public let role: String
    /// Audiences the person expressly agreed to be named to, as the document
    /// records it. The vault's consent records may replace this.
    public let consent: Set<Audience>
    /// Keys of the person entry the format does not define (`born`, ...):
    /// kept, never exported.
    public let unknownKeys: [UnknownKey]
    /// Where the entry is declared, for errors.
    public let location: SourceLocation
    /// `erased: true` (issue 18, `tamga person erase`): the person's names
    /// were erased from the vault; the entry keeps the id, role and consent
    /// only, `name` is empty and `also` too, and every mention in the text
    /// is an `@` reference that exports render as the role's pseudonym.
    public var erased: Bool = false

    /// Every spelling: the name first, then each `also`; none for an erased person.
    public var spellings: [String] { erased ? [] : [name] + also }
}

/// A front-matter key the format does not define. Its value is kept for the
/// internal record only; nothing here ever reaches an export below internal.
public struct UnknownKey: Sendable, Hashable {
    public let key: String
    /// The value re-serialized as YAML.
    public let yaml: String
    public let location: SourceLocation
}
