/// Whether a table is published with small-count suppression, and at which
/// threshold. Decided by audience: the public gets suppression at the
/// policy's `statistics.threshold`; the State authorities and the NPM get
/// exact counts, since they are shown the reports the counts come from
/// (the policy has no key to suppress for them; see policy/README.md).
public enum StatisticsDisclosure: Sendable, Hashable {
    case exact
    /// Counts from 1 to `threshold − 1` are suppressed, and enough others
    /// that none of them can be worked out from the rest.
    case suppressed(threshold: Int)

    public init(policy: Policy, audience: Audience) {
        self = audience == .public ? .suppressed(threshold: policy.statistics.threshold) : .exact
    }

    public var threshold: Int? {
        if case let .suppressed(threshold) = self { threshold } else { nil }
    }
}
