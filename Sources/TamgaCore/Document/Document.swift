/// A document that parsed and validated against the policy: what the vault
/// stores and the projector exports. Every piece of the body has an
/// effective level (`level(of:)`, or the flattened `pieces`).
public struct Document: Sendable, Hashable {
    public let file: String
    public let frontMatter: FrontMatter
    public let blocks: [Block]
    public let recommendations: [Recommendation]
    public let warnings: [DocumentWarning]
    /// The level of unmarked content: the document's `level`, else the
    /// policy's default for its kind.
    public let unmarkedLevel: Level
    /// The most open level the policy allows for this kind.
    public let ceiling: Level

    public var id: String { frontMatter.id }
    public var kind: String { frontMatter.kind }
    public var title: String? { frontMatter.title }
    public var date: CalendarDate { frontMatter.date }
    public var facility: String? { frontMatter.facility }
    public var tags: [String] { frontMatter.tags }
    public var authors: [String] { frontMatter.authors }
    public var persons: [DeclaredPerson] { frontMatter.persons }
    public var sensitive: [String] { frontMatter.sensitive }

    /// The effective level of a node whose `explicitLevel` is given.
    public func level(of explicitLevel: Level?) -> Level {
        explicitLevel ?? unmarkedLevel
    }

    /// The effective level of a recommendation.
    public func level(of recommendation: Recommendation) -> Level {
        level(of: recommendation.explicitLevel)
    }
}
