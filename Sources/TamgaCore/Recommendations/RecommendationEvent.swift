/// One step in a recommendation's history: an authority's response or a
/// later visit's verification. Stored by the vault at `level` (a response is
/// `state` by default and may be made `public`).
public struct RecommendationEvent: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case response
        case verification
    }

    public let kind: Kind
    public let recommendation: String
    /// The date of the response or visit (YYYY-MM-DD).
    public let date: String
    /// For a response: who answered (`--from`).
    public let from: String?
    /// For a response: the status the authority gave.
    public let status: RecommendationStatus?
    /// For a verification: the visit report that checked it, and its finding.
    public let visit: String?
    public let finding: VerificationFinding?
    /// The response text, if one was filed.
    public let text: String?
    public let level: Level
    /// When it was recorded, to order events of one date.
    public let recorded: String

    public init(kind: Kind, recommendation: String, date: String, from: String? = nil, status: RecommendationStatus? = nil,
                visit: String? = nil, finding: VerificationFinding? = nil, text: String? = nil, level: Level, recorded: String) {
        self.kind = kind
        self.recommendation = recommendation
        self.date = date
        self.from = from
        self.status = status
        self.visit = visit
        self.finding = finding
        self.text = text
        self.level = level
        self.recorded = recorded
    }

    /// The status this event establishes.
    public var establishedStatus: RecommendationStatus {
        switch kind {
        case .response: status ?? .noResponse
        case .verification: finding?.status ?? .noResponse
        }
    }

    /// Derives the status from a history: the latest event by date (then by
    /// when it was recorded) decides; with none, there was no response.
    public static func status(of events: [RecommendationEvent]) -> RecommendationStatus {
        events.max { ($0.date, $0.recorded) < ($1.date, $1.recorded) }?.establishedStatus ?? .noResponse
    }
}
