import Foundation
import TamgaCore
import TamgaCrypto

/// `tamga recover`: k recovery shares rebuild the recovery identity, which
/// holds a sealed copy of every key; it signs a keyring that adds a new
/// administrator and seals everything to them. For when every administrator's
/// passphrase is lost.
public enum VaultRecovery {
    public static func recover(
        _ paths: VaultPaths, shares: [String], newAdministrator name: String,
        passphrase: SecretBytes, strength: KeyStrength
    ) throws -> String {
        try MemberName.validate(name)
        let keyring = try KeyringStore.inForce(at: paths)
        try KeyringStore(paths: paths).chainReport().requireWritable()
        let master = try RecoveryShares.combine(shares, vaultID: keyring.vaultID)
        let recovery = try RecoveryKey.identity(from: master)
        guard Hex.encode(recovery.encryption.publicKey) == keyring.body.recovery.encryptionKey,
              Hex.encode(recovery.signing.publicKey) == keyring.body.recovery.signingKey else {
            let rebuilt = Hex.encode(recovery.encryption.publicKey)
            // The last keyring that still named the rebuilt key: the next one replaced it.
            if let replaced = try KeyringStore(paths: paths).verifiedChain().last(where: { $0.body.recovery.encryptionKey == rebuilt }) {
                throw VaultError.replacedShares(sequence: replaced.body.sequence + 1)
            }
            throw VaultError.invalidShare("the shares rebuild a key that is not this vault's recovery key")
        }
        // Open everything as the recovery holder: it is cleared like an internal administrator.
        let recoveryRecord = MemberRecord(name: "recovery", fingerprint: SealedKeyFolder.recoveryHolder,
                                          encryptionKey: keyring.body.recovery.encryptionKey,
                                          signingKey: keyring.body.recovery.signingKey,
                                          clearance: .internal, administrator: true, active: true)
        let asRecovery = try UnlockedVault.open(paths: paths, keyring: keyring, member: recoveryRecord,
                                                identity: recovery, holder: SealedKeyFolder.recoveryHolder)
        // The names open with the recovery identity's internal keys.
        guard asRecovery.keyring.body.activeMember(named: name) == nil else { throw VaultError.memberExists(name: name) }
        let identity = try MemberIdentity.generate()
        let record = MemberRecord(name: name, fingerprint: identity.fingerprint,
                                  encryptionKey: Hex.encode(identity.encryption.publicKey),
                                  signingKey: Hex.encode(identity.signing.publicKey),
                                  clearance: .internal, administrator: true, active: true)
        let keyFile = try MemberKeyFile.create(identity: identity, name: name, vault: keyring.vaultID,
                                               passphrase: passphrase, strength: strength)
        try DurableFile.write(try keyFile.encoded(), to: paths.members, name: "\(identity.fingerprint).key")
        let administration = MemberAdministration(unchecked: asRecovery)
        try administration.sealKeys(to: identity.encryption.publicKey, holder: identity.fingerprint, clearance: .internal)
        var next = asRecovery.keyring.body
        next.issued = Timestamp.now()
        // What the log held when access was rebuilt (EntryAuthorization reads it for removals).
        next.logHeads = try VaultIndex.load(asRecovery).heads
        next.members.append(record)
        let newKeyring = try KeyringStore(paths: paths).append(next, after: asRecovery.keyring, signedBy: recovery.signing,
                                                               signerName: SealedKeyFolder.recoveryHolder)
        let newAdmin = try UnlockedVault.open(paths: paths, keyring: newKeyring, member: record, identity: identity)
        try newAdmin.log(LogAction(action: "recover", member: name, clearance: Clearance.internal.rawValue,
                                   note: "access rebuilt from \(shares.count) recovery shares"))
        return identity.fingerprint
    }
}

extension MemberAdministration {
    /// For recovery, whose pseudo-member is not in the keyring's member list.
    init(unchecked vault: UnlockedVault) { self.vault = vault }
}
