import Foundation
import Testing
import TamgaTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Re-keying in the browser (issue 20): after a member is removed, the
/// members page offers what the command line says to run next (`tamga rekey
/// --all`), through the same use case (`VaultRekey`): a confirmation that
/// names what will be re-encrypted and writes nothing, then the work on its
/// own thread, its page showing each level as the use case reports it and
/// what it did when done. Only an administrator holding a level may start it.
@Suite(.serialized) struct WebRekeyTests {
    /// Waits (at most 3 minutes) for the rekey page to say it is done; returns that page.
    static func finished(_ client: WebServer.Client) throws -> WebServer.Client.Reply {
        let deadline = Date().addingTimeInterval(180)
        var page = try client.request("/members/rekey")
        while !page.body.contains("id=\"rekey-finished\""), Date() < deadline {
            #expect(page.status == 200 && page.body.contains("<meta http-equiv=\"refresh\" content=\"3\">"), "\(page.status) \(page.body.suffix(600))")
            Thread.sleep(forTimeInterval: 0.5)
            page = try client.request("/members/rekey")
        }
        return page
    }

    @Test func afterARemovalAnAdministratorReencryptsAndSeesWhatWasDone() throws {
        let attack = try DataKeyAttackVault()
        let v = attack.v
        let server = try WebServer(v)
        let (admin, csrf) = try server.unlockedClient(member: "Admin")
        #expect(try admin.request("/members").body.contains("id=\"rekey-form\""))
        let removed = try admin.request("/members/remove", form: [("csrf", csrf), ("name", "Liaison"), ("confirm", "yes")])
        #expect(removed.status == 200 && removed.body.contains("on the members page"), "\(removed.status) \(removed.body.suffix(600))")
        let before = WebDestructionTests.stored(v)

        // The confirmation: each level the rekey takes, its newest epoch, and what is stored under an older one.
        let confirm = try admin.request("/members/rekey", form: [("csrf", csrf)])
        #expect(confirm.status == 200 && confirm.body.contains("id=\"confirm-form\""), "\(confirm.status) \(confirm.body.suffix(600))")
        let stateLine = try #require(confirm.body.split(separator: "\n").first { $0.contains("<li>state (newest key: epoch 2)") }, "\(confirm.body)")
        #expect(!stateLine.contains(": 0 document part(s)"), "\(stateLine)")
        #expect(confirm.body.contains("<li>internal (newest key: epoch 1): 0 document part(s) and 0 attachment(s)"), "\(confirm.body.suffix(900))")
        #expect(WebDestructionTests.stored(v) == before, "the confirmation page wrote")

        let started = try admin.request("/members/rekey", form: [("csrf", csrf), ("confirm", "yes")])
        #expect(started.status == 303 && started.headers.contains("/members/rekey"), "\(started.status) \(started.body.suffix(400))")
        let done = try Self.finished(admin)
        #expect(done.body.contains("id=\"rekey-finished\"") && done.body.contains("Done at") && !done.body.contains("role=\"alert\""),
                "\(done.body.suffix(900))")
        #expect(!done.body.contains("http-equiv=\"refresh\""), "the page goes on reloading after the work is done")
        #expect(done.body.contains("Started by Admin") && done.body.contains("<li>internal: 0 part(s)"), "\(done.body.suffix(900))")
        #expect(!done.body.contains("<li>state: 0 part(s)"), "\(done.body.suffix(900))")
        // As the command line would have: nothing is left under an older key, the log has the entries, the vault checks.
        let again = try v.run(["rekey", "--all", "--member", "Admin"])
        #expect(again.status == 0 && again.standardOutput.contains("re-encrypted 0 state part(s)")
                && again.standardOutput.contains("re-encrypted 0 public part(s)"), "\(again.standardOutput)\(again.standardError)")
        #expect(try v.run(["log", "--member", "Admin"]).standardOutput.contains("rekey"))
        #expect(try v.run(["check", "--member", "Admin"]).status == 0)
        #expect(try admin.request("/members").body.contains("href=\"/members/rekey\""), "the last rekey is linked")
    }

    @Test func onlyAnAdministratorStartsItAndAFormWithoutTheTokenStartsNothing() throws {
        let attack = try DataKeyAttackVault()
        let v = attack.v
        try attack.addMember("Clerk", clearance: "internal")
        let removed = try v.run(["member", "remove", "Liaison", "--member", "Admin"])
        #expect(removed.status == 0, "\(removed.standardError)")
        let before = WebDestructionTests.stored(v)
        let server = try WebServer(v)
        let (client, csrf) = try server.unlockedClient(member: "Clerk")
        for member in ["Clerk", "Field"] {
            if member != "Clerk" {
                #expect(try client.request("/lock", form: [("csrf", csrf)]).status == 303)
                #expect(try client.request("/unlock", form: [("csrf", csrf), ("passphrase", v.passphrase), ("member", member)]).status == 303)
            }
            #expect(!(try client.request("/members").body.contains("rekey-form")), "\(member)")
            for form in [[("csrf", csrf)], [("csrf", csrf), ("confirm", "yes")]] {
                let reply = try client.request("/members/rekey", form: form)
                #expect(reply.status == 403 && reply.body.contains("administrator"), "\(member): \(reply.status) \(reply.body.suffix(400))")
            }
            #expect(try client.request("/members/rekey").status == 403, "\(member)")
        }
        #expect(try client.request("/lock", form: [("csrf", csrf)]).status == 303)
        #expect(try client.request("/unlock", form: [("csrf", csrf), ("passphrase", v.passphrase), ("member", "Admin")]).status == 303)
        #expect(try client.request("/members/rekey", form: [("confirm", "yes")]).status == 403)
        #expect(try client.request("/members/rekey", form: [("csrf", String(repeating: "f", count: 64)), ("confirm", "yes")]).status == 403)
        // Nothing started: the status page has nothing to show and sends the member back.
        #expect(try client.request("/members/rekey").status == 303)
        #expect(WebDestructionTests.stored(v) == before)
        #expect(!(try v.run(["log", "--member", "Admin"]).standardOutput.contains("rekey")))
    }

    /// While another command holds the vault's write lock, the rekey waits: its page says it is running, names the
    /// level it is on and no level done, and reloads itself; a second start is refused. Held past the lock's 30 s,
    /// the rekey stops with the use case's reason on its page and nothing written; started again, it finishes.
    @Test func whileItWaitsThePageSaysSoAndARefusalWritesNothing() throws {
        let attack = try DataKeyAttackVault()
        let v = attack.v
        #expect(try v.run(["member", "remove", "Liaison", "--member", "Admin"]).status == 0)
        let before = WebDestructionTests.stored(v)
        let server = try WebServer(v)
        let (admin, csrf) = try server.unlockedClient(member: "Admin")

        // Another writer (as `tamga add` in another terminal would): the vault's lock file, held.
        let lock = open(v.vault + "/lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        try #require(lock >= 0 && flock(lock, LOCK_EX) == 0)
        var held = true
        defer { if held { close(lock) } }
        let started = Date()
        #expect(try admin.request("/members/rekey", form: [("csrf", csrf), ("confirm", "yes")]).status == 303)
        let running = try admin.request("/members/rekey")
        #expect(running.status == 200 && running.body.contains("<meta http-equiv=\"refresh\" content=\"3\">")
                && running.body.contains("Now re-encrypting: internal.") && !running.body.contains("re-encrypted.</li>")
                && !running.body.contains("rekey-finished"), "\(running.body.suffix(900))")
        let second = try admin.request("/members/rekey", form: [("csrf", csrf), ("confirm", "yes")])
        #expect(second.status == 422 && second.body.contains("still running"), "\(second.status) \(WebWritingTests.alert(second))")

        // Past the lock's wait: stopped, with the reason; nothing written.
        let stopped = try Self.finished(admin)
        #expect(Date().timeIntervalSince(started) >= 29, "it did not wait for the lock")
        #expect(stopped.body.contains("Stopped at") && stopped.body.contains("role=\"alert\"")
                && stopped.body.contains("another tamga command is writing"), "\(stopped.body.suffix(900))")
        close(lock)
        held = false
        #expect(WebDestructionTests.stored(v) == before)
        #expect(!(try v.run(["log", "--member", "Admin"]).standardOutput.contains("rekey")))

        // Started again with the lock free: done.
        #expect(try admin.request("/members/rekey", form: [("csrf", csrf), ("confirm", "yes")]).status == 303)
        let done = try Self.finished(admin)
        #expect(done.body.contains("Done at") && !done.body.contains("role=\"alert\""), "\(done.body.suffix(900))")
        #expect(try v.run(["rekey", "--all", "--member", "Admin"]).standardOutput.contains("re-encrypted 0 state part(s)"))
    }
}
