public import Foundation

/// ChaCha20-Poly1305 (IETF, RFC 8439), libsodium's
/// `crypto_aead_chacha20poly1305_ietf`, with an explicit 12-byte nonce.
///
/// Only for formats that fix their own nonces, above all age, which derives
/// a fresh key per file and counts chunks in the nonce. A 12-byte nonce is
/// too short to pick at random: anything new should use `XChaCha20Poly1305`.
/// The buffer-pointer forms let a chunked format seal into one reused
/// buffer, with no array per chunk.
public enum ChaCha20Poly1305 {
    /// 32-byte keys.
    public static let keyByteCount = AEADCore.chaCha20Poly1305.keyByteCount
    /// 12-byte nonces.
    public static let nonceByteCount = AEADCore.chaCha20Poly1305.nonceByteCount
    /// 16-byte tags.
    public static let tagByteCount = AEADCore.chaCha20Poly1305.tagByteCount

    /// Encrypts under `nonce`, which must never repeat under `key`.
    /// - Returns: ciphertext ‖ tag (16 B).
    public static func seal(
        _ plaintext: some ContiguousBytes, using key: SecretBytes, nonce: some ContiguousBytes,
        authenticating associatedData: some ContiguousBytes = [UInt8]()
    ) throws(CryptoError) -> [UInt8] {
        try plaintext.withBytes { input throws(CryptoError) in
            try nonce.withBytes { nonceBytes throws(CryptoError) in
                try associatedData.withBytes { adBytes throws(CryptoError) in
                    try AEADCore.chaCha20Poly1305.seal(
                        input, nonce: nonceBytes, key: key, associatedData: adBytes,
                        prefix: UnsafeRawBufferPointer(start: nil, count: 0))
                }
            }
        }
    }

    /// Opens ciphertext ‖ tag; the plaintext comes back in secure memory.
    /// - Throws: `.authenticationFailed` when anything does not verify.
    public static func open(
        _ ciphertextAndTag: some ContiguousBytes, using key: SecretBytes, nonce: some ContiguousBytes,
        authenticating associatedData: some ContiguousBytes = [UInt8]()
    ) throws(CryptoError) -> SecretBytes {
        try ciphertextAndTag.withBytes { bytes throws(CryptoError) in
            try nonce.withBytes { nonceBytes throws(CryptoError) in
                try associatedData.withBytes { adBytes throws(CryptoError) in
                    try AEADCore.chaCha20Poly1305.open(bytes, nonce: nonceBytes, key: key, associatedData: adBytes)
                }
            }
        }
    }

    /// Seals `plaintext` into `output`, which needs plaintext.count + 16
    /// bytes; returns the bytes written. For chunked formats (age's STREAM).
    public static func seal(
        bufferPointer plaintext: UnsafeRawBufferPointer, using key: SecretBytes,
        nonce: UnsafeRawBufferPointer, authenticating associatedData: UnsafeRawBufferPointer,
        into output: UnsafeMutableRawBufferPointer
    ) throws(CryptoError) -> Int {
        try AEADCore.chaCha20Poly1305.seal(
            plaintext, nonce: nonce, key: key, associatedData: associatedData, into: output)
    }

    /// Opens ciphertext ‖ tag at `ciphertext` into `output` (at least
    /// ciphertext.count − 16 bytes); returns the bytes written. Writes
    /// nothing unless the tag verifies.
    public static func open(
        bufferPointer ciphertext: UnsafeRawBufferPointer, using key: SecretBytes,
        nonce: UnsafeRawBufferPointer, authenticating associatedData: UnsafeRawBufferPointer,
        into output: UnsafeMutableRawBufferPointer
    ) throws(CryptoError) -> Int {
        try AEADCore.chaCha20Poly1305.open(
            ciphertext, nonce: nonce, key: key, associatedData: associatedData, into: output)
    }
}
