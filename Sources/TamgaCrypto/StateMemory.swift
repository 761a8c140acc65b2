internal import CSodium

/// Heap memory for a libsodium state struct (hash, MAC or stream state).
///
/// States hold key material or partial input, so they are zeroed when made
/// and wiped with `sodium_memzero` when released. They are kept behind a raw
/// pointer rather than as Swift values because a Swift value may be copied
/// (and the copy never wiped), and because C types must not appear in the
/// public types' layout. Aligned to 64 bytes, which covers the strictest
/// libsodium state (`crypto_generichash_state` is `CRYPTO_ALIGN(64)`).
enum StateMemory {
    static let alignment = 64

    /// Zeroed, aligned memory for one `State`, already bound to it.
    static func allocate<State>(_ type: State.Type) -> UnsafeMutablePointer<State> {
        let size = MemoryLayout<State>.size
        let raw = UnsafeMutableRawPointer.allocate(
            byteCount: size, alignment: max(alignment, MemoryLayout<State>.alignment))
        sodium_memzero(raw, size)
        return raw.bindMemory(to: State.self, capacity: 1)
    }

    /// Zeroed, aligned raw memory for a state Swift imports only as an opaque
    /// pointer (over-aligned structs such as `crypto_generichash_state`).
    static func allocate(byteCount: Int) -> OpaquePointer {
        let raw = UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: alignment)
        sodium_memzero(raw, byteCount)
        return OpaquePointer(raw)
    }

    /// Wipes and frees memory from `allocate(byteCount:)`.
    static func release(_ pointer: OpaquePointer, byteCount: Int) {
        let raw = UnsafeMutableRawPointer(pointer)
        sodium_memzero(raw, byteCount)
        raw.deallocate()
    }

    /// Wipes and frees memory from `allocate`.
    static func release<State>(_ pointer: UnsafeMutablePointer<State>) {
        sodium_memzero(pointer, MemoryLayout<State>.size)
        UnsafeMutableRawPointer(pointer).deallocate()
    }
}
