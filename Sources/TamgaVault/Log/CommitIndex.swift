/// What the signed log commits: revisions, and the object files that hold
/// them. Readers accept an object only while it is *live*: listed by some
/// entry's `objects` and by no entry's `removed`, and not under a document
/// folder a `destroy` entry destroyed. So a file planted by someone who can
/// write to the vault folder but cannot sign a log entry is ignored, a file
/// deleted from the vault is detected (`check`), a file superseded by rekey
/// or refresh but left by a crash is ignored, and a destroyed document stays
/// destroyed whatever a copy merged in later still lists (issue 18).
///
/// An `erase` entry (issue 18, `tamga person erase`) is a tombstone for
/// what a folder held before it: every object under the folders it names
/// (`LogEntryBody.erased`) that an entry other than itself or one of its
/// descendants committed is no longer live (`erasedObjects`). So a revision
/// naming the erased person, added on a copy that had not seen the
/// erasure, does not come back when the copies merge, whatever it lists.
public struct CommitIndex: Sendable {
    public private(set) var revisions: Set<String>
    public private(set) var objects: Set<String>
    public private(set) var removed: Set<String>
    /// Destroyed document folders (blind ids).
    public private(set) var destroyed: Set<String>
    /// Objects an `erase` entry outdated: committed under a folder it names
    /// by an entry that is neither it nor one of its descendants.
    public private(set) var erasedObjects: Set<String>
    /// Of those, the ones another erase entry committed, made apart from the
    /// one that outdates them (two erasures of one document on two copies):
    /// each still names the person the other erased, so neither is read, but
    /// their files are kept, never shredded, so that the document can be
    /// recovered (`check` names it; docs/retention.md).
    public private(set) var keptFromErasures: Set<String> = []

    public init(entries: [AuditLog.Entry]) {
        self.init(revisions: Set(entries.flatMap(\.body.revisions)), objects: Set(entries.flatMap { $0.body.objects ?? [] }),
                  removed: Set(entries.flatMap { $0.body.removed ?? [] }), destroyed: Set(entries.flatMap { $0.body.destroyed ?? [] }),
                  erasures: Self.erasedObjects(Dictionary(entries.map {
                      ($0.name, (previous: $0.body.previous, objects: $0.body.objects ?? [], erased: $0.body.erased ?? []))
                  }, uniquingKeysWith: { first, _ in first })))
    }

    init(revisions: Set<String>, objects: Set<String>, removed: Set<String>, destroyed: Set<String>,
         erasures: (outdated: Set<String>, kept: Set<String>)) {
        self.init(revisions: revisions, objects: objects, removed: removed, destroyed: destroyed, erasedObjects: erasures.outdated)
        keptFromErasures = erasures.kept
    }

    public init(revisions: Set<String>, objects: Set<String>, removed: Set<String>, destroyed: Set<String> = [],
                erasedObjects: Set<String> = []) {
        self.revisions = revisions
        self.objects = objects
        self.removed = removed
        self.destroyed = destroyed
        self.erasedObjects = erasedObjects
    }

    /// The objects the `erase` entries among `entries` outdate: for each
    /// erase entry E, every object under a folder E names that an entry
    /// other than E and its descendants committed. `entries` are the counted
    /// entries by name.
    static func erasedObjects(_ entries: [String: (previous: [String], objects: [String], erased: [String])])
        -> (outdated: Set<String>, kept: Set<String>) {
        let erasures = entries.filter { !$0.value.erased.isEmpty }
        guard !erasures.isEmpty else { return ([], []) }
        let graph = LogGraph(previous: entries.mapValues(\.previous))
        let void = Self.recoveriesSetAside(erasures.mapValues(\.erased), graph: graph)
        var outdated: Set<String> = [], kept: Set<String> = []
        for (eraser, erasure) in erasures {
            // A recovery set aside for a folder erases nothing there: the one chosen stands for both.
            let folders = Set(erasure.erased).subtracting(void[eraser] ?? [])
            guard !folders.isEmpty else { continue }
            for (name, entry) in entries where name != eraser && !graph.isAncestor(eraser, of: name) {
                let inFolders = entry.objects.filter { EntryAuthorization.blind($0).map(folders.contains) ?? false }
                let here = inFolders.filter(Self.isErasable)
                outdated.formUnion(here)
                let apart = !graph.isAncestor(name, of: eraser)
                // Another erasure's objects it did not see: outdated, but kept, until an erasure of the folder
                // that descends from that one (`tamga person erase --recover`) supersedes them.
                if !entry.erased.isEmpty, apart {
                    kept.formUnion(here.filter { path in
                        !(EntryAuthorization.blind(path).map { void[name]?.contains($0) ?? false } ?? false)
                        && !erasures.contains { later, facts in
                            later != name && graph.isAncestor(name, of: later)
                                && (EntryAuthorization.blind(path).map(facts.erased.contains) ?? false)
                        }
                    })
                }
                // An attachment written apart (an attach, a restriction re-encrypting one with its caption): the
                // erasure never read it, so it is outdated too, and its file kept (attacker, session 37: a
                // restriction made apart brought the erased name back to the image's viewers).
                if apart {
                    let attachments = inFolders.filter { $0.hasPrefix("attachments/") }
                    outdated.formUnion(attachments)
                    kept.formUnion(attachments)
                }
            }
        }
        return (outdated, kept)
    }

