import Foundation
import TamgaCore

extension UnlockedVault {
    /// The vault as it stands now, opened again with the identity this
    /// process already holds (no passphrase asked). A command exits after
    /// one change; a long-lived front end (`tamga serve`) must not go on
    /// with the keyring and keys it opened before a member change: after a
    /// removal it would seal new parts to the epoch the removed member
    /// holds, and a second change would be written after a keyring that is
    /// no longer the newest. The keyring is verified as unlocking verifies
    /// it; a member no longer active in it is refused.
    public func reopened() throws -> UnlockedVault {
        let (report, memory, olderThanSeen) = try Self.verifiedKeyring(paths, acceptingOlderKeyring: acceptedOlderKeyring)
        let keyring = report.chain.last!
        guard keyring.vaultID == vaultID else {
            throw VaultError.keyringRejected(problem: "the keyring chain now belongs to another vault")
        }
        guard var record = keyring.body.members.first(where: { $0.fingerprint == member.fingerprint && $0.active }) else {
            throw VaultError.notCleared(member: member.name, needed: "membership (this member was removed from the keyring)")
        }
        record.name = member.name
        var unlocked = try Self.open(paths: paths, keyring: keyring, member: record, identity: identity)
        unlocked.acceptedOlderKeyring = acceptedOlderKeyring && olderThanSeen
        unlocked.keyringFork = report.unresolvedFork ?? KeyringForkMarker.pending(root: paths.root)
        memory.rememberKeyring(sequence: report.chain.count, hash: keyring.fileHash)
        return unlocked
    }

    /// This vault if its keyring is still the newest, else the vault opened
    /// again with the same member key (no passphrase): for a process that
    /// waited (an editor open for an hour) while a member change happened
    /// elsewhere. A member removed meanwhile is refused (web red team 40, F2).
    public func current() throws -> UnlockedVault {
        if let bind = try? keyringToBind(nil), bind.fileHash == keyring.fileHash { return self }
        return try reopened()
    }
}
