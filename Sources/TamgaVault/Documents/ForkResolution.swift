import Foundation
import TamgaCore

/// Ends a fork (issue 16): two copies edited a document apart, leaving two
/// newest revisions. `resolve` stores a new revision with the kept branch's
/// text whose parents are every branch, so `show` and exports read one
/// document again and the other branch stays in the history. Members
/// cleared internal only (the text is read and re-projected).
public struct ForkResolution: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// The branches (newest revisions) of `id`, latest first.
    public func branches(_ id: String) throws -> [DocumentCatalog.Revision] {
        DocumentCatalog.heads(try DocumentCatalog(vault: vault).history(id, level: .internal))
    }

    /// What a resolve stored and what it did not give back.
    public struct Resolved: Sendable {
        /// The document, and the new revision's number.
        public let document: String
        public let revision: Int
        /// Consent the kept text declares that a withdrawal in force overrides
        /// (the other branch took it away, or `person consent --withdraw`):
        /// keeping a text never gives consent back (attacker 40b, F2); a
        /// grant logged after the withdrawal does. Person id and audience.
        public let stillWithdrawn: [(person: String, audience: Audience)]
        /// What to tell the user about each of them, with the command that gives consent back.
        public var notes: [String] { stillWithdrawn.map { FrontMatterWithdrawal.stillWithdrawn($0.person, $0.audience, in: document) } }
    }

    /// Keeps the branch whose revision id starts with `keep` (at least four
    /// hex digits). The use case of `tamga resolve` (issue 20): it takes the
    /// vault's write lock itself.
    public func resolve(_ id: String, keep: String) throws -> Resolved {
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
        guard vault.member.clearance == .internal else {
            throw VaultError.notCleared(member: vault.member.name, needed: "resolving a fork (internal)")
        }
        let heads = try branches(id)
        guard heads.count > 1 else {
            throw VaultError.invalidArgument("\(id) has one newest revision: there is no fork to resolve")
        }
        let prefix = keep.lowercased()
        let matching = heads.filter { $0.revisionID.hasPrefix(prefix) }
        guard prefix.count >= 4, matching.count == 1, let kept = matching.first else {
            throw VaultError.invalidArgument("--keep must name one of the branches by its short id: "
                + heads.map { "[\($0.revisionID.prefix(8))]" }.joined(separator: ", "))
        }
        let policy = try PolicyStore(paths: vault.paths).current(vault).policy
        let source = kept.content.withUnsafeBytes { Array($0) }
        let document = try DocumentParser.parse(source, file: "\(id) (revision \(kept.metadata.revision))").validated(against: policy)
        let context = try RedactionContext.load(vault, adding: [document], loading: .none)
        // With several heads the store never takes the text as unchanged, and
        // names every head as a parent: the new revision joins the branches.
        guard case .added(let revision) = try DocumentStore(vault: vault).add(
            DocumentIntake.submission(for: document, source: source, context: context)) else {
            throw VaultError.invalidArgument("\(id): the fork could not be closed")
        }
        try LowerPartRefresher(vault: vault, context: context).refresh()
        let inForce = try VaultIndex.load(vault).consentLedger.inForce
        return Resolved(document: id, revision: revision, stillWithdrawn: FrontMatterWithdrawal.overridden(document.persons, inForce: inForce))
    }
}
