internal import CSodium
public import Foundation

/// scrypt (`crypto_pwhash_scryptsalsa208sha256_ll`) with explicit N, r, p,
/// for age's passphrase-encrypted files (age uses r = 8, p = 1 and stores
/// log₂N). New tamga keys use `Argon2id`; this exists to read and write age.
public enum Scrypt {
    /// The ceiling on 128·r·N bytes of memory, 4 GiB, so a hostile file
    /// cannot make a reader allocate without bound.
    public static let maximumMemoryBytes: UInt64 = 4 << 30

    /// Derives `byteCount` bytes from `passphrase` and `salt`.
    /// - Parameters:
    ///   - n: the cost, a power of two greater than 1.
    /// - Throws: `.invalidLength` for a bad N, r, p or length; `.outOfMemory`
    ///   above the ceiling.
    public static func deriveKey(
        from passphrase: some ContiguousBytes, salt: some ContiguousBytes,
        n: UInt64, r: UInt32, p: UInt32, byteCount: Int = 32
    ) throws(CryptoError) -> SecretBytes {
        Sodium.require()
        guard n > 1, n & (n - 1) == 0, r > 0, p > 0, byteCount > 0 else { throw .invalidLength }
        let (perBlock, overflow1) = UInt64(r).multipliedReportingOverflow(by: 128)
        let (memory, overflow2) = perBlock.multipliedReportingOverflow(by: n)
        guard !overflow1, !overflow2, memory <= maximumMemoryBytes else { throw .outOfMemory }
        let key = try SecretBytes(count: byteCount)
        let status = passphrase.withUnsafeBytes { password in
            salt.withUnsafeBytes { saltBytes in
                crypto_pwhash_scryptsalsa208sha256_ll(
                    password.nonNullBytePointer, password.count, saltBytes.nonNullBytePointer, saltBytes.count,
                    n, r, p, key.unsafeMutableBuffer.nonNullBytePointer, byteCount)
            }
        }
        guard status == 0 else { throw .operationFailed }
        return key
    }
}
