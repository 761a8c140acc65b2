/// One block of a document body. The tree mirrors the marks: a section runs
/// from its heading to the next heading of the same or higher rank, a
/// division from `:::` to its closing fence.
///
/// Every node carries `explicitLevel`: the innermost mark in force there
/// (its own or an enclosing one), or nil where no mark applies and the
/// document's unmarked level decides (`Document.level(of:)`). Levels are
/// resolved this way, not at parse time, because the unmarked level may
/// come from the policy.
public indirect enum Block: Sendable, Hashable {
    case section(Section)
    case division(Division)
    case paragraph(Paragraph)
}

/// A heading and everything under it.
public struct Section: Sendable, Hashable {
    /// 1 for `#`, up to 6.
    public let rank: Int
    public let heading: [Inline]
    /// The heading's own `{.level}` attribute.
    public let mark: Level?
    public let explicitLevel: Level?
    public let location: SourceLocation
    public let children: [Block]
}

/// A fenced div: `::: internal` ... `:::`.
public struct Division: Sendable, Hashable {
    public let mark: Level
    public var explicitLevel: Level? { mark }
    public let location: SourceLocation
    public let children: [Block]
}

/// Consecutive non-blank lines; line breaks stay in the text runs.
public struct Paragraph: Sendable, Hashable {
    public let explicitLevel: Level?
    public let location: SourceLocation
    public let inlines: [Inline]
}

/// A piece of a paragraph or heading.
public indirect enum Inline: Sendable, Hashable {
    case text(TextRun)
    case span(Span)
    case reference(Reference)
}

/// Plain text, possibly over several lines.
public struct TextRun: Sendable, Hashable {
    public let text: String
    public let explicitLevel: Level?
    public let location: SourceLocation
}

/// `[text]{.level}` or a recommendation span.
public struct Span: Sendable, Hashable {
    /// The span's own level class, if it has one.
    public let mark: Level?
    public let explicitLevel: Level?
    /// Set for `{.recommendation #R-...}` spans; the data is in
    /// `Document.recommendations`.
    public let recommendationID: String?
    public let location: SourceLocation
    public let children: [Inline]
}

/// `@D-0042`: a declared person.
public struct Reference: Sendable, Hashable {
    public let personID: String
    public let explicitLevel: Level?
    public let location: SourceLocation
}
