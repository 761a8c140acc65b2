internal import CSodium
public import Foundation

/// HMAC-SHA-256 (`crypto_auth_hmacsha256_*`), with a key of any length, as
/// RFC 2104 allows: `crypto_auth_hmacsha256_init` hashes keys longer than 64
/// bytes and pads shorter ones. (The fixed-key `crypto_auth_hmacsha256` would
/// force 32-byte keys.) age's header MAC and HKDF-SHA-256 are built on it.
public enum HMACSHA256 {
    /// The tag length: 32 bytes.
    public static let byteCount = Int(crypto_auth_hmacsha256_BYTES)

    /// The tag of `message` under `key`.
    public static func authenticationCode(
        for message: some ContiguousBytes, using key: some ContiguousBytes
    ) -> [UInt8] {
        var hasher = HMACSHA256Hasher(key: key)
        hasher.update(message)
        return hasher.finalize()
    }

    /// True when `code` is the full 32-byte tag of `message` under `key`,
    /// compared in constant time.
    public static func isValidAuthenticationCode(
        _ code: some ContiguousBytes, for message: some ContiguousBytes, using key: some ContiguousBytes
    ) -> Bool {
        let expected = authenticationCode(for: message, using: key)
        return code.withUnsafeBytes { given in
            guard given.count == byteCount, let givenBase = given.baseAddress else { return false }
            return expected.withUnsafeBytes { sodium_memcmp(givenBase, $0.baseAddress!, byteCount) == 0 }
        }
    }
}

/// Incremental HMAC-SHA-256. Noncopyable; `finalize()` consumes it. The
/// state (derived from the key) is wiped when released.
public struct HMACSHA256Hasher: ~Copyable {
    private let state: UnsafeMutablePointer<crypto_auth_hmacsha256_state>

    /// Starts a MAC under `key` (any length, including empty).
    public init(key: some ContiguousBytes) {
        Sodium.require()
        state = StateMemory.allocate(crypto_auth_hmacsha256_state.self)
        key.withUnsafeBytes { keyBytes in
            _ = crypto_auth_hmacsha256_init(state, keyBytes.nonNullBytePointer, keyBytes.count)
        }
    }

    deinit { StateMemory.release(state) }

    /// Adds `data` to the message.
    public mutating func update(_ data: some ContiguousBytes) {
        data.withUnsafeBytes { update(bufferPointer: $0) }
    }

    /// Adds the bytes at `buffer` (no copy).
    public mutating func update(bufferPointer buffer: UnsafeRawBufferPointer) {
        _ = crypto_auth_hmacsha256_update(state, buffer.bytePointer, buffer.length)
    }

    /// The 32-byte tag.
    public consuming func finalize() -> [UInt8] {
        let state = self.state
        return makeBytes(count: HMACSHA256.byteCount) { out in
            _ = crypto_auth_hmacsha256_final(state, out.nonNullBytePointer)
        }
    }

    /// Writes the 32-byte tag into `output` (which must hold 32 bytes);
    /// used where the tag is itself secret (HKDF), to keep it out of arrays.
    consuming func finalize(into output: UnsafeMutableRawBufferPointer) {
        precondition(output.count >= HMACSHA256.byteCount)
        _ = crypto_auth_hmacsha256_final(state, output.nonNullBytePointer)
    }
}
