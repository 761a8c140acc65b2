/// A document as one audience may see it: the redacted content, ready for a
/// renderer, plus what the vault records about the export. Produced only by
/// `Projector`; the renderers never see the source document.
public struct Projection: Sendable, Hashable {
    public let documentID: String
    public let audience: Audience
    /// The policy's label for the audience ("State authorities").
    public let audienceLabel: String
    /// The classification banner ("SHARED WITH STATE AUTHORITIES").
    public let classification: String
    public let metadata: ProjectedMetadata
    public let blocks: [ProjectedBlock]
    /// Visible recommendations, redacted like the body.
    public let recommendations: [ProjectedRecommendation]
    /// Counts of what was withheld, by rule and category: part of the export.
    public let manifest: WithheldManifest
    /// Who was named or pseudonymized: for the vault's disclosure ledger
    /// only, never rendered into the export.
    public let disclosure: Disclosure
    /// Where in the title, facility and blocks the projector replaced text
    /// or kept a disclosed name, and by which rule: for the reviewer's
    /// preview; renderers ignore it. Withheld blocks and sections are the
    /// `.withheld` blocks themselves.
    public var replacements: [Replacement] = []
    /// The document's language: the renderers' labels and footer follow it
    /// (`ExportCatalogue`), as the markers and pseudonyms above already do.
    public var language: DocumentLanguage = .english
}

/// The front matter that heads every export (FORMAT.md), redacted.
public struct ProjectedMetadata: Sendable, Hashable {
    public let title: String?
    public let date: String
    public let kind: String
    public let facility: String?
    /// Only in internal exports (NPM staff).
    public let authors: [String]
}

public enum ProjectedBlock: Sendable, Hashable {
    case heading(rank: Int, text: String)
    case paragraph(text: String)
    /// A marker line standing for withheld content.
    case withheld(scope: WithheldScope, marker: String)
}

public enum WithheldScope: String, Sendable, Hashable, Codable {
    case block, section
}

public struct ProjectedRecommendation: Sendable, Hashable {
    public let id: String
    public let text: String
    public let addressee: String?
    public let theme: String?
}

/// What an export withheld, as counts only (never content), so a recipient
/// knows that something was withheld and by which rule.
public struct WithheldManifest: Sendable, Hashable {
    public struct Count: Sendable, Hashable, Comparable {
        /// `level`, `person`, `sensitive` or `detector`.
        public let rule: String
        /// `span`/`block`/`section`; the role, or `ambiguous` for a name
        /// several persons share, one of whom may not be named (replaced by
        /// the span marker); `string`; the detector.
        public let category: String
        public let count: Int

        public static func < (lhs: Count, rhs: Count) -> Bool {
            (lhs.rule, lhs.category) < (rhs.rule, rhs.category)
        }
    }

    public let counts: [Count]

    public var isEmpty: Bool { counts.isEmpty }
}

/// Which persons an export names and under which pseudonyms: internal data
/// for the disclosure ledger ("what did we give to whom about this person").
public struct Disclosure: Sendable, Hashable {
    /// Persons whose name (in any spelling) appears in the export.
    public let namedPersonIDs: Set<String>
    /// Persons mentioned under a pseudonym, and the label they got.
    public let pseudonyms: [String: String]
}
