import Foundation
import TamgaCore
#if canImport(Glibc)
import Glibc
#endif

/// `tamga person erase` (issue 18), the one way the command does it (and,
/// later, the web front end: issue 20, one use case per action).
///
/// Erasing a person keeps every document and removes the person's names
/// from all of them: every revision of every document that declares the
/// person or names them in any form the name engine reads is rewritten
/// (`SourceErasure`: the entry reduced to id, role and `erased: true`, each
/// mention an `@` reference that exports render as the role's pseudonym),
/// checked (`ErasureScan`, the leak scan's matching with only that person
/// protected, over every rewritten part and attachment caption and name),
/// re-projected at the State and public levels, and sealed to **new** data
/// keys; then one signed `erase` entry commits the new objects, supersedes
/// every object of those folders (the old parts, attachments and data
/// keys), and names the folders in its clear body (`LogEntryBody.erased`),
/// so that nothing committed there before it, or apart from it on another
/// copy, is read again. This copy's old files are then overwritten and
/// removed, the data keys first: a copy of the vault made before the
/// erasure opens the old, named revisions only while it keeps those
/// data-key files (docs/retention.md).
///
/// Fails closed: a revision whose rewrite does not parse, still names the
/// person, or declares them in a form the rewrite cannot reduce stops the
/// whole erasure before anything is written, naming the document, revision
/// and line, never the name.
public struct PersonErasure: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// What an erasure rewrites, shown before asking for confirmation.
    public struct Plan: Sendable, Equatable {
        public let personID: String
        public let role: String
        /// Documents rewritten: those that declare or name the person in any revision.
        public let documents: [String]
        public let revisions: Int
        public let attachments: Int
        /// Restricted images of those documents: sealed to their viewers'
        /// own key, not a data key, so left as they are (a caption naming
        /// the person there stops the erasure).
        public let restrictedLeft: Int
        /// Documents that do not name the person but hold a restricted
        /// image this member cannot open: its caption was not read. (In a
        /// document that names the person, such an image stops the erasure.)
        public let uncheckedRestricted: [String]
        /// Hand-overs that carried a document naming the person, or the
        /// person by id (`HandoverRecord`): the successor's copy still names them.
        public var handedOver: [HandoverRecord] = []
    }

    public struct Outcome: Sendable, Equatable {
        public let plan: Plan
        /// The `erase` entry.
        public let entry: String
        /// Files overwritten and removed in this copy.
        public let filesRemoved: Int
        public let left: [String]
        /// State and public parts of other documents re-projected after.
        public let reprojected: Int
        /// Texts of interrupted edits of the rewritten documents removed here (counted in `filesRemoved`).
        public let keptEditsRemoved: Int
    }

    /// What erasing `personID` would rewrite; throws when it cannot be erased.
    /// Reads and writes nothing but this member's index cache.
    public func plan(_ personID: String) throws -> Plan {
        try prepare(personID).plan
    }

    /// Erases `personID`. `reason` is sealed to internal in the log, which
    /// keeps it for good, so it may not name the person.
    /// `workspaces` are where `tamga edit` keeps the text of an interrupted
    /// edit (`LocalWipe.Places`): this member's kept texts of the rewritten
    /// documents, which still name the person, are overwritten and removed.
    /// Under a policy that asks for a second administrator's approval, an
    /// erasure is asked for (`request`) and carried out by another
    /// administrator (`approve`): this refuses, before anything is written.
    public func erase(_ personID: String, reason: String, workspaces: [String] = LocalWipe.Places.fromEnvironment().workspaceBases,
                      progress: ((Int, Int) -> Void)? = nil) throws -> Outcome {
        let reason = try DocumentDestruction.given(reason)
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
        if try DocumentDestruction(vault: vault).needsApproval() {
            throw VaultError.invalidArgument("the policy asks for a second administrator's approval of every erasure: ask with "
                + "`tamga person erase \(personID) --reason TEXT`, then an administrator other than you runs "
                + "`tamga person erase --approve \(personID)`; nothing was changed")
        }
        let prepared = try prepare(personID)
        return try perform(prepared, reason: reason, approves: nil, workspaces: workspaces, progress: progress)
    }

    /// Rewrites, logs and shreds, under the caller's write lock. `approves`
    /// names the request an approved erasure carries out.
    /// `refresh`: re-project the other documents' lower parts after (a
    /// recovery of several documents does so once, after the last).
    func perform(_ prepared: Prepared, reason: String, approves: String?, workspaces: [String],
                 progress: ((Int, Int) -> Void)?, refresh: Bool = true) throws -> Outcome {
        let personID = prepared.plan.personID
        try requireUnnamed(prepared, in: reason)
        let rewrite = try ErasureRewrite(vault: vault, prepared: prepared).run()
        var action = LogAction(action: "erase", persons: [personID], note: reason)
        action.documents = prepared.plan.documents
        action.rewritten = rewrite.rewritten.isEmpty ? nil : rewrite.rewritten
        let entry: String
        do {
            entry = try vault.log(action, objects: rewrite.written, removed: rewrite.superseded, erased: prepared.blinds,
                                  approval: .init(approves: approves))
        } catch {
            // Written but never committed: not live, and only noise for `check` and every sync.
            _ = DestroyedFiles.shred(rewrite.written, in: vault.paths.root)
            throw error
        }
        // Files go only once this copy's readers count the entry (a rule this process did not foresee).
        try DocumentDestruction.requireCounted(entry, in: vault)
        let tidied = DestroyedFiles.shred(rewrite.superseded, in: vault.paths.root)
        let edits = Self.removeKeptEdits(of: prepared.plan.documents, vaultID: vault.vaultID, in: workspaces)
        // Other documents' State and public parts: the registry changed.
        let reprojected = refresh ? try LowerPartRefresher(vault: vault, context: try RedactionContext.load(vault, loading: .none))
            .refresh(progress: progress) : 0
        return Outcome(plan: prepared.plan, entry: entry, filesRemoved: tidied.files + edits.files, left: tidied.left + edits.left,
                       reprojected: reprojected, keptEditsRemoved: edits.files)
    }

    /// The log keeps a reason for good: it may not name the person.
    func requireUnnamed(_ prepared: Prepared, in reason: String) throws {
        guard prepared.scan.hits(in: reason).isEmpty else {
            throw VaultError.reasonNamesPerson(id: prepared.plan.personID)
        }
    }

    /// Overwrites and removes the texts `tamga edit` kept for `documents` in
    /// this user's workspaces (`edit-<vault>-<id>.md`, as `lock --wipe-local`
    /// finds them): an interrupted edit of a rewritten document still holds
    /// the person's names. Other machines' are out of reach (docs/retention.md).
    static func removeKeptEdits(of documents: [String], vaultID: String, in bases: [String]) -> (files: Int, left: [String]) {
        var shredder = FolderShredder(dryRun: false)
        var files = 0
        for base in bases {
            for folder in LocalWipe.ownFolders(in: base) where folder.hasPrefix("tamga-\(geteuid())-") {
                for id in documents {
                    files += shredder.removeFiles(in: base + "/" + folder, prefix: "edit-\(vaultID.prefix(12))-\(id).md",
                                                  removeFolderWhenEmpty: false)?.files ?? 0
                }
            }
        }
        return (files, shredder.failures)
    }

    /// Everything an erasure needs, read before anything is written.
    struct Prepared {
        let plan: Plan
        let person: RegisteredPerson
        /// The folders rewritten, and each one's document id.
        let blinds: [String]
        let documentOf: [String: String]
        let scan: ErasureScan
        let erasure: SourceErasure
        /// Redaction with the person erased, for the new State and public parts.
        let context: RedactionContext
        /// What is read as live, when not the log's (`ErasureRecovery`: one
        /// side of two erasures made apart, read as if the other were not).
        var commits: CommitIndex?
    }

    func prepare(_ personID: String) throws -> Prepared {
        guard vault.levelKeys.canRead(.internal) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "erasing a person (internal)")
        }
        let index = try VaultIndex.load(vault)
        let before = try RedactionContext.load(vault, loading: .none)
        guard let person = before.registry.persons[personID] else { throw VaultError.unknownPerson(id: personID) }
        // Erased, and named by no document since: nothing left to erase.
        guard !person.erased || !person.spellings.isEmpty else { throw VaultError.invalidArgument("\(personID) was erased already") }
        let policy = before.policy.policy
        let scan = try ErasureScan(person: person, registry: before.registry, names: before.names, policy: policy)
        let erasure = SourceErasure(personID: personID, role: person.role, names: before.names, marker: policy.markers.span)
        let catalog = DocumentCatalog(vault: vault)
        var blinds: [String] = [], documentOf: [String: String] = [:], revisions = 0, unchecked: [String] = []
        for blind in index.liveBlinds.sorted() {
            let sources = try catalog.read(blind: blind, level: .internal, index: index.commits)
            guard let id = sources.first?.metadata.document else { continue }
            // Declaring them with a name writes that name: the scan reads it.
            var names = sources.contains { revision in
                !scan.hits(in: String(decoding: revision.content.withUnsafeBytes { Array($0) }, as: UTF8.self)).isEmpty
            }
            if !names {
                let attachments = try ErasureRewrite.attachmentTexts(blind: blind, vault: vault, commits: index.commits)
                names = attachments.texts.contains { !scan.hits(in: $0).isEmpty }
                if !names, attachments.unopened { unchecked.append(id) }
            }
            guard names else { continue }
            blinds.append(blind)
            documentOf[blind] = id
            revisions += sources.count
        }
        let attachments = blinds.flatMap { blind in index.commits.liveObjects.filter { $0.hasPrefix("attachments/\(blind)/") } }
        let restricted = try DocumentDestruction.restrictedByLog(attachments, vault: vault)
        let context = try Self.context(erasing: personID, before: before, index: index)
        var plan = Plan(personID: personID, role: person.role, documents: blinds.compactMap { documentOf[$0] }.sorted(),
                        revisions: revisions, attachments: attachments.count - restricted.count, restrictedLeft: restricted.count,
                        uncheckedRestricted: unchecked.sorted())
        let records = try HandoverRecord.all(vault)
        plan.handedOver = HandoverRecord.carrying(person: personID, in: records).map(\.record)
            + plan.documents.flatMap { HandoverRecord.carrying(document: $0, in: records) }
        plan.handedOver = plan.handedOver.reduce(into: []) { kept, record in if !kept.contains(record) { kept.append(record) } }
        return Prepared(plan: plan, person: person, blinds: blinds, documentOf: documentOf, scan: scan, erasure: erasure, context: context)
    }

    /// The vault's redaction with `personID` erased from the registry (the
    /// same declarations, earlier revisions' included, and consent).
    /// `adding`: declarations of a document the index cannot read yet (`ErasureRecovery`).
    static func context(erasing personID: String, before: RedactionContext, index: VaultIndex,
                        adding extra: [(document: String, persons: [RegisteredPerson])] = []) throws -> RedactionContext {
        let declarations = (index.declarations + extra).map { document, persons in
            (document: document, persons: persons.map { person in
                person.id == personID ? RegisteredPerson(id: person.id, role: person.role, name: "", also: [], consent: [], erased: true) : person
            })
        }
        var conflicts: [RegistryError] = []
        return before.withRegistry(index.consentLedger.apply(to: PersonRegistry(declarations: declarations, conflicts: &conflicts,
                                                                                          openness: before.policy.policy.openness(of:))))
    }
}
