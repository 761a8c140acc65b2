internal import CSodium
public import Foundation

/// Secret bytes (keys, seeds, passphrases, plaintext) kept in `sodium_malloc`
/// memory: guard pages around it, locked out of swap where the system allows,
/// excluded from core dumps, and wiped with `sodium_memzero` when released.
/// Regions up to 17 pages are recycled through a small pool once wiped,
/// keeping their guard pages and their lock (`SecureMemory` explains the
/// trade-off), so a short-lived secret costs no system call.
///
/// A class rather than a value: a Swift `Array` may be copied behind your back
/// by copy-on-write, and those copies are never wiped. One owner, one buffer,
/// one wipe. Comparison is constant-time (`sodium_memcmp`), and the
/// description never shows the bytes, so a secret that reaches a log line or a
/// test failure prints `<redacted>`.
///
/// `@unchecked Sendable`: the buffer is written only through
/// `withUnsafeMutableBytes`, which the owner must not call while another task
/// reads the same instance. Each secret holds at least a few pages (its own,
/// plus guard pages), so use this for keys and documents, not for millions of
/// tiny values.
public final class SecretBytes: @unchecked Sendable {
    private let base: UnsafeMutableRawPointer
    private let region: SecureMemory.Region
    /// The number of secret bytes.
    public let count: Int

    /// TEST ONLY. Called from `deinit` after the bytes are zeroed and before the
    /// memory is returned, so a test can prove the wipe happened. Internal, so
    /// only `@testable` imports can reach it.
    var testOnlyWillRelease: ((UnsafeRawBufferPointer) -> Void)?

    /// `count` zero bytes in secure memory.
    public init(count: Int) throws(CryptoError) {
        Sodium.require()
        guard count >= 0 else { throw .invalidLength }
        // Zeroed, flush against the trailing guard page; an empty secret
        // still points at one readable byte.
        guard let region = SecureMemory.allocate(count: count) else { throw .outOfMemory }
        let pointer = region.base(for: count)
        pointer.bindMemory(to: UInt8.self, capacity: max(count, 1))
        self.region = region
        base = pointer
        self.count = count
    }

    /// A copy of `bytes` in secure memory. The source is left as it is: prefer
    /// `init(copyingAndWiping:)` when you own the source array.
    public convenience init(copying bytes: some ContiguousBytes) throws(CryptoError) {
        let length = bytes.withUnsafeBytes { $0.count }
        try self.init(count: length)
        bytes.withUnsafeBytes { source in
            if let from = source.baseAddress { base.copyMemory(from: from, byteCount: source.count) }
        }
    }

    /// Moves `source` into secure memory and zeroes the caller's array.
    /// Best effort: copies Swift made of the array earlier cannot be reached.
    public convenience init(copyingAndWiping source: inout [UInt8]) throws(CryptoError) {
        defer { wipe(&source) }
        try self.init(copying: source)
    }

    /// `count` bytes from libsodium's random generator, in secure memory.
    public static func random(count: Int) throws(CryptoError) -> SecretBytes {
        let secret = try SecretBytes(count: count)
        secret.withUnsafeMutableBytes { randombytes_buf($0.nonNullBytePointer, $0.count) }
        return secret
    }

    deinit {
        // The whole region, not only `count` bytes: a pooled region goes back
        // holding nothing but zeros.
        SecureMemory.wipe(region)
        testOnlyWillRelease?(UnsafeRawBufferPointer(start: base, count: count))
        SecureMemory.release(region)
    }

    /// Reads the secret. Do not let the pointer escape the closure.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// Writes the secret in place. Do not let the pointer escape the closure.
    public func withUnsafeMutableBytes<R>(_ body: (UnsafeMutableRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeMutableRawBufferPointer(start: base, count: count))
    }

    /// The buffer itself, for internal loops that reuse one secret buffer per
    /// chunk. Valid only while `self` is alive: callers keep the owner in a
    /// local `let` for the whole loop (or use `withExtendedLifetime`).
    var unsafeMutableBuffer: UnsafeMutableRawBufferPointer {
        UnsafeMutableRawBufferPointer(start: base, count: count)
    }

    /// Constant-time equality: the time taken depends only on the lengths,
    /// never on where the bytes differ. Lengths are not secret.
    public func isEqual(to other: SecretBytes) -> Bool {
        other.withUnsafeBytes { constantTimeEquals($0) }
    }

    /// Constant-time comparison with public or secret bytes (a MAC, a
    /// commitment, a fingerprint).
    public func constantTimeEquals(_ bytes: some ContiguousBytes) -> Bool {
        bytes.withUnsafeBytes { other in
            guard other.count == count else { return false }
            guard count > 0, let otherBase = other.baseAddress else { return true }
            return sodium_memcmp(base, otherBase, count) == 0
        }
    }

    /// A new secret holding the bytes in `range`.
    public func extracting(_ range: Range<Int>) throws(CryptoError) -> SecretBytes {
        guard range.lowerBound >= 0, range.upperBound <= count else { throw .invalidLength }
        let part = try SecretBytes(count: range.count)
        if range.count > 0 { part.base.copyMemory(from: base + range.lowerBound, byteCount: range.count) }
        return part
    }
}

extension SecretBytes: ContiguousBytes {}

extension SecretBytes: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Always `<redacted>`: a secret must never reach a log by accident.
    public var description: String { "<redacted>" }
    /// Always `<redacted>`, also in test failures and `debugPrint`.
    public var debugDescription: String { "<redacted>" }
    /// No children, so `dump(_:)` and debuggers show nothing of the buffer.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .class) }
}
