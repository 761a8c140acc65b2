import Foundation
import TamgaCore

/// Bringing every stored State and public part up to date, the one way
/// `tamga refresh` does it (and, later, the web front end: issue 20, one use
/// case per action): only a member cleared internal can project, and does
/// so under the vault's write lock with the registry, consent and policy in
/// force (`LowerPartRefresher`).
public struct ProjectionRefresh: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// Re-projects what is stale; returns how many parts were rewritten.
    /// `progress` hears the documents checked of all.
    public func run(progress: ((Int, Int) -> Void)? = nil) throws -> Int {
        guard vault.member.clearance == .internal else {
            throw VaultError.notCleared(member: vault.member.name, needed: "refreshing State and public versions (internal)")
        }
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
        return try LowerPartRefresher(vault: vault, context: try RedactionContext.load(vault, loading: .none)).refresh(progress: progress)
    }
}
