internal import CSodium
public import Foundation

/// HKDF-SHA-256 (RFC 5869), built on HMAC-SHA-256 because libsodium 1.0.18
/// has no HKDF (it arrived in 1.0.19). age derives its header, payload and
/// wrap keys with it. Every intermediate block is secret, so the pseudorandom
/// key and the output live in `SecretBytes` and the working block is wiped.
public enum HKDFSHA256 {
    /// RFC 5869's limit: 255 blocks of 32 bytes.
    public static let maximumOutputByteCount = 255 * HMACSHA256.byteCount

    /// Extract then expand: `outputByteCount` bytes of key material.
    /// An empty salt means 32 zero bytes, as the RFC says.
    public static func deriveKey(
        inputKeyMaterial: some ContiguousBytes, salt: some ContiguousBytes,
        info: some ContiguousBytes, outputByteCount: Int
    ) throws(CryptoError) -> SecretBytes {
        guard (0...maximumOutputByteCount).contains(outputByteCount) else { throw .invalidLength }
        let pseudoRandomKey = try extract(salt: salt, inputKeyMaterial: inputKeyMaterial)
        return try expand(pseudoRandomKey: pseudoRandomKey, info: info, outputByteCount: outputByteCount)
    }

    /// HKDF-Extract: PRK = HMAC(salt, IKM).
    public static func extract(
        salt: some ContiguousBytes, inputKeyMaterial: some ContiguousBytes
    ) throws(CryptoError) -> SecretBytes {
        let pseudoRandomKey = try SecretBytes(count: HMACSHA256.byteCount)
        pseudoRandomKey.withUnsafeMutableBytes { out in
            var hasher = HMACSHA256Hasher(key: salt)
            hasher.update(inputKeyMaterial)
            hasher.finalize(into: out)
        }
        return pseudoRandomKey
    }

    /// HKDF-Expand: T(i) = HMAC(PRK, T(i-1) ‖ info ‖ i), concatenated and cut
    /// to `outputByteCount` (at most 255 × 32).
    public static func expand(
        pseudoRandomKey: some ContiguousBytes, info: some ContiguousBytes, outputByteCount: Int
    ) throws(CryptoError) -> SecretBytes {
        guard (0...maximumOutputByteCount).contains(outputByteCount) else { throw .invalidLength }
        let output = try SecretBytes(count: outputByteCount)
        let blockSize = HMACSHA256.byteCount
        let block = try SecretBytes(count: blockSize)   // T(i), wiped on release
        output.withUnsafeMutableBytes { out in
            block.withUnsafeMutableBytes { previous in
                var written = 0
                var counter: UInt8 = 1
                while written < outputByteCount {
                    var hasher = HMACSHA256Hasher(key: pseudoRandomKey)
                    if counter > 1 { hasher.update(bufferPointer: UnsafeRawBufferPointer(previous)) }
                    hasher.update(info)
                    withUnsafeBytes(of: counter) { hasher.update(bufferPointer: $0) }
                    hasher.finalize(into: previous)
                    let take = min(blockSize, outputByteCount - written)
                    (out.baseAddress! + written).copyMemory(from: previous.baseAddress!, byteCount: take)
                    written += take
                    counter &+= 1
                }
            }
        }
        return output
    }
}
