/// Why a count is not published. Never carries the count.
public enum Suppression: Sendable, Hashable {
    /// Primary: the count is at least 1 and below the threshold.
    case belowThreshold(Int)
    /// Secondary: published, this count would let a reader work out the
    /// suppressed count at the given position from the totals.
    case protects(CellPosition)

    /// Whether this is primary suppression.
    public var isPrimary: Bool {
        if case .belowThreshold = self { true } else { false }
    }
}

/// One published count: the number, or why it is withheld.
public enum PublishedCount: Sendable, Hashable {
    case count(Int)
    case suppressed(Suppression)

    public var value: Int? {
        if case let .count(value) = self { value } else { nil }
    }

    public var suppression: Suppression? {
        if case let .suppressed(reason) = self { reason } else { nil }
    }
}
