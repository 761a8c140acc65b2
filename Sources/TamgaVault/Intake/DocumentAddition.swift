import Foundation
import TamgaCore

/// Storing validated documents, the one way `tamga add` and `tamga new` do it
/// (and, later, the web front end: issue 20 asks for one use case per action,
/// so that no front end holds a rule of its own).
///
/// The rules, in order: under the vault's write lock, a member cleared
/// internal builds the redaction context with the new documents in it (they
/// may change the registry) and so projects their State and public parts at
/// once; recommendation ids must stay unique in the vault; a document based
/// on an older revision than the newest is refused unless `force` (it would
/// undo the changes since), every document checked before any is stored
/// (nothing half-added); after storing, the lower parts of other documents
/// that the new ones make stale are re-projected.
public struct DocumentAddition {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// What one addition did.
    public struct Result: Sendable {
        /// Each document's id and what the store did with it, in the order given.
        public var stored: [(id: String, outcome: DocumentStore.AddOutcome)] = []
        /// State and public parts of other documents re-projected; nil when this
        /// member cannot project (a contributor: only the full text was stored).
        public var reprojected: Int?
    }

    /// Stores `documents` (validated, with their source bytes). `warn` hears
    /// each warning about a document (it reads beyond its level, …);
    /// `progress` the re-projection's steps.
    /// `underLock` runs once the vault's write lock is held, before anything
    /// is stored: the caller's own precondition (the id is still new, the
    /// edited revision still the newest), checked where no other writer can
    /// change it before the store (web round 40 F13: two saves at once both
    /// passed a check made before the lock).
    public func add(_ documents: [(document: Document, source: [UInt8])], force: Bool = false,
                    warn: (String) -> Void = { _ in }, progress: ((Int, Int) -> Void)? = nil,
                    underLock: () throws -> Void = {}) throws -> Result {
        // Two documents with one id in one addition: FORMAT.md calls a duplicate id an
        // error (issue 16: they became two revisions, a silent fork).
        var seen: [String: String] = [:]
        for (document, _) in documents {
            if let first = seen[document.id] {
                throw VaultError.invalidDocument("\(document.file) and \(first) both have id \(document.id); add one revision at a time "
                    + "(nothing was added)")
            }
            seen[document.id] = document.file
        }
        return try add(histories: documents.map { [$0] }, force: force, warn: warn, progress: progress, underLock: {
            try underLock()
            try ErasedDeclarationCheck(vault: vault).require(documents.map(\.document))
        })
    }

    /// Stores each document's revisions, oldest first, as one addition (a
    /// hand-over's import). The rules run once, on each document's newest
    /// revision, which is what stays: a state between two revisions (a name
    /// or role corrected, a recommendation's text edited) must not stop the
    /// addition half-way (review 37 H-1). Every revision is projected with
    /// that one redaction context, which also holds what the older revisions
    /// declare (as the index will), so an older revision's lower parts
    /// withhold a person only it declares. With `refresh: false` the lower parts of
    /// other documents are not re-projected: the caller does it once, after
    /// a batch (`LowerPartRefresher`), instead of once per addition (M-4).
    /// Each document id at most once in `histories`.
    public func add(histories: [[(document: Document, source: [UInt8])]], force: Bool = false, refresh: Bool = true,
                    warn: (String) -> Void = { _ in }, progress: ((Int, Int) -> Void)? = nil,
                    underLock: () throws -> Void = {}) throws -> Result {
        let histories = histories.filter { !$0.isEmpty }
        var seen = Set<String>()
        for history in histories {
            guard seen.insert(history[0].document.id).inserted, history.allSatisfy({ $0.document.id == history[0].document.id }) else {
                throw VaultError.invalidDocument("\(history[0].document.id) is given twice in one addition (nothing was added)")
            }
        }
        let newest = histories.compactMap { $0.last?.document }
        let older = histories.flatMap { $0.dropLast().map(\.document) }
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
        try underLock()
        for history in histories { for (document, _) in history { WordNamePartWarning.warnings(for: document).forEach(warn) } }
        let context = vault.levelKeys.canRead(.internal)
            ? try RedactionContext.load(vault, adding: newest, earlier: older, loading: .none) : nil
        var loggedBefore: Set<String> = []
        if let context {
            for document in newest { ReadsWholeCheck.warnings(for: document, context: context).forEach(warn) }
            let index = try VaultIndex.load(vault)
            try RecommendationClash.check(adding: newest, index: index)
            loggedBefore = Set(index.consentLedger.events.filter { $0.document != nil }.map(\.entry))
        }
        let store = DocumentStore(vault: vault)
        if !force { for history in histories { try store.requireBasedOnNewest(id: history[0].document.id, source: history[0].source) } }
        var result = Result()
        for history in histories {
            for (document, source) in history {
                result.stored.append((document.id, try store.add(DocumentIntake.submission(for: document, source: source, context: context),
                                                                 force: true)))
            }
        }
        if context != nil {
            let ledger = try VaultIndex.load(vault).consentLedger
            // What this addition's front matter took away holds for the person everywhere: say so (session 41 attacker, C11).
            for event in ledger.events where event.document.map(seen.contains) == true && !loggedBefore.contains(event.entry) {
                warn(FrontMatterWithdrawal.takenAway(event.personID, event.audience, in: event.document ?? ""))
            }
            // A `consent:` declared again is no grant: say so where a withdrawal stays in force (attacker 40b).
            let inForce = ledger.inForce
            for document in newest {
                for (person, audience) in FrontMatterWithdrawal.overridden(document.persons, inForce: inForce) {
                    warn(FrontMatterWithdrawal.stillWithdrawn(person, audience, in: document.id))
                }
            }
        }
        if refresh, let context { result.reprojected = try LowerPartRefresher(vault: vault, context: context).refresh(progress: progress) }
        return result
    }
}
