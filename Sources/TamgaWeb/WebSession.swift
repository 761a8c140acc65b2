import Foundation
import TamgaCrypto
import TamgaVault

/// The one session a `tamga serve` process holds (issue 20).
///
/// The access token is printed once, on the terminal of the person who
/// started the server; exchanged once for a session cookie (HttpOnly,
/// SameSite=Strict), after which it is spent, so a token seen later in a
/// shell history opens nothing. Every form carries the session's CSRF token.
/// The unlocked vault lives only here and is dropped by `lock`, by the idle
/// timer, and when the process ends; nothing of it is written to disk.
public final class WebSession: @unchecked Sendable {
    private let lock = NSLock()
    let accessToken: String
    private var cookie: String?
    let csrfToken: String
    private var vault: UnlockedVault?
    private var lastActive = Date()
    private var downloads: [String: WebDownload] = [:]
    /// Long work started from a page (a rekey), with what it reported.
    let work = WebWork()

    init() {
        accessToken = Self.randomToken()
        csrfToken = Self.randomToken()
    }

    static func randomToken() -> String { Hex.encode(SecureRandom.bytes(count: 32)) }

    /// Exchanges the access token for the session cookie's value; nil when the token is wrong or already spent.
    func exchange(_ token: String) -> String? {
        lock.withLock {
            guard cookie == nil, VaultObjectCompare.equal(Array(token.utf8), Array(accessToken.utf8)) else { return nil }
            let value = Self.randomToken()
            cookie = value
            lastActive = Date()
            return value
        }
    }

    /// Whether `value` is this session's cookie (compared in constant time).
    func accepts(cookie value: String?) -> Bool {
        lock.withLock {
            guard let cookie, let value else { return false }
            return VaultObjectCompare.equal(Array(value.utf8), Array(cookie.utf8))
        }
    }

    func acceptsCSRF(_ value: String?) -> Bool {
        guard let value else { return false }
        return VaultObjectCompare.equal(Array(value.utf8), Array(csrfToken.utf8))
    }

    /// The unlocked vault, noting the activity; nil when locked.
    func unlocked() -> UnlockedVault? {
        lock.withLock {
            if vault != nil { lastActive = Date() }
            return vault
        }
    }

    /// The unlocked vault without noting activity: for a page that reloads
    /// itself (a rekey's progress), so an open tab does not keep the vault
    /// unlocked for the whole rekey (web red team 42, L2).
    func peek() -> UnlockedVault? { lock.withLock { vault } }

    /// Opens the session on `vault`: whatever an earlier unlock left (its
    /// downloads) is dropped, and the cookie changes; returns its new value.
    func unlock(_ vault: UnlockedVault) -> String {
        lock.withLock {
            self.vault = vault
            lastActive = Date()
            downloads = [:]
            return renewedCookie()
        }
    }

    /// The same member's vault opened again (after a member change made on
    /// the members page): the session, its cookie and downloads go on.
    func replace(_ vault: UnlockedVault) {
        lock.withLock {
            guard self.vault != nil else { return }
            self.vault = vault
            lastActive = Date()
        }
    }

    /// Drops the unlocked vault and every download kept for it, and changes
    /// the cookie (returned): Chromium keeps `no-store` pages in its
    /// back/forward cache only while the site's cookies stay the same, so Back
    /// after Lock asks the server again instead of showing the old page.
    @discardableResult
    func lockVault() -> String {
        work.stop()
        return lock.withLock {
            vault = nil
            downloads = [:]
            return renewedCookie()
        }
    }

    /// A new cookie value for the session (only once the token was exchanged); called with `lock` held.
    private func renewedCookie() -> String {
        guard cookie != nil else { return "" }
        let value = Self.randomToken()
        cookie = value
        return value
    }

    /// Locks when nothing was asked for `idle` seconds; returns whether it locked now.
    @discardableResult
    func lockIfIdle(_ idle: TimeInterval, now: Date = Date()) -> Bool {
        lock.withLock {
            guard vault != nil, now.timeIntervalSince(lastActive) >= idle else { return false }
            vault = nil
            downloads = [:]
            work.stop()
            return true
        }
    }

    func keep(_ download: WebDownload) -> String {
        let key = Self.randomToken()
        lock.withLock { downloads[key] = download }
        return key
    }

    func download(_ key: String) -> WebDownload? { lock.withLock { downloads[key] } }
}

/// A file made for the browser to fetch once the export is done: kept in
/// memory only, until the session locks.
struct WebDownload: Sendable {
    let fileName: String
    let contentType: String
    let bytes: [UInt8]
}

/// Constant-time comparison of secrets of the same length.
enum VaultObjectCompare {
    static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for (x, y) in zip(a, b) { difference |= x ^ y }
        return difference == 0
    }
}
