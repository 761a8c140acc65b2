internal import CSodium
public import Foundation

/// SHA-256 (`crypto_hash_sha256`). The vault names every object by the
/// SHA-256 of its *ciphertext*, so `sha256sum` can check a file against its
/// name; it is also the hash under HMAC-SHA-256 and HKDF-SHA-256.
public enum SHA256 {
    /// The digest length: 32 bytes.
    public static let byteCount = Int(crypto_hash_sha256_BYTES)

    /// The digest of `data` in one call.
    public static func hash(_ data: some ContiguousBytes) -> [UInt8] {
        Sodium.require()
        return data.withUnsafeBytes { input in
            makeBytes(count: byteCount) { out in
                _ = crypto_hash_sha256(out.nonNullBytePointer, input.bytePointer, input.length)
            }
        }
    }
}

/// Incremental SHA-256 for data that arrives in pieces (a file read chunk by
/// chunk). Noncopyable: one owner, and `finalize()` consumes it, so it cannot
/// be updated after the digest is taken. The state is wiped when released.
public struct SHA256Hasher: ~Copyable {
    private let state: UnsafeMutablePointer<crypto_hash_sha256_state>

    public init() {
        Sodium.require()
        state = StateMemory.allocate(crypto_hash_sha256_state.self)
        _ = crypto_hash_sha256_init(state)
    }

    deinit { StateMemory.release(state) }

    /// Adds `data` to the hash.
    public mutating func update(_ data: some ContiguousBytes) {
        data.withUnsafeBytes { update(bufferPointer: $0) }
    }

    /// Adds the bytes at `buffer` (no copy; for streaming).
    public mutating func update(bufferPointer buffer: UnsafeRawBufferPointer) {
        _ = crypto_hash_sha256_update(state, buffer.bytePointer, buffer.length)
    }

    /// The digest of everything added.
    public consuming func finalize() -> [UInt8] {
        makeBytes(count: SHA256.byteCount) { out in
            _ = crypto_hash_sha256_final(state, out.nonNullBytePointer)
        }
    }
}
