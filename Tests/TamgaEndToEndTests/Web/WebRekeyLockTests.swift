import Foundation
import Testing
import TamgaTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A rekey started in the browser and the session's lock (web red team 42,
/// L2): the progress page's own reload is not the member's use, so the idle
/// lock still fires while the page is open; and locking stops the rekey
/// before its next level, which the unlock page says while it finishes the
/// level it is on, and the rekey page says once unlocked again.
@Suite(.serialized) struct WebRekeyLockTests {
    /// The vault's lock file, held as another writer would: the rekey started meanwhile waits for it.
    static func holdLock(_ v: CLIVault) throws -> Int32 {
        let lock = open(v.vault + "/lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        try #require(lock >= 0 && flock(lock, LOCK_EX) == 0)
        return lock
    }

    @Test func theProgressPageReloadingDoesNotKeepTheVaultUnlocked() throws {
        let attack = try DataKeyAttackVault()
        let v = attack.v
        #expect(try v.run(["member", "remove", "Liaison", "--member", "Admin"]).status == 0)
        // Idle after 3 s; the sweep looks every 0.75 s.
        let server = try WebServer(v, arguments: ["--idle-minutes", "0.05"])
        let (admin, csrf) = try server.unlockedClient(member: "Admin")
        let lock = try Self.holdLock(v)
        defer { close(lock) }
        #expect(try admin.request("/members/rekey", form: [("csrf", csrf), ("confirm", "yes")]).status == 303)
        // The page reloads (every 3 s in a browser; here faster) for twice the idle time.
        let until = Date().addingTimeInterval(7)
        var last = try admin.request("/members/rekey")
        while Date() < until {
            Thread.sleep(forTimeInterval: 0.5)
            last = try admin.request("/members/rekey")
        }
        #expect(last.status == 303 && last.headers.contains("/unlock"), "still unlocked: \(last.status)")
        let page = try admin.request("/documents")
        #expect(page.status == 303 && page.headers.contains("/unlock"), "\(page.status)")
    }

    @Test func lockStopsTheRekeyBeforeItsNextLevelAndTheUnlockPageSaysSo() throws {
        let attack = try DataKeyAttackVault()
        let v = attack.v
        #expect(try v.run(["member", "remove", "Liaison", "--member", "Admin"]).status == 0)
        let before = WebDestructionTests.stored(v)
        let server = try WebServer(v)
        let (admin, csrf) = try server.unlockedClient(member: "Admin")
        let lock = try Self.holdLock(v)
        var held = true
        defer { if held { close(lock) } }
        #expect(try admin.request("/members/rekey", form: [("csrf", csrf), ("confirm", "yes")]).status == 303)
        #expect(try admin.request("/lock", form: [("csrf", csrf)]).status == 303)
        let unlock = try admin.request("/unlock")
        #expect(unlock.status == 200 && unlock.body.contains("id=\"rekey-after-lock\"") && unlock.body.contains("started by Admin")
                && unlock.body.contains("Admin&#39;s keys"), "\(unlock.body.suffix(900))")
        // The writer lets go: the rekey, asked to stop, begins no level.
        close(lock)
        held = false
        #expect(try admin.request("/unlock", form: [("csrf", csrf), ("passphrase", v.passphrase), ("member", "Admin")]).status == 303)
        let stopped = try WebRekeyTests.finished(admin)
        #expect(stopped.body.contains("Stopped at") && stopped.body.contains("because the vault was locked"), "\(stopped.body.suffix(900))")
        #expect(WebDestructionTests.stored(v) == before, "a level was re-encrypted after Lock")
        #expect(!(try v.run(["log", "--member", "Admin"]).standardOutput.contains("rekey")))
    }
}
