import Foundation
import Testing
import TamgaTestSupport

/// `tamga serve` (issue 20) through the built binary, with curl as the
/// browser: the session's defences, then the workflow (unlock, list, the
/// three versions, export, download, verify with stock minisign, lock).
@Suite(.serialized) struct WebServeTests {
    @Test func everyRequestWithoutTheSessionOrFromAnotherHostIsRefused() throws {
        let server = try WebServer(try ExportTests.vaultWithExamples())
        let stranger = server.client("stranger")
        // No cookie: only the token page answers.
        #expect(try stranger.request("/").status == 200)
        for path in ["/documents", "/documents/INT-2014-044", "/unlock"] {
            #expect(try stranger.request(path).status == 403, "\(path)")
        }
        // DNS rebinding: a page on another name that resolves to 127.0.0.1.
        #expect(try stranger.request("/", host: "evil.example").status == 403)
        // A wrong token, then the right one, then the right one again (spent).
        #expect(try stranger.request("/session", form: [("token", String(repeating: "0", count: 64))]).status == 403)
        let (client, _) = try server.unlockedClient()
        #expect(try server.client("late").request("/session", form: [("token", server.token)]).status == 403, "the token works twice")
        // The session's own cookie, from another Host: refused too.
        #expect(try client.request("/documents", host: "evil.example:80").status == 403)
        // Forms without the CSRF token, or with another, are refused (403) and change nothing.
        #expect(try client.request("/lock", form: []).status == 403)
        #expect(try client.request("/documents/INT-2014-044/export", form: [("audience", "public"), ("format", "md")]).status == 403)
        #expect(try client.request("/lock", form: [("csrf", String(repeating: "a", count: 64))]).status == 403)
        #expect(try client.request("/documents").status == 200, "a refused form locked the vault")
        // Every page: strict CSP with a nonce, no-store, HttpOnly SameSite=Strict cookie.
        let page = try client.request("/documents")
        #expect(page.headers.contains("Content-Security-Policy: default-src 'none'; script-src 'nonce-"))
        #expect(page.headers.contains("Cache-Control: no-store"))
    }

