import Foundation
import TamgaCore

/// Making a policy the one in force, the one way `tamga policy set` does it
/// (and, later, the web front end: issue 20, one use case per action): the
/// YAML must load as a policy; under the vault's write lock it is stored
/// signed by an administrator (`PolicyStore.set`), and every stored State
/// and public part it makes stale is re-projected under it.
public struct PolicyChange: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// What the change did.
    public struct Result: Sendable {
        /// SHA-256 of the policy now in force.
        public let hash: String
        /// Stored parts re-projected under it.
        public let reprojected: Int
        /// The policy asks for a second administrator's approval while the vault has a single member cleared
        /// internal: every member added from now on shares that member's line of additions, so no approval
        /// of theirs counts (`EntryAuthorization.approvalLineage`); only an administrator the `init` recovery
        /// shares sign in is a line of its own. A front end says so.
        public var oneLineOnly = false
    }

    /// Sets `yaml` (read from `file`, which names it in errors); `progress`
    /// hears the re-projection's documents checked of all.
    public func set(yaml: String, file: String, progress: ((Int, Int) -> Void)? = nil) throws -> Result {
        let policy = try Policy.load(yaml: yaml, file: file)
        let lock = try VaultLock(vault: vault.paths.root)
        defer { withExtendedLifetime(lock) {} }
        try requireDocumentsValid(under: policy)
        let inForce = try PolicyStore(paths: vault.paths).set(yaml: yaml, file: file, by: vault)
        let rewritten = try LowerPartRefresher(vault: vault, context: try RedactionContext.load(vault, loading: .none)).refresh(progress: progress)
        var result = Result(hash: inForce.hash, reprojected: rewritten)
        let internalMembers = vault.keyring.body.members.filter(EntryAuthorization.mayAsk)
        result.oneLineOnly = policy.destructionApproval != .none && internalMembers.count < 2
        return result
    }

    /// Every document's newest revision must validate under the new policy
    /// (attacker session 38, C1): a kind or role renamed under a document
    /// that uses it made the document unreadable to the index, so its
    /// persons left the registry and other documents published their names
    /// (and `destroy` judged it to declare nobody). Older revisions may use
    /// what the policy no longer has (`validatedAsStored`).
    func requireDocumentsValid(under policy: Policy) throws {
        guard vault.levelKeys.canRead(.internal) else { return }
        for revision in try DocumentCatalog(vault: vault).newestSources() {
            let id = revision.metadata.document
            do {
                _ = try revision.content.withUnsafeBytes { try DocumentParser.parse($0, file: id) }.validated(against: policy)
            } catch let error as DocumentError {
                throw VaultError.invalidArgument("\(id)\(error.location.map { ", line \($0.line)" } ?? ""): its newest revision does "
                    + "not validate under this policy (\(error.code.rawValue)): its persons would leave the registry. Change the "
                    + "document first (`tamga edit \(id)`), or keep what it uses in the policy; nothing was changed")
            }
        }
    }
}
