/// What the signed log commits: revisions, and the object files that hold
/// them. Readers accept an object only while it is *live*: listed by some
/// entry's `objects` and by no entry's `removed`. So a file planted by someone
/// who can write to the vault folder but cannot sign a log entry is ignored,
/// a file deleted from the vault is detected (`check`), and a file superseded
/// by rekey or refresh but left by a crash is ignored.
public struct CommitIndex: Sendable {
    public private(set) var revisions: Set<String>
    public private(set) var objects: Set<String>
    public private(set) var removed: Set<String>

    public init(entries: [AuditLog.Entry]) {
        self.init(revisions: Set(entries.flatMap(\.body.revisions)), objects: Set(entries.flatMap { $0.body.objects ?? [] }),
                  removed: Set(entries.flatMap { $0.body.removed ?? [] }))
    }

    public init(revisions: Set<String>, objects: Set<String>, removed: Set<String>) {
        self.revisions = revisions
        self.objects = objects
        self.removed = removed
    }

    /// Adds what one more log entry commits (entries are only ever added).
    mutating func absorb(revisions: [String], objects: [String], removed: [String]) {
        self.revisions.formUnion(revisions)
        self.objects.formUnion(objects)
        self.removed.formUnion(removed)
    }

    /// Whether the object at `path` (relative to the vault) is part of the vault now.
    public func isLive(_ path: String) -> Bool { objects.contains(path) && !removed.contains(path) }

    /// Objects the log says exist now.
    public var liveObjects: Set<String> { objects.subtracting(removed) }
}