    @Test func theSessionCookieIsHttpOnlyAndStrict() throws {
        let server = try WebServer(try ExportTests.vaultWithExamples())
        let client = server.client()
        let reply = try client.request("/session", form: [("token", server.token)])
        let cookie = try #require(reply.headers.split(separator: "\r\n").first { $0.lowercased().hasPrefix("set-cookie:") })
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "\(cookie)")
        #expect(!reply.headers.contains(server.token))
    }

    @Test func aMonitorUnlocksReadsExportsForTheStateAndTheDownloadVerifies() throws {
        let vault = try ExportTests.vaultWithExamples()
        let server = try WebServer(vault)
        let client = server.client()
        #expect(try client.request("/session", form: [("token", server.token)]).status == 303)
        let unlockPage = try client.request("/unlock")
        let csrf = try #require(client.csrf(from: unlockPage.body))
        // A wrong passphrase: the page says so, nothing is unlocked.
        let wrong = try client.request("/unlock", form: [("csrf", csrf), ("passphrase", "not the passphrase")])
        #expect(wrong.status == 401 && wrong.body.contains("wrong passphrase"), "\(wrong.status)")
        #expect(try client.request("/documents").status == 303)
        _ = try client.request("/unlock", form: [("csrf", csrf), ("passphrase", vault.passphrase)])

        let list = try client.request("/documents")
        #expect(list.status == 200 && list.body.contains("INT-2014-044") && list.body.contains("VR-2014-021"))
        // The document page: the three versions side by side, with the export form.
        let document = try client.request("/documents/INT-2014-044")
        #expect(document.status == 200)
        for column in ["<h2>NPM internal</h2>", "<h2>State authorities</h2>", "<h2>Public</h2>"] { #expect(document.body.contains(column), "\(column)") }
        #expect(document.body.contains("action=\"/documents/INT-2014-044/export\""))
        // Export for the State; both files download; stock minisign verifies them.
        let exported = try client.request("/documents/INT-2014-044/export", form: [("csrf", csrf), ("audience", "state"), ("format", "md")])
        #expect(exported.status == 200, "\(exported.body)")
        let links = exported.body.matches(of: /href="\/downloads\/([0-9a-f]{64})" download="([^"]+)"/).map { (String($0.output.1), String($0.output.2)) }
        #expect(links.map(\.1).sorted() == ["INT-2014-044.state.md", "INT-2014-044.state.md.minisig"], "\(links)")
        for (key, name) in links {
            let file = try client.request("/downloads/\(key)")
            #expect(file.status == 200 && file.headers.contains("attachment; filename=\"\(name)\""))
            try file.bodyBytes.write(to: URL(fileURLWithPath: vault.folder.path(name)))
        }
        let text = try String(contentsOfFile: vault.folder.path("INT-2014-044.state.md"), encoding: .utf8)
        for form in ExportTests.sadykovForms { #expect(!text.contains(form), "the State export names \(form)") }
        #expect(try vault.run(["key", "public", "-o", vault.folder.path("npm.pub")]).status == 0)
        let minisign = Process()
        minisign.executableURL = URL(fileURLWithPath: "/usr/bin/minisign")
        minisign.arguments = ["-Vm", vault.folder.path("INT-2014-044.state.md"), "-p", vault.folder.path("npm.pub")]
        minisign.standardOutput = FileHandle.nullDevice
        try minisign.run()
        minisign.waitUntilExit()
        #expect(minisign.terminationStatus == 0, "stock minisign does not verify the download")
        // The export is in the disclosure ledger, as from the command line.
        #expect(try vault.run(["log"]).standardOutput.contains("export"))
        // A refused export shows the refusal, not a file.
        let refused = try client.request("/documents/INT-2014-044/export", form: [("csrf", csrf), ("audience", "secret"), ("format", "md")])
        #expect(refused.status == 422 && !refused.body.contains("/downloads/"))
        // Lock: the pages ask to unlock again, and the downloads are gone.
        #expect(try client.request("/lock", form: [("csrf", csrf)]).status == 303)
        #expect(try client.request("/documents").status == 303)
        #expect(try client.request("/downloads/\(links[0].0)").status == 404)
    }

    @Test func anIdleSessionLocksItself() throws {
        let server = try WebServer(try ExportTests.vaultWithExamples(), arguments: ["--idle-minutes", "0.02"])
        let (client, _) = try server.unlockedClient()
        #expect(try client.request("/documents").status == 200)
        Thread.sleep(forTimeInterval: 3)
        let after = try client.request("/documents")
        #expect(after.status == 303 && after.headers.contains("/unlock"), "still unlocked after the idle time")
    }

    @Test func theInterfaceSpeaksRussianWhenTheBrowserAsks() throws {
        let server = try WebServer(try ExportTests.vaultWithExamples())
        let folder = server.vault.folder
        let out = folder.path("ru.html")
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        curl.arguments = ["-s", "-H", "Accept-Language: ru-RU,ru;q=0.9,en;q=0.5", "-o", out, server.base]
        try curl.run()
        curl.waitUntilExit()
        let page = try String(contentsOfFile: out, encoding: .utf8)
        #expect(page.contains("lang=\"ru\"") && page.contains("Ключ доступа"), "\(page.prefix(300))")
    }
}

/// The persons pages (issue 20): consent granted and withdrawn in the
/// browser changes the next State export, as on the command line.
@Suite(.serialized) struct WebPersonsTests {
    @Test func consentGivenAndWithdrawnInTheBrowserChangesTheExport() throws {
        let vault = try ExportTests.vaultWithExamples()
        let server = try WebServer(vault)
        let (client, csrf) = try server.unlockedClient()
        let list = try client.request("/persons")
        #expect(list.status == 200 && list.body.contains("/persons/D-0042"), "\(list.body.prefix(400))")
        func stateExportNamesSadykov() throws -> Bool {
            let exported = try client.request("/documents/VR-2014-017/export", form: [("csrf", csrf), ("audience", "state"), ("format", "md")])
            let key = try #require(exported.body.firstMatch(of: /href="\/downloads\/([0-9a-f]{64})" download="VR-2014-017.state.md"/)?.output.1)
            return try client.request("/downloads/\(key)").body.contains("Sadykov")
        }
        #expect(try !stateExportNamesSadykov())
        let granted = try client.request("/persons/D-0042/consent", form: [
            ("csrf", csrf), ("change", "grant"), ("audience", "state"), ("date", "2014-11-02"), ("obtainedBy", "Gulnara")])
        #expect(granted.status == 200 && granted.body.contains("Recorded: D-0042 consents"), "\(granted.body.suffix(600))")
        #expect(try stateExportNamesSadykov(), "consent to the State did not name him in the State export")
        let withdrawn = try client.request("/persons/D-0042/consent", form: [
            ("csrf", csrf), ("change", "withdraw"), ("audience", "state"), ("date", "2014-12-01"), ("obtainedBy", "Gulnara")])
        #expect(withdrawn.status == 200)
        #expect(try !stateExportNamesSadykov(), "a withdrawal did not take the name out")
        // The person's page shows the history and the disclosures; a form without the CSRF token changes nothing.
        let page = try client.request("/persons/D-0042")
        #expect(page.body.contains("2014-11-02") && page.body.contains("2014-12-01") && page.body.contains("named"))
        #expect(try client.request("/persons/D-0042/consent", form: [("change", "grant"), ("audience", "public"),
                                                                      ("date", "2014-11-02"), ("obtainedBy", "X")]).status == 403)
        #expect(try vault.run(["person", "show", "D-0042"]).standardOutput.contains("consent in force: none"))
        // A bad date is refused with the reason, and nothing is recorded.
        let bad = try client.request("/persons/D-0042/consent", form: [("csrf", csrf), ("change", "grant"), ("audience", "state"),
                                                                      ("date", "yesterday"), ("obtainedBy", "X")])
        #expect(bad.status == 422)
    }
}

