/// A recommendation span (FORMAT.md, "Recommendations"), kept as data so the
/// vault can follow it across reports.
public struct Recommendation: Sendable, Hashable {
    /// `#R-2014-017-1`, without the `#`; unique in the vault.
    public let id: String
    /// The span's text as written (markup inside removed, `@` references kept).
    public let text: String
    /// The `to="..."` attribute: who it is addressed to.
    public let addressee: String?
    /// The `theme=...` attribute.
    public let theme: String?
    /// The explicit mark in force at the span (its own or the innermost
    /// around it); nil means the document's unmarked level applies. Use
    /// `Document.level(of:)` for the effective level.
    public let explicitLevel: Level?
    public let location: SourceLocation
}
