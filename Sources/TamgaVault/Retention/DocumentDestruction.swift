import Foundation
import TamgaCore

/// `tamga destroy` (issue 18), the one way the command does it (and, later,
/// the web front end: issue 20, one use case per action).
///
/// A destruction is a signed `destroy` entry, a tombstone: its clear body
/// names the document's folders (`LogEntryBody.destroyed`) and supersedes
/// every live object in them; its sealed action keeps the id, the reason and
/// the person ids (the disclosure ledger keeps what was disclosed before),
/// never the title or text. Every reader honours it: nothing under those
/// folders is live again, whatever a copy merged in later lists
/// (`CommitIndex.isDestroyed`), and the id is spent. Then this copy's files
/// are overwritten and unlinked; other copies drop theirs at their next
/// `tamga check --tidy` or sync.
///
/// What a copy made before the destruction can still open
/// (docs/retention.md): in a vault of format 3, the document only as long as
/// that copy keeps the document's data-key files (`datakeys/<blind>/`);
/// a copy of the bulk ciphertext alone opens nothing. In a format-2 vault,
/// or for a document stored before the vault had data keys, any copy made
/// before still opens it with a member's key of that time. A restricted
/// image is sealed to its own restriction key, whose secret the log keeps
/// for its viewers: a copy of it made before opens for them.
public struct DocumentDestruction: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// What a destruction removes, shown before asking for confirmation.
    public struct Plan: Sendable, Equatable {
        public let id: String
        public let title: String?
        public let revisions: Int
        public let parts: Int
        public let attachments: Int
        /// Data-key files (format 3): once they are gone from a copy, nothing
        /// in that copy opens the document's parts and attachments.
        public let dataKeys: Int
        /// Parts and attachments NOT sealed to one of those data keys (stored
        /// in format 2, or a restricted image): a copy made before the
        /// destruction opens them with a member's key of that time.
        public let sealedWithoutDataKeys: Int
        /// Person ids the document declares.
        public let persons: [String]
        /// Of those, the ones no other document declares: once it is gone,
        /// their names are no longer replaced in other documents unless
        /// those declare them.
        public let declaredOnlyHere: [String]
        /// Of `declaredOnlyHere`, those other documents name, with those
        /// documents: the destruction is refused while any is left
        /// (`DocumentDestruction+NamedElsewhere`).
        public let namedElsewhere: [String: [String]]
        /// Consent taken back that only this document records (a narrower
        /// `consent:` than the others', or one an earlier revision gave),
        /// by person id: once it is gone, the name or a photo would go to
        /// those audiences; refused while any is left (`DocumentDestruction+ConsentKept`).
        public var consentOnlyHere: [String: [Audience]] = [:]
        /// Hand-overs that carried the document (`HandoverRecord`): the
        /// successor's copy is beyond this destruction.
        public let handedOver: [HandoverRecord]
        let blinds: [String]
        let objects: [String]
        /// The log heads it was made at: an action handed this plan decides
        /// again only when the log moved since (`plan(_:reusing:)`).
        var heads: [String] = []
    }

    /// `planned` when it was made for `id` at the log heads there are now
    /// (the member confirmed what still holds), else a new plan. Under the
    /// caller's lock. The named-elsewhere check reads every revision of
    /// every other document (BENCHMARKS.md "Destroy"): the command's prompt
    /// and the action no longer both pay it (review, session 38).
    func plan(_ id: String, reusing planned: Plan?) throws -> Plan {
        if let planned, planned.id == id, !planned.heads.isEmpty, planned.heads == (try VaultIndex.load(vault).heads) { return planned }
        return try plan(id)
    }

    public struct Outcome: Sendable, Equatable {
        public let plan: Plan
        /// The tombstone's log entry.
        public let entry: String
        /// Files overwritten and unlinked in this copy.
        public let filesRemoved: Int
        /// Files that could not be removed here (named to the user; `check --tidy` retries).
        public let left: [String]
    }

    /// What destroying `id` would remove; throws when it cannot be destroyed.
    public func plan(_ id: String) throws -> Plan {
        guard vault.levelKeys.canRead(.internal) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "destroying a document (internal)")
        }
        let index = try VaultIndex.load(vault)
        let blinds = try vault.blindIDs(id)
        if blinds.contains(where: index.commits.destroyed.contains) {
            throw VaultError.invalidArgument("\(id) was destroyed already; its id is spent (a new record takes a new id)")
        }
        let objects = index.commits.liveObjects.filter { EntryAuthorization.blind($0).map(blinds.contains) ?? false }.sorted()
        guard !objects.isEmpty else { throw VaultError.unknownDocument(id: id) }
        // Its persons cannot be read: whether another document names one only it declares cannot be told
        // (retention attacker 39, F5: "0 revision(s)" and the name published).
        if let (blind, problem) = index.damaged.first(where: { blinds.contains($0.key) }) {
            throw VaultError.invalidArgument("\(id) cannot be read here (documents/\(blind): \(problem)), so whether another document "
                + "names a person only it declares cannot be told; repair that first; \(id) was not destroyed")
        }
        let summary = index.documents.first { $0.entry?.id == id }
        let persons = Set(summary?.declarations.map(\.id) ?? [])
        let elsewhere = Set(index.documents.filter { $0.entry?.id != id }.flatMap { $0.declarations.map(\.id) })
        let onlyHere = persons.subtracting(elsewhere).sorted()
        var plan = Plan(id: id, title: summary?.entry?.title, revisions: summary?.entry?.revisions ?? 0,
                    parts: objects.filter { $0.hasPrefix("documents/") }.count,
                    attachments: objects.filter { $0.hasPrefix("attachments/") }.count,
                    dataKeys: objects.filter { $0.hasPrefix("datakeys/") }.count,
                    sealedWithoutDataKeys: Self.sealedWithoutDataKeys(objects, root: vault.paths.root,
                                                                      restricted: try Self.restrictedByLog(objects, vault: vault)),
                    persons: persons.sorted(), declaredOnlyHere: onlyHere,
                    namedElsewhere: try namedElsewhere(onlyHere, besides: id, index: index),
                    handedOver: HandoverRecord.carrying(document: id, in: try HandoverRecord.all(vault)), blinds: blinds, objects: objects,
                    heads: index.heads)
        plan.consentOnlyHere = try consentOnlyHere(persons, besides: id, index: index)
        return plan
    }

    /// The parts and attachments among `objects` whose header names no data
    /// key among them (an unreadable one counts). Headers only: an
    /// attachment may be gigabytes, and nothing else of it is needed here.
    static func sealedWithoutDataKeys(_ objects: [String], root: URL, restricted: Set<String> = []) -> Int {
        func header(_ path: String) -> ObjectHeader? { try? AttachmentReader.header(of: root.appendingPathComponent(path)) }
        let dataKeyIDs = Set(objects.filter { $0.hasPrefix("datakeys/") }.compactMap { header($0) }
            .compactMap { try? VaultObject.keyID(of: $0.contentTag) })
        return objects.filter { !$0.hasPrefix("datakeys/") }.filter { path in
            restricted.contains(path) || header(path).map { !dataKeyIDs.contains($0.keyID) } ?? true
        }.count
    }

    /// Destroys `id`: the tombstone first (so a crash after it leaves files
    /// that nothing reads and `check --tidy` removes), then this copy's files.
    /// `reason` is sealed to internal (it may itself be confidential) and
    /// must be given; it may not name a person the document declares (`requireReasonNamesNoOne`).
    /// Under a policy that asks for a second administrator's approval, use
    /// `request` and `approve` (DocumentDestruction+Approval): this refuses.
    /// `planned`: the plan the member confirmed (reused unless the log moved).
    public func destroy(_ id: String, reason: String, planned: Plan? = nil) throws -> Outcome {
        let reason = try Self.given(reason)
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
        if try needsApproval() {
            throw VaultError.invalidArgument("the policy asks for a second administrator's approval of every destruction: "
                                             + "ask with `tamga destroy \(id) --reason TEXT`, and another administrator approves")
        }
        let plan = try plan(id, reusing: planned)
        try requireReasonNamesNoOne(reason, persons: plan.persons)
        try Self.requireStillProtected(plan)
        let entry = try vault.log(LogAction(action: "destroy", document: id, persons: plan.persons, note: reason),
                                  removed: plan.objects, destroyed: plan.blinds)
        try Self.requireCounted(entry, in: vault)
        let tidied = DestroyedFiles.remove(plan.blinds, in: vault.paths.root)
        return Outcome(plan: plan, entry: entry, filesRemoved: tidied.files, left: tidied.left)
    }
}
