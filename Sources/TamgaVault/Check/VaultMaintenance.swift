import Foundation
import TamgaCore

/// Checking a vault and the two repairs `tamga check` offers, the one way
/// the command does them (and, later, the web front end's check page:
/// issue 20, one use case per action). Each repair holds the vault's write
/// lock while it runs; the check itself only reads.
public struct VaultMaintenance: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// Deletes the temporary files (.tmp-*) of interrupted or failed writes,
    /// and overwrites and unlinks the files of destroyed documents still here
    /// (`DestroyedFiles`): how many files and bytes, and what was left (to be
    /// named to the user).
    public func tidy() throws -> (files: Int, bytes: Int64, destroyedFiles: Int, left: [String]) {
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        let temporary = try TemporaryFiles.remove(in: vault.paths.root, holding: lock)
        let commits = try VaultIndex.load(vault).commits
        let destroyed = DestroyedFiles.remove(commits.destroyed, in: vault.paths.root)
        // Data keys an erasure superseded (issue 18), brought back by an older copy.
        let erased = DestroyedFiles.removeSuperseded(commits, in: vault.paths.root)
        return (temporary.files + destroyed.files + erased.files, temporary.bytes + destroyed.bytes + erased.bytes,
                destroyed.files + erased.files, temporary.left + destroyed.left + erased.left)
    }

    /// Accepts that log entries this machine saw are gone (an older copy
    /// restored on purpose); the choice is logged. Returns how many entries
    /// were gone and whether an older keyring was accepted.
    public func acceptOlder() throws -> (entries: Int, olderKeyring: Bool) {
        let lock = try VaultLock(vault: vault.paths.root)
        defer { withExtendedLifetime(lock) {} }
        return try LogFreshness.acceptOlder(vault)
    }

    /// Every object, log entry and key this member can check.
    public func check() -> CheckReport { VaultChecker.check(vault) }
}
