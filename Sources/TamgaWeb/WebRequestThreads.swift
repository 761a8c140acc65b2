import Foundation

/// Runs a request's use case on a thread of its own, not on Swift's
/// cooperative pool that serves every request (web red team 42, W1).
///
/// The use cases block: a write or a logged read waits up to 30 s for the
/// vault's write lock (`VaultLock`), held for minutes by a rekey or an
/// erasure, another terminal's `tamga add`, or a sync. Run inline, each
/// waiting request pinned one of the pool's threads (one per core), so two
/// clicks on a document during a rekey stopped every page, Lock included.
/// Here a waiting request pins only its own thread, and Lock, the unlock
/// page and pages that do not wait answer at once.
///
/// Bounded: past `limit` requests at work at once (a stuck browser tab
/// reloading, a script), the next one waits, asleep on its task (no thread
/// held), for one of them to end, rather than starting another thread.
final class WebRequestThreads: @unchecked Sendable {
    static let shared = WebRequestThreads(limit: 32)

    private let lock = NSLock()
    private var running = 0
    let limit: Int

    init(limit: Int) { self.limit = limit }

    /// `work`'s result, computed on a new thread (8 MiB of stack, as a main thread's: rendering recurses).
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        while !admit() { try await Task.sleep(nanoseconds: 20_000_000) }
        // A thread does not inherit the task's locals: the response's CSP nonce goes along by hand, or the
        // page's scripts and styles would carry another one and the browser would block them.
        let nonce = WebNonce.current
        return try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { [self] in
                let result = Result { try WebNonce.$current.withValue(nonce) { try work() } }
                lock.withLock { running -= 1 }
                continuation.resume(with: result)
            }
            thread.name = "tamga-web-request"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Takes a place among the `limit` at work; false when none is free.
    private func admit() -> Bool {
        lock.withLock {
            guard running < limit else { return false }
            running += 1
            return true
        }
    }
}
