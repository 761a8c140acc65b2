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

    /// Whether the member may sign exports with the NPM key (exports need a readable level).
    public var mayExport: Bool { self != .contributor }
}
