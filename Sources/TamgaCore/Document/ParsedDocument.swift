/// A document that is well formed (FORMAT.md syntax) but not yet checked
/// against a policy: `kind`, roles and the kind's ceiling are the policy's.
/// Call `validated(against:)` before storing or exporting it.
public struct ParsedDocument: Sendable, Hashable {
    /// The label the caller gave the input, used in every message.
    public let file: String
    public let frontMatter: FrontMatter
    public let blocks: [Block]
    public let recommendations: [Recommendation]
    public let warnings: [DocumentWarning]
}
