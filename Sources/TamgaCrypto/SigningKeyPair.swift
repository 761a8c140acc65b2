internal import CSodium
public import Foundation

/// An Ed25519 signing key pair (members, the NPM root key, exports).
///
/// The 32-byte seed is the whole secret: store it (as `SecretBytes`, under a
/// passphrase or in shares) and rebuild the pair with `init(seed:)`.
/// Signatures are plain detached Ed25519 (`crypto_sign_detached`), never the
/// incompatible Ed25519ph of `crypto_sign_init/update/final`.
public struct SigningKeyPair: Sendable {
    /// 32-byte seeds.
    public static let seedByteCount = Int(crypto_sign_SEEDBYTES)

    /// The 32-byte public key.
    public let publicKey: [UInt8]
    /// The 32-byte seed the key pair is derived from.
    public let seed: SecretBytes
    /// libsodium's 64-byte secret key (seed ‖ public key).
    private let expandedSecretKey: SecretBytes

    /// A fresh random key pair.
    public static func generate() throws(CryptoError) -> SigningKeyPair {
        try SigningKeyPair(seed: SecretBytes.random(count: seedByteCount))
    }

    /// The key pair derived from `seed` (32 bytes).
    public init(seed: SecretBytes) throws(CryptoError) {
        Sodium.require()
        guard seed.count == Self.seedByteCount else { throw .invalidKey }
        let expanded = try SecretBytes(count: Int(crypto_sign_SECRETKEYBYTES))
        var status: Int32 = 0
        publicKey = makeBytes(count: Int(crypto_sign_PUBLICKEYBYTES)) { out in
            status = seed.withUnsafeBytes { seedBytes in
                crypto_sign_seed_keypair(
                    out.nonNullBytePointer, expanded.unsafeMutableBuffer.nonNullBytePointer,
                    seedBytes.nonNullBytePointer)
            }
        }
        guard status == 0 else { throw .operationFailed }
        self.seed = seed
        expandedSecretKey = expanded
    }

    /// The 64-byte detached Ed25519 signature of `message`.
    public func signature(for message: some ContiguousBytes) -> [UInt8] {
        message.withUnsafeBytes { input in
            expandedSecretKey.withUnsafeBytes { secretKey in
                makeBytes(count: Ed25519.signatureByteCount) { out in
                    _ = crypto_sign_detached(
                        out.nonNullBytePointer, nil, input.bytePointer, input.length, secretKey.nonNullBytePointer)
                }
            }
        }
    }
}

/// Ed25519 verification (RFC 8032, with libsodium's checks: canonical S,
/// no small-order keys or R).
public enum Ed25519 {
    /// 64-byte signatures.
    public static let signatureByteCount = Int(crypto_sign_BYTES)
    /// 32-byte public keys.
    public static let publicKeyByteCount = Int(crypto_sign_PUBLICKEYBYTES)

    /// True when `signature` is a valid detached signature of `message` under
    /// `publicKey`; false for any wrong length or failed check.
    public static func isValidSignature(
        _ signature: some ContiguousBytes, for message: some ContiguousBytes, publicKey: some ContiguousBytes
    ) -> Bool {
        Sodium.require()
        return signature.withUnsafeBytes { sig in
            publicKey.withUnsafeBytes { key in
                message.withUnsafeBytes { input in
                    guard sig.count == signatureByteCount, key.count == publicKeyByteCount else { return false }
                    return crypto_sign_verify_detached(
                        sig.nonNullBytePointer, input.bytePointer, input.length, key.nonNullBytePointer) == 0
                }
            }
        }
    }
}
