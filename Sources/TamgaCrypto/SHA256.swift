internal import CSodium
internal import CSHA256NI
public import Foundation

/// SHA-256. The vault names every object by the SHA-256 of its *ciphertext*,
/// so `sha256sum` can check a file against its name (HMAC-SHA-256 and
/// HKDF-SHA-256 use libsodium's own functions, not this type).
///
/// On x86_64 CPUs with the SHA extensions the hash runs in CSHA256NI (four to
/// seven times libsodium's portable `crypto_hash_sha256` on the reference
/// machine, whose SHA-256 was two thirds of `tamga attach`'s time; see
/// BENCHMARKS.md); elsewhere it is libsodium's. Both give the same digests;
/// the tests check one against the other.
public enum SHA256 {
    /// The digest length: 32 bytes.
    public static let byteCount = Int(crypto_hash_sha256_BYTES)

    /// The digest of `data` in one call.
    public static func hash(_ data: some ContiguousBytes) -> [UInt8] {
        hash(data, implementation: preferred)
    }

    /// Which code computes the digests in this process: "sha-ni" or
    /// "libsodium". For diagnostics and benchmarks.
    public static var implementationName: String { preferred.rawValue }

    /// The two ways to compute the same digest.
    enum Implementation: String, Sendable, CaseIterable {
        /// CSHA256NI: the x86 SHA extensions. Only when `accelerationAvailable`.
        case shaExtensions = "sha-ni"
        /// libsodium's portable `crypto_hash_sha256`.
        case libsodium
    }

    /// Whether this CPU has the SHA extensions (CPUID runs once: in a virtual
    /// machine it traps to the hypervisor).
    static let accelerationAvailable = tamga_sha256ni_available() != 0

    /// The SHA extensions when the CPU has them, unless the environment sets
    /// `TAMGA_SHA256=libsodium` (to measure or rule out the fast path).
    static let preferred: Implementation =
        accelerationAvailable && ProcessInfo.processInfo.environment["TAMGA_SHA256"] != "libsodium"
            ? .shaExtensions : .libsodium

    /// The digest of `data` with a chosen implementation (tests force each).
    static func hash(_ data: some ContiguousBytes, implementation: Implementation) -> [UInt8] {
        Sodium.require()
        return data.withUnsafeBytes { input in
            makeBytes(count: byteCount) { out in
                switch implementation {
                case .shaExtensions:
                    precondition(accelerationAvailable, "SHA-256: this CPU has no SHA extensions")
                    var state = tamga_sha256ni_state()
                    tamga_sha256ni_init(&state)
                    tamga_sha256ni_update(&state, input.bytePointer, input.count)
                    tamga_sha256ni_final(&state, out.nonNullBytePointer)
                case .libsodium:
                    _ = crypto_hash_sha256(out.nonNullBytePointer, input.bytePointer, input.length)
                }
            }
        }
    }
}

/// Incremental SHA-256 for data that arrives in pieces (a file read chunk by
/// chunk). Noncopyable: one owner, and `finalize()` consumes it, so it cannot
/// be updated after the digest is taken. The state is wiped when released.
public struct SHA256Hasher: ~Copyable {
    /// Either a `tamga_sha256ni_state` or a `crypto_hash_sha256_state`, as `implementation` says.
    private let state: UnsafeMutableRawPointer
    private let implementation: SHA256.Implementation

    /// Room for either state.
    private static let stateByteCount = max(MemoryLayout<tamga_sha256ni_state>.size,
                                            MemoryLayout<crypto_hash_sha256_state>.size)

    public init() { self.init(implementation: SHA256.preferred) }

    /// A hasher on a chosen implementation (tests force each).
    init(implementation: SHA256.Implementation) {
        Sodium.require()
        self.implementation = implementation
        state = UnsafeMutableRawPointer(StateMemory.allocate(byteCount: Self.stateByteCount))
        switch implementation {
        case .shaExtensions:
            precondition(SHA256.accelerationAvailable, "SHA-256: this CPU has no SHA extensions")
            tamga_sha256ni_init(state.bindMemory(to: tamga_sha256ni_state.self, capacity: 1))
        case .libsodium:
            _ = crypto_hash_sha256_init(state.bindMemory(to: crypto_hash_sha256_state.self, capacity: 1))
        }
    }

    deinit { StateMemory.release(OpaquePointer(state), byteCount: Self.stateByteCount) }

    /// Adds `data` to the hash.
    public mutating func update(_ data: some ContiguousBytes) {
        data.withUnsafeBytes { update(bufferPointer: $0) }
    }

    /// Adds the bytes at `buffer` (no copy; for streaming).
    public mutating func update(bufferPointer buffer: UnsafeRawBufferPointer) {
        switch implementation {
        case .shaExtensions:
            tamga_sha256ni_update(state.assumingMemoryBound(to: tamga_sha256ni_state.self), buffer.bytePointer, buffer.count)
        case .libsodium:
            _ = crypto_hash_sha256_update(state.assumingMemoryBound(to: crypto_hash_sha256_state.self),
                                          buffer.bytePointer, buffer.length)
        }
    }

    /// The digest of everything added.
    public consuming func finalize() -> [UInt8] {
        makeBytes(count: SHA256.byteCount) { out in
            switch implementation {
            case .shaExtensions:
                tamga_sha256ni_final(state.assumingMemoryBound(to: tamga_sha256ni_state.self), out.nonNullBytePointer)
            case .libsodium:
                _ = crypto_hash_sha256_final(state.assumingMemoryBound(to: crypto_hash_sha256_state.self),
                                             out.nonNullBytePointer)
            }
        }
    }
}
