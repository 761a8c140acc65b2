/// One rule of the policy's `retention` section: documents of `kind` (and,
/// when `tagged` is given, carrying one of those tags) are due for
/// destruction `keep` after their date, unless they carry one of the
/// `unless-tagged` tags (a case still open, a complaint pending). The line
/// is kept so that `tamga retention` can name the rule the user wrote.
public struct RetentionRule: Sendable, Hashable, CustomStringConvertible {
    public let kind: String
    public let keep: RetentionPeriod
    /// Empty: every document of the kind.
    public let tagged: Set<String>
    public let unlessTagged: Set<String>
    /// The rule's line in the policy text (1-based), 0 when unknown.
    public let line: Int

    public init(kind: String, keep: RetentionPeriod, tagged: Set<String> = [], unlessTagged: Set<String> = [], line: Int = 0) {
        self.kind = kind
        self.keep = keep
        self.tagged = tagged
        self.unlessTagged = unlessTagged
        self.line = line
    }

    /// Whether the rule is about a document of `kind` with `tags`.
    public func covers(kind: String, tags: Set<String>) -> Bool {
        kind == self.kind && (tagged.isEmpty || !tagged.isDisjoint(with: tags))
    }

    /// `interview tagged [x]: 5 years after its date, unless tagged [case-open]`.
    public var description: String {
        var text = kind + (tagged.isEmpty ? "" : " tagged " + tagged.sorted().joined(separator: " or "))
        text += ": \(keep) after its date"
        if !unlessTagged.isEmpty { text += ", unless tagged " + unlessTagged.sorted().joined(separator: " or ") }
        return text
    }
}
