import Foundation
import TamgaCore

/// Syncing with a remote, the one way `tamga sync` does it (and, later, the
/// web front end: issue 20, one use case per action): under the vault's
/// lock, fetch, verify, merge and push (`VaultSync`); with a member given to
/// refresh as (cleared internal only), the State and public parts that what
/// arrived makes stale are re-projected right after the merge, before the
/// push.
public struct Synchronisation: Sendable {
    public let paths: VaultPaths

    public init(paths: VaultPaths) { self.paths = paths }

    /// What a sync did.
    public struct Result: Sendable {
        public let outcome: VaultSync.Outcome
        /// State and public parts re-projected after the merge (0 without a refresh).
        public let refreshed: Int
        /// Document folders two erasures made apart left unreadable
        /// (`VaultIndex.lostToErasuresApart`): no refresh was made, since
        /// the registry lost every person only they declare.
        public var lostToErasuresApart: [String] = []
    }

    /// Syncs with `remote`. `refreshingAs`: the unlocked vault to refresh
    /// with, or nil for none. `step` hears what a long step is doing;
    /// `refreshProgress` the re-projection's documents checked of all;
    /// `passErrors` lets git's own messages through (on a terminal).
    public func run(remote: String, push: Bool, passErrors: Bool, refreshingAs vault: UnlockedVault? = nil,
                    step: (@Sendable (String) -> Void)? = nil, refreshProgress: ((Int, Int) -> Void)? = nil) throws -> Result {
        if let vault, vault.member.clearance != .internal {
            throw VaultError.notCleared(member: vault.member.name, needed: "refreshing State and public versions (internal)")
        }
        let lock = try VaultLock(vault: paths.root)
        defer { withExtendedLifetime(lock) {} }
        var refreshed = 0
        var lost: [String] = []
        let outcome = try VaultSync(root: paths.root, progress: step).sync(
            remote: remote, push: push, passErrors: passErrors,
            afterMerge: vault.map { vault in {
                vault.holdingWriteLock(lock)
                // Files of documents destroyed on another copy (issue 18): judged by the authorized log only.
                let index = try VaultIndex.load(vault)
                _ = DestroyedFiles.remove(index.commits.destroyed, in: paths.root)
                // The stored parts stay as projected while the registry still held those persons; merged and
                // pushed all the same, so that every copy refuses to export until one of them recovers it.
                lost = index.lostToErasuresApart
                guard lost.isEmpty else { return }
                refreshed += try LowerPartRefresher(vault: vault, context: try RedactionContext.load(vault, loading: .none))
                    .refresh(progress: refreshProgress)
            } })
        var result = Result(outcome: outcome, refreshed: refreshed)
        result.lostToErasuresApart = lost
        return result
    }
}
