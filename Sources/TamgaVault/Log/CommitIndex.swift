/// What the signed log commits: revisions, and the object files that hold
/// them. Readers accept an object only while it is *live*: listed by some
/// entry's `objects` and by no entry's `removed`, and not under a document
/// folder a `destroy` entry destroyed. So a file planted by someone who can
/// write to the vault folder but cannot sign a log entry is ignored, a file
/// deleted from the vault is detected (`check`), a file superseded by rekey
/// or refresh but left by a crash is ignored, and a destroyed document stays
/// destroyed whatever a copy merged in later still lists (issue 18).
public struct CommitIndex: Sendable {
    public private(set) var revisions: Set<String>
    public private(set) var objects: Set<String>
    public private(set) var removed: Set<String>
    /// Destroyed document folders (blind ids).
    public private(set) var destroyed: Set<String>

    public init(entries: [AuditLog.Entry]) {
        self.init(revisions: Set(entries.flatMap(\.body.revisions)), objects: Set(entries.flatMap { $0.body.objects ?? [] }),
                  removed: Set(entries.flatMap { $0.body.removed ?? [] }), destroyed: Set(entries.flatMap { $0.body.destroyed ?? [] }))
    }

    public init(revisions: Set<String>, objects: Set<String>, removed: Set<String>, destroyed: Set<String> = []) {
        self.revisions = revisions
        self.objects = objects
        self.removed = removed
        self.destroyed = destroyed
    }

    /// Adds what one more log entry commits (entries are only ever added).
    mutating func absorb(revisions: [String], objects: [String], removed: [String], destroyed: [String] = []) {
        self.revisions.formUnion(revisions)
        self.objects.formUnion(objects)
        self.removed.formUnion(removed)
        self.destroyed.formUnion(destroyed)
    }

    /// Whether the object at `path` (relative to the vault) is part of the vault now.
    public func isLive(_ path: String) -> Bool {
        objects.contains(path) && !removed.contains(path) && !isDestroyed(path)
    }

    /// Whether `path` lies in a destroyed document's folder (`documents/<b>/…`, `attachments/<b>/…`).
    public func isDestroyed(_ path: String) -> Bool {
        guard !destroyed.isEmpty, let blind = EntryAuthorization.blind(path) else { return false }
        return destroyed.contains(blind)
    }

    /// Objects the log says exist now.
    public var liveObjects: Set<String> { Set(objects.subtracting(removed).filter { !isDestroyed($0) }) }
}
