/// A confidentiality level (FORMAT.md, Levels and audiences), ordered from least
/// to most restricted. The identifiers are fixed by the format.
public enum Level: String, Sendable, Codable, CaseIterable, Comparable {
    case `public`
    case state
    case `internal`

    /// The order of restriction: public < state < internal.
    public var restriction: Int {
        switch self {
        case .public: 0
        case .state: 1
        case .internal: 2
        }
    }

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.restriction < rhs.restriction }
}
