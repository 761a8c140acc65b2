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
    public func add(_ documents: [(document: Document, source: [UInt8])], force: Bool = false,
                    warn: (String) -> Void = { _ in }, progress: ((Int, Int) -> Void)? = nil) throws -> Result {
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
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
        for (document, _) in documents { WordNamePartWarning.warnings(for: document).forEach(warn) }
        let context = vault.levelKeys.canRead(.internal)
            ? try RedactionContext.load(vault, adding: documents.map(\.document), loading: .none) : nil
        if let context {
            for (document, _) in documents { ReadsWholeCheck.warnings(for: document, context: context).forEach(warn) }
            try RecommendationClash.check(adding: documents.map(\.document), index: try VaultIndex.load(vault))
        }
        let store = DocumentStore(vault: vault)
        if !force { for (document, source) in documents { try store.requireBasedOnNewest(id: document.id, source: source) } }
        var result = Result()
        for (document, source) in documents {
            result.stored.append((document.id, try store.add(DocumentIntake.submission(for: document, source: source, context: context),
                                                             force: true)))
        }
        if let context { result.reprojected = try LowerPartRefresher(vault: vault, context: context).refresh(progress: progress) }
        return result
    }
}