    /// Two recoveries of one folder made apart (attacker session 39, F4:
    /// both copies ran `tamga person erase --recover` before syncing), by
    /// folder: of the erase entries of a folder that no other erasure of it
    /// descends from, those that descend from two erasures of it made apart
    /// (a recovery) and from exactly the same erasures of it say the same
    /// (each erased every person those erasures erased, from one side's
    /// revisions). Counting them as two more erasures made apart lost the
    /// document again, for good if both copies kept recovering apart. So
    /// the one with the lowest entry name is read, from clear fields alone
    /// (every reader and the guard choose the same), and the others are set
    /// aside for that folder: returned here, by entry, they outdate nothing
    /// in it, and their own parts there are superseded (not kept), so
    /// `check --tidy` removes them. A recovery made after further erasures
    /// of the folder (three persons or more, each erased again by its own
    /// entry) descends from different erasures and is not recognised: still
    /// two erasures apart, recovered again (docs/retention.md).
    static func recoveriesSetAside(_ erasures: [String: [String]], graph: LogGraph) -> [String: Set<String>] {
        var byFolder: [String: [String]] = [:]
        for (name, folders) in erasures { for folder in Set(folders) { byFolder[folder, default: []].append(name) } }
        var void: [String: Set<String>] = [:]
        for (folder, names) in byFolder where names.count >= 3 {
            let heads = names.filter { name in !names.contains { $0 != name && graph.isAncestor(name, of: $0) } }
            guard heads.count >= 2 else { continue }
            var groups: [Set<String>: [String]] = [:]
            for head in heads {
                let seen = Set(names.filter { $0 != head && graph.isAncestor($0, of: head) })
                let recovers = seen.contains { one in seen.contains { two in one < two && !graph.isAncestor(one, of: two)
                    && !graph.isAncestor(two, of: one) } }
                if recovers { groups[seen, default: []].append(head) }
            }
            for group in groups.values where group.count >= 2 {
                for name in group.sorted().dropFirst() { void[name, default: []].insert(folder) }
            }
        }
        return void
    }

    /// Parts and data keys: what an erasure outdates by its folders alone.
    /// Attachments it saw it supersedes one by one (`removed`), so that a
    /// restricted image, sealed to its viewers' key and left as it is, stays;
    /// attachments written apart from it it outdates whole (above).
    static func isErasable(_ path: String) -> Bool { path.hasPrefix("documents/") || path.hasPrefix("datakeys/") }

    /// Adds what one more log entry commits (entries are only ever added).
    /// The entry descends from every entry absorbed before (one this process
    /// just appended): an erasure outdates everything committed under its
    /// folders so far but its own objects.
    mutating func absorb(revisions: [String], objects: [String], removed: [String], destroyed: [String] = [], erased: [String] = []) {
        if !erased.isEmpty {
            let folders = Set(erased), own = Set(objects)
            erasedObjects.formUnion(self.objects.filter {
                !own.contains($0) && Self.isErasable($0) && (EntryAuthorization.blind($0).map(folders.contains) ?? false)
            })
            // It descends from every entry absorbed: the parts two erasures made apart kept there, it supersedes.
            keptFromErasures = keptFromErasures.filter {
                !$0.hasPrefix("documents/") && !$0.hasPrefix("datakeys/") || !(EntryAuthorization.blind($0).map(folders.contains) ?? false)
            }
        }
        self.revisions.formUnion(revisions)
        self.objects.formUnion(objects)
        self.removed.formUnion(removed)
        self.destroyed.formUnion(destroyed)
    }

    /// Whether the object at `path` (relative to the vault) is part of the vault now.
    public func isLive(_ path: String) -> Bool {
        objects.contains(path) && !removed.contains(path) && !erasedObjects.contains(path) && !isDestroyed(path)
    }

    /// Whether `path` was superseded: listed in a counted entry's `removed`, or outdated by an erasure.
    public func isSuperseded(_ path: String) -> Bool { removed.contains(path) || erasedObjects.contains(path) }

    /// Whether a copy may overwrite and remove the file at `path`: superseded,
    /// and not kept from an erasure made apart (`keptFromErasures`).
    public func mayShred(_ path: String) -> Bool { isSuperseded(path) && !keptFromErasures.contains(path) }

    /// Whether `path` lies in a destroyed document's folder (`documents/<b>/…`, `attachments/<b>/…`).
    public func isDestroyed(_ path: String) -> Bool {
        guard !destroyed.isEmpty, let blind = EntryAuthorization.blind(path) else { return false }
        return destroyed.contains(blind)
    }

    /// Objects the log says exist now.
    public var liveObjects: Set<String> { Set(objects.subtracting(removed).subtracting(erasedObjects).filter { !isDestroyed($0) }) }
}
