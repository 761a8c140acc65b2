import Foundation
import TamgaCore
import TamgaCrypto

/// Recovering access with the recovery shares, and replacing those shares,
/// the one way `tamga recover` and `tamga recovery reshare` do it (issue 20,
/// one use case per action): each under the vault's write lock, through
/// `VaultRecovery` (a new administrator from enough shares) and
/// `RecoveryRotation` (a new recovery key, so that shares seen together
/// rebuild nothing any more).
public struct AccessRecovery: Sendable {
    public let paths: VaultPaths

    public init(paths: VaultPaths) { self.paths = paths }

    /// Makes `name` an administrator cleared internal from `shares`; returns their fingerprint.
    public func recover(shares: [String], newAdministrator name: String, passphrase: SecretBytes,
                        strength: KeyStrength) throws -> String {
        let lock = try VaultLock(vault: paths.root)
        defer { withExtendedLifetime(lock) {} }
        return try VaultRecovery.recover(paths, shares: shares, newAdministrator: name, passphrase: passphrase, strength: strength)
    }

    /// Replaces the recovery key and its shares, as the unlocked `vault`'s member.
    public func reshare(_ vault: UnlockedVault, threshold: Int, shareCount: Int) throws -> RecoveryRotation.Result {
        let lock = try VaultLock(vault: paths.root)
        defer { withExtendedLifetime(lock) {} }
        return try RecoveryRotation(vault: vault).reshare(threshold: threshold, shareCount: shareCount)
    }
}
