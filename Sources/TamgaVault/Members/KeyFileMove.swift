import Foundation
import TamgaCore

/// Moving one's key file out of the vault into one's own folder on this
/// machine, the one way `tamga key move-out` does it (issue 20, one use case
/// per action): under the vault's lock, the key file must be in the vault,
/// and is then moved (`MemberKeyLocation.moveOut`).
public struct KeyFileMove: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// Moves this member's key file out; returns where it is now.
    public func moveOut() throws -> URL {
        let lock = try VaultLock(vault: vault.paths.root)
        defer { withExtendedLifetime(lock) {} }
        guard FileManager.default.fileExists(atPath: vault.paths.memberKey(fingerprint: vault.member.fingerprint).path) else {
            throw VaultError.invalidArgument("your key file is not in the vault; nothing to move")
        }
        return try MemberKeyLocation.moveOut(vault.member.fingerprint, paths: vault.paths, vaultID: vault.vaultID)
    }
}
