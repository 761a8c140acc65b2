internal import CSodium
public import Foundation

/// BLAKE2b (`crypto_generichash`), keyed or unkeyed, with 16 to 64 bytes of
/// output. The vault uses the keyed form for key commitments and header MACs,
/// the unkeyed form for fingerprints and minisign's prehash (BLAKE2b-512).
public enum BLAKE2b {
    /// Allowed output lengths: 16...64 bytes.
    public static let outputByteCounts = Int(crypto_generichash_BYTES_MIN)...Int(crypto_generichash_BYTES_MAX)
    /// Allowed key lengths: 16...64 bytes.
    public static let keyByteCounts = Int(crypto_generichash_KEYBYTES_MIN)...Int(crypto_generichash_KEYBYTES_MAX)

    /// The unkeyed hash of `data`, `outputByteCount` bytes long (32 by default).
    public static func hash(
        _ data: some ContiguousBytes, outputByteCount: Int = 32
    ) throws(CryptoError) -> [UInt8] {
        guard outputByteCounts.contains(outputByteCount) else { throw .invalidLength }
        return hash(data, outputByteCount: outputByteCount, keyBytes: UnsafeRawBufferPointer(start: nil, count: 0))
    }

    /// The keyed hash (a MAC) of `data` under `key` (16...64 bytes).
    public static func hash(
        _ data: some ContiguousBytes, outputByteCount: Int = 32, key: SecretBytes
    ) throws(CryptoError) -> [UInt8] {
        guard keyByteCounts.contains(key.count) else { throw .invalidKey }
        guard outputByteCounts.contains(outputByteCount) else { throw .invalidLength }
        return key.withUnsafeBytes { keyBytes in
            hash(data, outputByteCount: outputByteCount, keyBytes: keyBytes)
        }
    }

    /// Lengths already checked by the callers.
    private static func hash(
        _ data: some ContiguousBytes, outputByteCount: Int, keyBytes: UnsafeRawBufferPointer
    ) -> [UInt8] {
        Sodium.require()
        return data.withUnsafeBytes { input in
            makeBytes(count: outputByteCount) { out in
                _ = crypto_generichash(
                    out.nonNullBytePointer, out.count, input.bytePointer, input.length,
                    keyBytes.bytePointer, keyBytes.count)
            }
        }
    }
}

/// Incremental BLAKE2b, keyed or unkeyed. Noncopyable; `finalize()` consumes
/// it. The state (which holds the key when keyed) is wiped when released.
public struct BLAKE2bHasher: ~Copyable {
    /// Swift imports the 64-byte-aligned state only as an opaque pointer.
    private let state: OpaquePointer
    private static let stateByteCount = crypto_generichash_statebytes()
    private let outputByteCount: Int

    /// Starts an unkeyed hash with `outputByteCount` (16...64) bytes of output.
    public init(outputByteCount: Int = 32) throws(CryptoError) {
        guard BLAKE2b.outputByteCounts.contains(outputByteCount) else { throw .invalidLength }
        self.init(checkedOutputByteCount: outputByteCount, keyBytes: UnsafeRawBufferPointer(start: nil, count: 0))
    }

    /// Starts a keyed hash under `key` (16...64 bytes).
    public init(outputByteCount: Int = 32, key: SecretBytes) throws(CryptoError) {
        guard BLAKE2b.keyByteCounts.contains(key.count) else { throw .invalidKey }
        guard BLAKE2b.outputByteCounts.contains(outputByteCount) else { throw .invalidLength }
        let state = StateMemory.allocate(byteCount: Self.stateByteCount)
        _ = key.withUnsafeBytes { keyBytes in
            crypto_generichash_init(state, keyBytes.bytePointer, keyBytes.count, outputByteCount)
        }
        self.state = state
        self.outputByteCount = outputByteCount
    }

    private init(checkedOutputByteCount outputByteCount: Int, keyBytes: UnsafeRawBufferPointer) {
        Sodium.require()
        state = StateMemory.allocate(byteCount: Self.stateByteCount)
        self.outputByteCount = outputByteCount
        _ = crypto_generichash_init(state, keyBytes.bytePointer, keyBytes.count, outputByteCount)
    }

    deinit { StateMemory.release(state, byteCount: Self.stateByteCount) }

    /// Adds `data` to the hash.
    public mutating func update(_ data: some ContiguousBytes) {
        data.withUnsafeBytes { update(bufferPointer: $0) }
    }

    /// Adds the bytes at `buffer` (no copy).
    public mutating func update(bufferPointer buffer: UnsafeRawBufferPointer) {
        _ = crypto_generichash_update(state, buffer.bytePointer, buffer.length)
    }

    /// The hash of everything added.
    public consuming func finalize() -> [UInt8] {
        let state = self.state
        return makeBytes(count: outputByteCount) { out in
            _ = crypto_generichash_final(state, out.nonNullBytePointer, out.count)
        }
    }
}
