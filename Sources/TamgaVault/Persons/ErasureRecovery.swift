import Foundation
import TamgaCore

/// `tamga person erase --recover` (issue 18; attacker session 38, #2): the
/// way out of two erasures of one document made apart on two copies (two
/// persons). Each side's revisions still name the person the other erased,
/// so after the merge neither is read, the document drops out, and every
/// export and refresh refuses (`VaultIndex.lostToErasuresApart`).
///
/// On a copy that made one of the erasures (it keeps that erasure's data
/// keys), this reads that side's revisions as if the other erasure had not
/// been written, erases the other side's person from them as `tamga person
/// erase` does (`ErasureRewrite`: rewritten, scanned, projected again, sealed
/// to new data keys), and writes one `erase` entry that descends from both:
/// its parts are live, both sides' are superseded, and the document, with
/// every person it declares, is back in the registry. A copy that holds no
/// side's data keys cannot do it and says so; nothing is written.
public struct ErasureRecovery: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    public struct Recovered: Sendable, Equatable {
        public let document: String
        /// The person erased again (the other side's).
        public let person: String
        public let revisions: Int
        public let entry: String
        /// Other persons erased where this side did not see (three
        /// erasures or more): erased again after, each by its own entry.
        public let alsoErased: [String]
    }

    public struct Outcome: Sendable, Equatable {
        public let recovered: [Recovered]
        public let filesRemoved: Int
        /// Other documents' State and public parts re-projected after.
        public let reprojected: Int
    }

    /// The reason the log keeps for the recovery's `erase` entry.
    static let reason = "recovery of a document after two erasures made apart on two copies"

    /// Recovers every document lost to two erasures made apart.
    public func recover(progress: ((Int, Int) -> Void)? = nil) throws -> Outcome {
        guard vault.levelKeys.canRead(.internal) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "recovering a document (internal)")
        }
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
        if try DocumentDestruction(vault: vault).needsApproval() {
            throw VaultError.invalidArgument("the policy asks for a second administrator's approval of every erasure, and a recovery "
                + "is an erasure: recovery under that policy is not built yet (docs/retention.md); nothing was changed")
        }
        let lost = try VaultIndex.load(vault).lostToErasuresApart
        guard !lost.isEmpty else {
            throw VaultError.invalidArgument("no document is lost to two erasures made apart here; nothing to recover")
        }
        var recovered: [Recovered] = [], removed = 0
        let erasure = PersonErasure(vault: vault)
        for blind in lost {
            let (prepared, stillNamed) = try prepare(blind, index: try VaultIndex.load(vault))
            let outcome = try erasure.perform(prepared, reason: Self.reason, approves: nil, workspaces: [], progress: nil, refresh: false)
            removed += outcome.filesRemoved
            recovered.append(Recovered(document: prepared.plan.documents.first ?? blind, person: prepared.person.id,
                                       revisions: prepared.plan.revisions, entry: outcome.entry, alsoErased: stillNamed))
        }
        // Now that no document is lost, the rest are ordinary erasures (every document naming them, as `person erase`).
        var done: Set<String> = []
        for person in recovered.flatMap(\.alsoErased) where done.insert(person).inserted {
            let outcome = try erasure.perform(try erasure.prepare(person), reason: Self.reason, approves: nil, workspaces: [],
                                              progress: nil, refresh: false)
            removed += outcome.filesRemoved
        }
        let reprojected = try LowerPartRefresher(vault: vault, context: try RedactionContext.load(vault, loading: .none))
            .refresh(progress: progress)
        return Outcome(recovered: recovered, filesRemoved: removed, reprojected: reprojected)
    }

    /// The erasure that recovers `blind`: the first side whose revisions
    /// open here, rewritten for a person another side erased.
    func prepare(_ blind: String, index: VaultIndex) throws -> (PersonErasure.Prepared, stillNamed: [String]) {
        let log = AuditLog(paths: vault.paths)
        var erased: [String: [String]] = [:]
        func persons(_ entry: String) throws -> [String] {
            if let known = erased[entry] { return known }
            let found = try AuditLog.action(of: try log.entry(named: entry), keys: vault.levelKeys).persons ?? []
            erased[entry] = found
            return found
        }
        let sides = index.erasuresApart(of: blind)
        // Each side with the persons erased where it did not see (still named in its revisions); fewest first.
        var candidates: [(side: String, unseen: [String], others: [String])] = []
        for side in sides {
            var others: [String] = []
            let unseen = index.erasuresUnseen(by: side, of: blind)
            for entry in unseen {
                for person in try persons(entry) where !others.contains(person) { others.append(person) }
            }
            candidates.append((side, unseen, others))
        }
        var unopened: String?
        for (_, unseen, others) in candidates.sorted(by: { ($0.others.count, $0.side) < ($1.others.count, $1.side) }) {
            // Read as if no erasure it did not see were written (each would outdate its parts).
            let view = index.commits(without: Set(unseen))
            let documents: [Document]
            do { documents = try revisions(blind, commits: view) } catch {
                unopened = (error as? any UserFacingError)?.message ?? "\(type(of: error))"
                continue
            }
            guard let newest = documents.last else { continue }
            guard let personID = others.first else { continue }
            let extra = Self.declarations(newest: newest, earlier: documents.dropLast())
            let before = try RedactionContext.load(vault, adding: [newest], earlier: Array(documents.dropLast()), loading: .none,
                                                   recovering: true)
            guard let person = before.registry.persons[personID] else { throw VaultError.unknownPerson(id: personID) }
            let policy = before.policy.policy
            let scan = try ErasureScan(person: person, registry: before.registry, names: before.names, policy: policy)
            let sourceErasure = SourceErasure(personID: personID, role: person.role, names: before.names, marker: policy.markers.span)
            let context = try PersonErasure.context(erasing: personID, before: before, index: index, adding: [extra])
            let attachments = view.liveObjects.sorted().filter { $0.hasPrefix("attachments/\(blind)/") }
            let restricted = try DocumentDestruction.restrictedByLog(attachments, vault: vault)
            let plan = PersonErasure.Plan(personID: personID, role: person.role, documents: [newest.id], revisions: documents.count,
                                          attachments: attachments.count - restricted.count, restrictedLeft: restricted.count,
                                          uncheckedRestricted: [])
            let prepared = PersonErasure.Prepared(plan: plan, person: person, blinds: [blind], documentOf: [blind: newest.id], scan: scan,
                                                  erasure: sourceErasure, context: context, commits: view)
            return (prepared, Array(others.dropFirst()))
        }
        throw VaultError.damaged(path: "documents/\(blind)", problem: "none of the erasures made apart that left this document "
            + "unreadable opens on this copy: run `tamga person erase --recover` on the copy that made one of them (it keeps that "
            + "erasure's data keys until its files are removed); nothing was changed" + (unopened.map { " (here: \($0))" } ?? ""))
    }

    /// Every live revision of the folder under `commits`, parsed as stored, oldest first.
    func revisions(_ blind: String, commits: CommitIndex) throws -> [Document] {
        let catalog = DocumentCatalog(vault: vault)
        let policy = try PolicyStore(paths: vault.paths).current(index: try VaultIndex.load(vault), keyring: vault.keyring).policy
        let parts = try DocumentStore(vault: vault).revisionHeaders(blind: blind, index: commits, level: .internal).map {
            try catalog.openPart(blind: blind, level: .internal, name: $0.fileName)
        }
        return try parts.sorted { $0.metadata.revision < $1.metadata.revision }.map { part in
            let label = "\(part.metadata.document) revision \(part.metadata.revision)"
            return try part.content.withUnsafeBytes { try DocumentParser.parse($0, file: label) }.validatedAsStored(against: policy)
        }
    }

    /// The recovered document's declarations, as the index will count them
    /// once it is live: the newest revision's, and persons only earlier ones declare.
    static func declarations(newest: Document, earlier: ArraySlice<Document>) -> (document: String, persons: [RegisteredPerson]) {
        var merge = DeclarationMerge(newest: newest.persons)
        for older in earlier.reversed() {
            for person in older.persons { merge.addOlder(person) }
        }
        return (newest.id, merge.registered())
    }
}
