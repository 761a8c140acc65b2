import Foundation
import Testing
import TamgaTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// While the vault's write lock is held (a rekey or an erasure started from
/// the browser, a CLI writer, a sync), requests that wait for it must not
/// stop the server (web red team 42, W1: as many waiting previews as cores
/// froze every page for 30 s, Lock included): Lock and pages that do not wait
/// answer at once, and the waiting requests answer once the lock is free.
@Suite(.serialized) struct WebLockWaitTests {
    @Test func requestsWaitingForTheLockDoNotFreezeLockOrOtherPages() throws {
        let v = try WebApprovalTests.vault()
        let server = try WebServer(v)
        let (admin, csrf) = try server.unlockedClient(member: "Admin")
        #expect(try admin.request("/documents/INT-2014-044").status == 200)
        // The page's scripts carry the nonce of the response's policy, made on the request's task (the use case runs elsewhere).
        for path in ["/documents/new", "/documents/INT-2014-044"] {
            let page = try admin.request(path)
            let policy = try #require(page.headers.range(of: #"'nonce-[A-Za-z0-9+/=_-]+'"#, options: .regularExpression).map { page.headers[$0] })
            let nonce = policy.dropFirst("'nonce-".count).dropLast()
            #expect(!nonce.isEmpty && page.body.contains("<script nonce=\"\(nonce)\""), "\(path): \(policy)")
        }

        // Another writer holds the vault's lock (as `tamga add` in another terminal, or the rekey's own thread).
        let lock = open(v.vault + "/lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        try #require(lock >= 0 && flock(lock, LOCK_EX) == 0)
        var held = true
        defer { if held { close(lock) } }

        // Twice as many previews as this machine has cores: each logs a read, so each waits for the lock.
        let waiting = 2 * max(2, ProcessInfo.processInfo.activeProcessorCount)
        let group = DispatchGroup()
        let statuses = Statuses()
        for _ in 0..<waiting {
            DispatchQueue.global().async(group: group) {
                let reply = try? admin.request("/documents/INT-2014-044")
                statuses.append(reply?.status ?? 0)
            }
        }
        Thread.sleep(forTimeInterval: 1.5)
        var started = Date()
        let members = try admin.request("/members")
        #expect(members.status == 200 && Date().timeIntervalSince(started) < 1, "a page that does not wait took \(Date().timeIntervalSince(started)) s")
        started = Date()
        let locked = try admin.request("/lock", form: [("csrf", csrf)])
        #expect(locked.status == 303 && Date().timeIntervalSince(started) < 1, "Lock took \(Date().timeIntervalSince(started)) s")
        started = Date()
        #expect(try admin.request("/unlock").status == 200 && Date().timeIntervalSince(started) < 1)

        close(lock)
        held = false
        #expect(group.wait(timeout: .now() + 60) == .success)
        #expect(statuses.values.count == waiting, "\(statuses.values)")
    }
}

/// Replies gathered from several threads.
final class Statuses: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [Int] = []
    func append(_ status: Int) { lock.withLock { list.append(status) } }
    var values: [Int] { lock.withLock { list } }
}
