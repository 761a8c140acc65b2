import Foundation
import TamgaCrypto

/// `tamga member invite`: a new person makes their own identity in their copy
/// of the vault. The secret keys never leave their machine; they hand the
/// administrator only the public-key line, and compare fingerprints by phone.
public enum MemberInvitation {
    /// With `outside`, the key file goes to this machine's key folder (`MemberKeyLocation`), not into the vault.
    public static func create(in paths: VaultPaths, name: String, passphrase: SecretBytes, strength: KeyStrength,
                              outside: Bool = false) throws -> MemberPublicKey {
        try MemberName.validate(name)
        let keyring = try KeyringStore.inForce(at: paths)
        // Names are sealed in the keyring, so a clash is caught by the administrator's `member add`.
        // A writer like any other (once the input is known good), so `check --tidy`
        // never removes its temporary file.
        let lock = try VaultLock(vault: paths.root)
        defer { withExtendedLifetime(lock) {} }
        let identity = try MemberIdentity.generate()
        let file = try MemberKeyFile.create(identity: identity, name: name, vault: keyring.vaultID,
                                            passphrase: passphrase, strength: strength)
        let folder = outside ? MemberKeyLocation.outside(vaultID: keyring.vaultID) : paths.members
        if outside { try DurableFile.makeDirectory(folder) }
        try DurableFile.write(try file.encoded(), to: folder, name: "\(identity.fingerprint).key")
        LocalMemory(vaultID: keyring.vaultID).rememberMembers([(name, identity.fingerprint)])
        return MemberPublicKey(encryptionKey: identity.encryption.publicKey, signingKey: identity.signing.publicKey)
    }
}
