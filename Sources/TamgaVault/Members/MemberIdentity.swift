import TamgaCrypto

/// A person's keys: X25519 to receive sealed level keys, Ed25519 to sign log
/// entries and keyrings. Two key pairs, not one, as libsodium advises.
/// The recovery identity has the same shape.
public struct MemberIdentity: Sendable {
    public let encryption: X25519KeyPair
    public let signing: SigningKeyPair

    /// Creates a new identity from fresh random keys.
    public static func generate() throws(CryptoError) -> MemberIdentity {
        MemberIdentity(encryption: try X25519KeyPair.generate(), signing: try SigningKeyPair.generate())
    }

    /// Rebuilds an identity from its 64 secret bytes: X25519 secret ‖ Ed25519 seed.
    public static func fromSecret(_ secret: SecretBytes) throws(CryptoError) -> MemberIdentity {
        guard secret.count == 64 else { throw .invalidLength }
        let encryption = try X25519KeyPair(secretKey: try secret.extracting(0..<32))
        let signing = try SigningKeyPair(seed: try secret.extracting(32..<64))
        return MemberIdentity(encryption: encryption, signing: signing)
    }

    /// The 64 secret bytes that `fromSecret` reads back.
    public func secret() throws(CryptoError) -> SecretBytes {
        let result = try SecretBytes(count: 64)
        encryption.secretKey.withUnsafeBytes { x in
            signing.seed.withUnsafeBytes { seed in
                result.withUnsafeMutableBytes { out in
                    out.baseAddress!.copyMemory(from: x.baseAddress!, byteCount: 32)
                    (out.baseAddress! + 32).copyMemory(from: seed.baseAddress!, byteCount: 32)
                }
            }
        }
        return result
    }

    /// The member's fingerprint (docs/VAULT-FORMAT.md, Identities).
    public var fingerprint: String {
        Fingerprint.of(encryptionKey: encryption.publicKey, signingKey: signing.publicKey)
    }
}

/// Fingerprints: a short, stable name for a pair of public keys that a person
/// can read out over the phone to check a key.
public enum Fingerprint {
    public static func of(encryptionKey: [UInt8], signingKey: [UInt8]) -> String {
        let input = Array("tamga/v1/member".utf8) + encryptionKey + signingKey
        // 16 is a valid BLAKE2b output length; this cannot throw.
        return Hex.encode((try? BLAKE2b.hash(input, outputByteCount: 16)) ?? [])
    }

    /// `abcd 1234 ...`: groups of four for reading aloud.
    public static func grouped(_ fingerprint: String) -> String {
        var groups: [Substring] = []
        var rest = Substring(fingerprint)
        while !rest.isEmpty {
            groups.append(rest.prefix(4))
            rest = rest.dropFirst(4)
        }
        return groups.joined(separator: " ")
    }
}
