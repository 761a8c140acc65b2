/// A confidentiality level (FORMAT.md, "Levels and audiences"). The three
/// identifiers are fixed by the format; a policy may only relabel them.
///
/// Ordered from least to most restricted, so `a < b` reads "a is more open
/// than b": a mark *loosens* an enclosing mark when it is `<` it.
public enum Level: String, CaseIterable, Sendable, Hashable, Comparable, Codable {
    case `public`
    case state
    case `internal`

    /// 0 for `public`, 2 for `internal`.
    public var restriction: Int {
        switch self {
        case .public: 0
        case .state: 1
        case .internal: 2
        }
    }

    public static func < (lhs: Level, rhs: Level) -> Bool {
        lhs.restriction < rhs.restriction
    }

    /// The identifiers as a reader would type them, for hints.
    static let spelledOut = Level.allCases.map(\.rawValue).joined(separator: ", ")
}

/// Who an export is for. The identifiers are fixed by the format; which
/// levels each audience sees is the policy's (`Policy.Audience.sees`), and
/// the policy may never widen it beyond `clearance`.
public enum Audience: String, CaseIterable, Sendable, Hashable, Codable {
    case `internal`
    case state
    case `public`

    /// The most restricted level this audience may ever be shown.
    public var clearance: Level {
        switch self {
        case .internal: .internal
        case .state: .state
        case .public: .public
        }
    }

    static let spelledOut = Audience.allCases.map(\.rawValue).joined(separator: ", ")
}
