import Foundation
import TamgaCore

/// Checking a vault and the two repairs `tamga check` offers, the one way
/// the command does them (and, later, the web front end's check page:
/// issue 20, one use case per action). Each repair holds the vault's write
/// lock while it runs; the check itself only reads.
public struct VaultMaintenance: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// Deletes the temporary files (.tmp-*) of interrupted or failed writes:
    /// how many files and bytes, and the entries left because they are not
    /// files (to be named to the user).
    public func tidy() throws -> (files: Int, bytes: Int64, left: [String]) {
        let lock = try VaultLock(vault: vault.paths.root)
        return try TemporaryFiles.remove(in: vault.paths.root, holding: lock)
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
