/// The policy's retention schedule (issue 18): how long each kind of record
/// is kept. Data minimisation asks that records naming detainees not be kept
/// longer than their purpose needs; the schedule writes that period down
/// where every member's `tamga retention` reads the same one, signed with the
/// policy. The first rule that covers a document decides; a document no rule
/// covers is kept without limit (an empty schedule, the shipped default,
/// changes nothing).
public struct RetentionSchedule: Sendable, Hashable {
    public let rules: [RetentionRule]

    public init(rules: [RetentionRule] = []) { self.rules = rules }

    public static let none = RetentionSchedule()

    /// What the schedule says of one document.
    public struct Decision: Sendable, Equatable {
        public let rule: RetentionRule
        /// The day the document is due (`YYYY-MM-DD`).
        public let due: String
        /// Its tags that hold it back (`unless-tagged`); empty when it is due on `due`.
        public let heldBy: [String]
        /// The reader cannot see tags (below internal): a tag may select
        /// another rule, or hold the document back.
        public let tagsUnknown: Bool
    }

    /// The rule for a document of `kind` dated `date` with `tags` (nil: the
    /// reader's clearance shows no tags), and the day it is due; nil when no
    /// rule covers it or its date does not read.
    public func decision(kind: String, date: String, tags: Set<String>?) -> Decision? {
        let rule: RetentionRule?
        if let tags {
            rule = rules.first { $0.covers(kind: kind, tags: tags) }
        } else {
            // Without tags, the first rule of the kind is the best guess, said to be one.
            rule = rules.first { $0.kind == kind }
        }
        guard let rule, let due = rule.keep.end(after: date) else { return nil }
        let unknown = tags == nil && rules.contains { $0.kind == kind && (!$0.tagged.isEmpty || !$0.unlessTagged.isEmpty) }
        return Decision(rule: rule, due: due, heldBy: tags.map { rule.unlessTagged.intersection($0).sorted() } ?? [],
                        tagsUnknown: unknown)
    }
}
