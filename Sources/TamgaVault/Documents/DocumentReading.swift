import Foundation
import TamgaCore

/// Reading one document's text, the one way `tamga show` does it (and,
/// later, the web front end's document page: issue 20, one use case per
/// action): the newest revision this member may open (or the one asked
/// for); a fork (two copies edited apart) is reported with its branches;
/// and every read is logged, under the vault's lock, before the text is
/// handed over.
public struct DocumentReading: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// The revision read, logged. `fork` hears the branches (each described
    /// by `DocumentCatalog.describe`) and the short id of the one shown, when
    /// the newest revision is a fork.
    public func read(_ id: String, revision: Int? = nil,
                     fork: (_ branches: [String], _ shown: String) -> Void = { _, _ in }) throws -> DocumentCatalog.Revision {
        let catalog = DocumentCatalog(vault: vault)
        let chosen: DocumentCatalog.Revision
        if let revision {
            guard let found = try catalog.history(id).first(where: { $0.metadata.revision == revision }) else {
                throw VaultError.invalidArgument("\(id) has no revision \(revision); see `tamga history \(id)`")
            }
            chosen = found
        } else {
            // One read of the revisions (each decrypted once) gives the newest and the branches.
            let heads = DocumentCatalog.heads(try catalog.history(id))
            guard let newest = heads.first else { throw VaultError.unknownDocument(id: id) }
            chosen = newest
            if heads.count > 1 { fork(heads.map(DocumentCatalog.describe), String(chosen.revisionID.prefix(8))) }
        }
        let lock = try VaultLock(vault: vault.paths.root)
        defer { withExtendedLifetime(lock) {} }
        try vault.log(.init(action: "read", document: id, revision: chosen.metadata.revision, level: chosen.metadata.level))
        return chosen
    }

    /// The newest revision's full source for editing (members cleared
    /// internal): handed to `deliver` (which puts it where the editor opens
    /// it), then the read is logged under the vault's lock, as `read` logs
    /// every read. Nothing is logged when `deliver` throws.
    @discardableResult
    public func openForEditing(_ id: String, deliver: (DocumentCatalog.Revision) throws -> Void) throws -> DocumentCatalog.Revision {
        guard vault.levelKeys.canRead(.internal) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "editing (the full source is internal)")
        }
        let newest = try DocumentCatalog(vault: vault).newest(id, level: .internal)
        try deliver(newest)
        let lock = try VaultLock(vault: vault.paths.root)
        defer { withExtendedLifetime(lock) {} }
        try vault.log(.init(action: "read", document: id, revision: newest.metadata.revision, level: "internal", note: "edit"))
        return newest
    }
}
