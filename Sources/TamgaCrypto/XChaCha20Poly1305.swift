public import Foundation

/// XChaCha20-Poly1305 (IETF), libsodium's `crypto_aead_xchacha20poly1305_ietf`:
/// the AEAD for small sealed blobs (a wrapped key, a log entry).
///
/// Its 24-byte nonce is long enough to pick at random for every message,
/// which is what `seal(_:using:authenticating:)` does, so callers never
/// manage nonces. Bind the context (object type, id, level, epoch) into the
/// associated data: borg's CVEs came from ciphertexts that could be moved.
/// Not key-committing: where two keys could open one ciphertext, add a
/// commitment (see the vault's object header).
public enum XChaCha20Poly1305 {
    /// 32-byte keys.
    public static let keyByteCount = AEADCore.xChaCha20Poly1305.keyByteCount
    /// 24-byte nonces.
    public static let nonceByteCount = AEADCore.xChaCha20Poly1305.nonceByteCount
    /// 16-byte tags.
    public static let tagByteCount = AEADCore.xChaCha20Poly1305.tagByteCount

    /// Encrypts and authenticates `plaintext` and authenticates
    /// `associatedData`, under a fresh random nonce.
    /// - Returns: nonce (24 B) ‖ ciphertext ‖ tag (16 B).
    public static func seal(
        _ plaintext: some ContiguousBytes, using key: SecretBytes,
        authenticating associatedData: some ContiguousBytes = [UInt8]()
    ) throws(CryptoError) -> [UInt8] {
        let nonce = SecureRandom.bytes(count: nonceByteCount)
        return try nonce.withBytes { nonceBytes throws(CryptoError) in
            try seal(plaintext, using: key, nonce: nonceBytes, authenticating: associatedData, prefix: nonceBytes)
        }
    }

    /// Encrypts under a caller-chosen nonce, for known-answer tests and
    /// deterministic formats. Never use a nonce twice with one key.
    /// - Returns: ciphertext ‖ tag (16 B), without the nonce.
    public static func seal(
        _ plaintext: some ContiguousBytes, using key: SecretBytes, nonce: some ContiguousBytes,
        authenticating associatedData: some ContiguousBytes = [UInt8]()
    ) throws(CryptoError) -> [UInt8] {
        try nonce.withBytes { nonceBytes throws(CryptoError) in
            try seal(plaintext, using: key, nonce: nonceBytes, authenticating: associatedData,
                     prefix: UnsafeRawBufferPointer(start: nil, count: 0))
        }
    }

    /// Opens nonce ‖ ciphertext ‖ tag from `seal(_:using:authenticating:)`.
    /// - Returns: the plaintext, in secure memory.
    /// - Throws: `.authenticationFailed` for any wrong key, associated data,
    ///   nonce, tag or ciphertext byte, and for input too short to hold them.
    public static func open(
        _ sealed: some ContiguousBytes, using key: SecretBytes,
        authenticating associatedData: some ContiguousBytes = [UInt8]()
    ) throws(CryptoError) -> SecretBytes {
        try sealed.withBytes { bytes throws(CryptoError) in
            guard bytes.count >= nonceByteCount + tagByteCount else { throw .authenticationFailed }
            return try associatedData.withBytes { adBytes throws(CryptoError) in
                try AEADCore.xChaCha20Poly1305.open(
                    UnsafeRawBufferPointer(rebasing: bytes[nonceByteCount...]),
                    nonce: UnsafeRawBufferPointer(rebasing: bytes[..<nonceByteCount]),
                    key: key, associatedData: adBytes)
            }
        }
    }

    /// Opens ciphertext ‖ tag sealed under a caller-chosen `nonce`.
    public static func open(
        _ ciphertextAndTag: some ContiguousBytes, using key: SecretBytes, nonce: some ContiguousBytes,
        authenticating associatedData: some ContiguousBytes = [UInt8]()
    ) throws(CryptoError) -> SecretBytes {
        try ciphertextAndTag.withBytes { bytes throws(CryptoError) in
            try nonce.withBytes { nonceBytes throws(CryptoError) in
                try associatedData.withBytes { adBytes throws(CryptoError) in
                    try AEADCore.xChaCha20Poly1305.open(bytes, nonce: nonceBytes, key: key, associatedData: adBytes)
                }
            }
        }
    }

    private static func seal(
        _ plaintext: some ContiguousBytes, using key: SecretBytes, nonce: UnsafeRawBufferPointer,
        authenticating associatedData: some ContiguousBytes, prefix: UnsafeRawBufferPointer
    ) throws(CryptoError) -> [UInt8] {
        try plaintext.withBytes { input throws(CryptoError) in
            try associatedData.withBytes { adBytes throws(CryptoError) in
                try AEADCore.xChaCha20Poly1305.seal(
                    input, nonce: nonce, key: key, associatedData: adBytes, prefix: prefix)
            }
        }
    }
}
