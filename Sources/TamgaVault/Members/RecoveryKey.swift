import TamgaCrypto

/// The recovery identity, derived from one 32-byte master secret that is
/// split into Shamir shares at `init` and never stored whole. Every level key
/// epoch is sealed to it and it may sign a keyring, so k shares rebuild access
/// when every administrator's passphrase is lost.
public enum RecoveryKey {
    /// Derives the recovery identity from its master secret.
    public static func identity(from master: SecretBytes) throws -> MemberIdentity {
        let encryptionSecret = try KeyDerivation.subkey(id: 1, context: "tmgrecov", from: master)
        let signingSeed = try KeyDerivation.subkey(id: 2, context: "tmgrecov", from: master)
        return MemberIdentity(
            encryption: try X25519KeyPair(secretKey: encryptionSecret),
            signing: try SigningKeyPair(seed: signingSeed))
    }
}
