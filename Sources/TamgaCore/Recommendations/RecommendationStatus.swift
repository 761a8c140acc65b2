/// Where a recommendation stands. The authorities' answers give the first
/// six; a later visit's finding can establish `implemented`,
/// `partially-implemented` or `not-implemented` whatever was answered.
public enum RecommendationStatus: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case noResponse = "no-response"
    case accepted
    case rejected
    case inProgress = "in-progress"
    case partiallyImplemented = "partially-implemented"
    case implemented
    case notImplemented = "not-implemented"

    /// The statuses an authority's response may give (`rec respond --status`).
    public static let responseStatuses: [RecommendationStatus] = [.accepted, .rejected, .inProgress, .implemented, .partiallyImplemented, .noResponse]

    /// Still to follow up: anything not found implemented.
    public var isOpen: Bool { self != .implemented }

    public static func < (lhs: RecommendationStatus, rhs: RecommendationStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// What a later visit found about a recommendation (`rec verify --finding`).
public enum VerificationFinding: String, Sendable, Hashable, Codable, CaseIterable {
    case implemented
    case partially
    case notImplemented = "not-implemented"

    var status: RecommendationStatus {
        switch self {
        case .implemented: .implemented
        case .partially: .partiallyImplemented
        case .notImplemented: .notImplemented
        }
    }
}
