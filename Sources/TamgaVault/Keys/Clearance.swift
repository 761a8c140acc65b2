import TamgaCore

/// What a member may decrypt, enforced by which level keys are sealed to them.
///
/// A `contributor` (a field laptop) can add documents with the level public
/// keys alone and holds no key that decrypts anything afterwards.
public enum Clearance: String, Sendable, Codable, CaseIterable {
    case `internal`
    case state
    case contributor

    /// The level secret keys sealed to a member with this clearance.
    public var levels: [Level] {
        switch self {
        case .internal: [.internal, .state, .public]
        case .state: [.state, .public]
        case .contributor: []
        }
    }

    /// The highest level this clearance reads, if any.
    public var highestLevel: Level? { levels.max() }

    /// Whether the member holds the NPM export-signing key: members cleared
    /// internal only, who alone can make an export (redaction needs the
    /// internal registry). A State member holding it could sign a fabricated
    /// "NPM report" that every recipient would accept.
    public var mayExport: Bool { self == .internal }
}