/// Statistics and recommendations in the browser: the same tables as
/// `tamga stats` and `tamga rec table`, suppression and leak scan included.
@Suite(.serialized) struct WebReportsTests {
    @Test func statisticsAndRecommendationsAreTheCommandsTables() throws {
        let vault = try ExportTests.vaultWithExamples()
        let server = try WebServer(vault)
        let (client, _) = try server.unlockedClient()
        let stats = try client.request("/stats?audience=public&by=facility")
        let cli = try vault.run(["stats", "--audience", "public", "--by", "facility"]).standardOutput
        #expect(stats.status == 200, "\(stats.body.prefix(400))")
        // Every line of the command's table is on the page (HTML-escaped the same way for these plain lines).
        for line in cli.split(separator: "\n") where !line.contains("\"") && !line.contains("<") && !line.contains("&") {
            #expect(stats.body.contains(String(line)), "missing: \(line)")
        }
        let twoWay = try client.request("/stats?audience=state&by=kind&by2=month")
        #expect(twoWay.status == 200)
        let same = try client.request("/stats?audience=public&by=kind&by2=kind")
        #expect(same.status == 422, "one dimension twice is refused with the reason")
        let recs = try client.request("/recommendations?audience=state")
        let cliRecs = try vault.run(["rec", "table", "--audience", "state"]).standardOutput
        #expect(recs.status == 200)
        let ids = cliRecs.matches(of: /R-[0-9]{4}-[0-9]{3}-[0-9]+/).map { String($0.output) }
        #expect(!ids.isEmpty)
        for id in ids { #expect(recs.body.contains(id), "missing \(id)") }
        // The pages need the session: without its cookie, nothing.
        let anonymous = try server.client().request("/stats?audience=internal&by=tag")
        #expect(anonymous.status != 200 || !anonymous.body.contains("<pre>"))
    }
}

/// Members, audit log and check in the browser: the same use cases as
/// `tamga member list`, `tamga log` and `tamga check`.
@Suite(.serialized) struct WebAdministrationTests {
    @Test func membersLogAndCheckAreTheCommandsAnswers() throws {
        let vault = try ExportTests.vaultWithExamples()
        let server = try WebServer(vault)
        let (client, _) = try server.unlockedClient()
        let members = try client.request("/members")
        #expect(members.status == 200 && members.body.contains("Admin") && members.body.contains("administrator"), "\(members.body.suffix(800))")
        // The log page lists exactly the entries `tamga log` prints, whole or by document.
        for (query, arguments) in [("", [String]()), ("?doc=VR-2014-017", ["--doc", "VR-2014-017"]), ("?since=2999-01-01", ["--since", "2999-01-01"])] {
            let printed = try vault.run(["log"] + arguments).standardOutput.split(separator: "\n").count
            let page = try client.request("/log" + query)
            #expect(page.status == 200)
            #expect(page.body.contains("<p>\(printed) entries</p>"), "log\(query): the command printed \(printed)")
        }
        #expect(try client.request("/log?since=yesterday").status == 422)
        let check = try client.request("/check")
        #expect(check.status == 200 && check.body.contains("No problem found"), "\(check.body.suffix(600))")
        // A damaged object is a problem on the page as on the command line.
        let documents = vault.folder.path("vault/documents")
        let stored = try #require(FileManager.default.enumerator(atPath: documents)?.compactMap { $0 as? String }
            .first { $0.contains("/public/") && $0.split(separator: "/").last?.count == 64 })
        let path = documents + "/" + stored
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: path))
        let damaged = try client.request("/check")
        #expect(damaged.status == 409 && damaged.body.contains("Problems"), "\(damaged.body.suffix(600))")
        #expect(try vault.run(["check"]).status != 0)
    }
}
