internal import CSodium
internal import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The memory behind every `SecretBytes`: `sodium_malloc` buffers, recycled
/// by size class so that a short-lived secret (a decrypted part, a sub-key)
/// does not pay an mmap, three mprotects, an mlock and the matching unmap —
/// about 40 µs of system calls and page faults — for a few microseconds of
/// cryptography.
///
/// What recycling keeps, for every buffer, pooled or not:
/// - **guard pages**: each pooled buffer is a `sodium_malloc` region of whole
///   pages, and a secret is placed flush against its trailing guard page,
///   exactly where `sodium_malloc` would place it, so reading or writing one
///   byte past the end still faults;
/// - **locked and out of core dumps**: the region stays `sodium_mlock`ed
///   (mlock + MADV_DONTDUMP) while it sits in the pool;
/// - **wiping**: the whole region is zeroed with `sodium_memzero` when its
///   secret is released, before it goes back to the pool, so a free buffer
///   holds only zeros and a new secret starts zeroed.
///
/// What it gives up: a free buffer is not unmapped at once, so a dangling
/// pointer (a bug that `SecretBytes`' closure-scoped API is there to prevent)
/// would reach zeros or a later secret instead of faulting; and
/// `sodium_free`'s canary check runs only when a buffer finally leaves the
/// pool. The pool is small and bounded (`maximumCachedPages` in all, at most
/// `maximumCachedPerClass` buffers of a class); anything larger than
/// `largestPooledPages`, or beyond the bounds, is freed as before.
enum SecureMemory {
    /// One region: where `sodium_malloc` put it, how many bytes it holds, and
    /// its size class in pages (0: not pooled, freed on release).
    struct Region {
        let pointer: UnsafeMutableRawPointer
        let capacity: Int
        let pages: Int

        /// Where a secret of `count` bytes starts: flush against the trailing
        /// guard page. An empty secret still gets one readable byte.
        func base(for count: Int) -> UnsafeMutableRawPointer {
            pointer + (capacity - max(count, 1))
        }
    }

    /// libsodium puts a 16-byte canary in front of every `sodium_malloc`
    /// buffer, inside the unprotected pages. Asking for whole pages minus
    /// the canary makes the region end exactly at the guard page. (Were the
    /// canary larger, the region would take one page more: wasteful, never
    /// unsafe, because `sodium_malloc` always ends the buffer at its guard.)
    static let canaryByteCount = 16
    static let pageSize: Int = {
        let size = sysconf(Int32(_SC_PAGESIZE))
        return size > 0 ? Int(size) : 4096
    }()
    /// 17 pages: a 64 KiB stream chunk plus the canary, on 4 KiB pages.
    static let largestPooledPages = 17
    /// At most 1 MiB (on 4 KiB pages) of free regions stays mapped and locked.
    static let maximumCachedPages = 256
    static let maximumCachedPerClass = 16

    /// The size class for `count` bytes: the pages that hold them and the canary.
    static func pages(for count: Int) -> Int {
        (max(count, 1) + canaryByteCount + pageSize - 1) / pageSize
    }

    /// A zeroed region for `count` secret bytes, or nil when out of memory.
    static func allocate(count: Int) -> Region? {
        Sodium.require()  // sodium_malloc aborts before sodium_init has read the page size
        let pages = pages(for: count)
        guard pages <= largestPooledPages else {
            let allocated = max(count, 1)
            guard let pointer = sodium_malloc(allocated) else { return nil }
            sodium_memzero(pointer, allocated)
            return Region(pointer: pointer, capacity: allocated, pages: 0)
        }
        let capacity = pages * pageSize - canaryByteCount
        if let pointer = pool.take(pages: pages) {
            return Region(pointer: pointer, capacity: capacity, pages: pages)  // zeroed when it was released
        }
        guard let pointer = sodium_malloc(capacity) else { return nil }
        sodium_memzero(pointer, capacity)
        return Region(pointer: pointer, capacity: capacity, pages: pages)
    }

    /// Wipes all of `region` (not only the secret's bytes).
    static func wipe(_ region: Region) {
        sodium_memzero(region.pointer, region.capacity)
    }

    /// Returns a region already wiped with `wipe(_:)` to the pool, or frees it.
    static func release(_ region: Region) {
        if region.pages > 0, pool.keep(region.pointer, pages: region.pages) { return }
        sodium_free(region.pointer)
    }

    /// Free regions by class. Thread-safe: a secret may be released on any thread.
    final class Pool: @unchecked Sendable {
        private let lock = NSLock()
        private var free: [[UnsafeMutableRawPointer]]
        private var cachedPages = 0

        init() {
            free = Array(repeating: [], count: SecureMemory.largestPooledPages + 1)
        }

        func take(pages: Int) -> UnsafeMutableRawPointer? {
            lock.lock()
            defer { lock.unlock() }
            guard let pointer = free[pages].popLast() else { return nil }
            cachedPages -= pages
            return pointer
        }

        func keep(_ pointer: UnsafeMutableRawPointer, pages: Int) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            guard free[pages].count < SecureMemory.maximumCachedPerClass,
                  cachedPages + pages <= SecureMemory.maximumCachedPages else { return false }
            free[pages].append(pointer)
            cachedPages += pages
            return true
        }

        /// TEST ONLY: how many free regions of `pages` the pool holds.
        func testOnlyFreeCount(pages: Int) -> Int {
            lock.lock()
            defer { lock.unlock() }
            return free[pages].count
        }
    }

    static let pool = Pool()
}
