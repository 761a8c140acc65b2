internal import CSodium
public import Foundation

/// An X25519 key pair: the encryption identity of a member, a level key of
/// one epoch, or the recovery key. The public key is 32 public bytes; the
/// secret key lives in `SecretBytes`.
///
/// Keep signing keys separate (`SigningKeyPair`): libsodium advises against
/// using one key pair for both.
public struct X25519KeyPair: Sendable {
    /// 32-byte public and secret keys.
    public static let keyByteCount = Int(crypto_scalarmult_curve25519_BYTES)

    /// The public key (a Montgomery u-coordinate).
    public let publicKey: [UInt8]
    /// The secret scalar, for storage under a passphrase or in shares.
    public let secretKey: SecretBytes

    /// A fresh random key pair.
    public static func generate() throws(CryptoError) -> X25519KeyPair {
        try X25519KeyPair(secretKey: SecretBytes.random(count: keyByteCount))
    }

    /// The key pair whose secret is `secretKey` (32 bytes); the public key is
    /// recomputed, so a stored secret needs nothing else.
    public init(secretKey: SecretBytes) throws(CryptoError) {
        Sodium.require()
        guard secretKey.count == Self.keyByteCount else { throw .invalidKey }
        var status: Int32 = 0
        publicKey = makeBytes(count: Self.keyByteCount) { out in
            status = secretKey.withUnsafeBytes { scalar in
                crypto_scalarmult_curve25519_base(out.nonNullBytePointer, scalar.nonNullBytePointer)
            }
        }
        guard status == 0 else { throw .invalidKey }
        self.secretKey = secretKey
    }

    /// The raw X25519 shared secret with `peerPublicKey` (what age hashes
    /// into its wrap key).
    /// - Throws: `.invalidKey` for a public key of the wrong length, or one
    ///   of low order whose shared secret would be all zeros (age requires
    ///   aborting then; libsodium refuses it).
    public func sharedSecret(with peerPublicKey: some ContiguousBytes) throws(CryptoError) -> SecretBytes {
        try X25519.sharedSecret(secretKey: secretKey, publicKey: peerPublicKey)
    }
}

/// The raw X25519 function (RFC 7748), for callers that hold the scalar and
/// point separately (test vectors, age's ephemeral shares).
public enum X25519 {
    /// `crypto_scalarmult_curve25519(secretKey, publicKey)`, refusing an
    /// all-zero result with `.invalidKey`.
    public static func sharedSecret(
        secretKey: SecretBytes, publicKey: some ContiguousBytes
    ) throws(CryptoError) -> SecretBytes {
        Sodium.require()
        guard secretKey.count == X25519KeyPair.keyByteCount else { throw .invalidKey }
        let shared = try SecretBytes(count: X25519KeyPair.keyByteCount)
        let status = publicKey.withUnsafeBytes { point in
            guard point.count == X25519KeyPair.keyByteCount else { return Int32(-2) }
            return secretKey.withUnsafeBytes { scalar in
                crypto_scalarmult_curve25519(
                    shared.unsafeMutableBuffer.nonNullBytePointer, scalar.nonNullBytePointer, point.nonNullBytePointer)
            }
        }
        guard status == 0 else { throw .invalidKey }
        return shared
    }
}
