internal import Foundation
internal import CSodium

/// Small pointer helpers shared by the wrappers. Everything here is internal:
/// no C type and no raw pointer helper leaks into the public API.

/// A readable byte that stands in for the base address of an empty buffer.
/// Some libsodium functions declare their inputs `nonnull` even when the
/// length is zero, and Swift gives an empty array a nil base address.
/// It is allocated once, never written, and never freed.
nonisolated(unsafe) private let emptyInputPlaceholder: UnsafeMutablePointer<UInt8> = {
    let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    pointer.initialize(to: 0)
    return pointer
}()

extension UnsafeRawBufferPointer {
    /// The bytes as `unsigned char *`, or nil for an empty buffer.
    var bytePointer: UnsafePointer<UInt8>? {
        baseAddress?.assumingMemoryBound(to: UInt8.self)
    }

    /// The bytes as `unsigned char *`, never nil (see `emptyInputPlaceholder`).
    var nonNullBytePointer: UnsafePointer<UInt8> {
        bytePointer ?? UnsafePointer(emptyInputPlaceholder)
    }

    /// The length as the `unsigned long long` libsodium takes.
    var length: UInt64 { UInt64(count) }
}

extension UnsafeMutableRawBufferPointer {
    /// The bytes as `unsigned char *`, never nil (see `emptyInputPlaceholder`).
    /// Only ever written when `count > 0`, so the shared placeholder is safe.
    var nonNullBytePointer: UnsafeMutablePointer<UInt8> {
        baseAddress?.assumingMemoryBound(to: UInt8.self) ?? emptyInputPlaceholder
    }
}

/// Builds a public `[UInt8]` of exactly `count` bytes, filled in place by
/// `body` (no zero-fill, no second copy).
@inline(__always)
func makeBytes(count: Int, _ body: (UnsafeMutableRawBufferPointer) -> Void) -> [UInt8] {
    [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
        body(UnsafeMutableRawBufferPointer(buffer))
        initialized = count
    }
}

extension ContiguousBytes {
    /// `withUnsafeBytes` for a body with typed throws: Foundation's version
    /// is `rethrows`, which widens every error to `any Error`.
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws(CryptoError) -> R) throws(CryptoError) -> R {
        let result: Result<R, CryptoError> = withUnsafeBytes { buffer in
            Result { () throws(CryptoError) in try body(buffer) }
        }
        return try result.get()
    }
}

/// Best-effort wipe of a working array that held secret bits. `sodium_memzero`
/// cannot be optimised away; copies Swift made earlier are out of reach.
func wipe(_ array: inout [UInt8]) {
    array.withUnsafeMutableBytes { if let base = $0.baseAddress { sodium_memzero(base, $0.count) } }
}
