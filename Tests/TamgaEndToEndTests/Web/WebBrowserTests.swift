import Foundation
import Testing
import TamgaTestSupport

/// The whole `tamga serve` workflow in a real browser (issue 20): Debian's
/// chromium driven through chromium-driver by Selenium, with the server's own
/// headers in force, and axe-core checking every page's accessibility
/// (`Tests/Browser/web_workflow.py` says each step). One server, one vault,
/// one browser session.
///
/// `make test` installs chromium-driver and Selenium (`make browser-deps`:
/// a virtual environment in `.build/browser-venv`, versions pinned in
/// `Tests/Browser/requirements.txt`). Skipped only when chromium or
/// chromedriver is absent; a missing Selenium fails with how to install it.
/// `TAMGA_WEB_SCREENSHOTS=$PWD/docs/web` writes the pages' PNGs there.
@Suite(.serialized) struct WebBrowserTests {
    static let chromium = "/usr/bin/chromium", chromedriver = "/usr/bin/chromedriver"
    static var browserPresent: Bool {
        FileManager.default.isExecutableFile(atPath: chromium) && FileManager.default.isExecutableFile(atPath: chromedriver)
    }

    /// The virtual environment's Python (or `TAMGA_BROWSER_PYTHON`).
    static var python: String {
        ProcessInfo.processInfo.environment["TAMGA_BROWSER_PYTHON"]
            ?? RepositoryPaths.root.appendingPathComponent(".build/browser-venv/bin/python3").path
    }

    @Test(.enabled(if: browserPresent, "chromium and chromium-driver are not installed (make browser-deps installs them)"))
    func theWholeWorkflowInChromium() throws {
        let python = Self.python
        try #require(FileManager.default.isExecutableFile(atPath: python),
                     "no Python with Selenium at \(python): run `make browser-deps` (make test does)")
        let vault = try ExportTests.vaultWithExamples()
        // A short idle time (15 s), so the flow's last step sees the vault lock itself; longer than any step of the flow takes on a busy machine.
        let server = try WebServer(vault, arguments: ["--idle-minutes", "0.25"])
        #expect(try vault.run(["key", "public", "-o", vault.folder.path("npm.pub")]).status == 0)
        try vault.folder.write("register-page-1.txt", "Register of detainees, page 1 (scan stand-in)\n")
        // A colleague's key line, as `tamga member invite` prints it on their machine, for the members step.
        try vault.folder.write("member-key.txt", try WebMemberTests.invite(vault, "Nurlan Toktogulov") + "\n")
        let work = vault.folder.path("browser")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)

        let printed = try Self.run("web_workflow.py", vault: vault, server: server, work: work, environment: [
            "TAMGA_WEB_PUBLIC_KEY": vault.folder.path("npm.pub"), "TAMGA_WEB_IDLE_SECONDS": "15",
            "TAMGA_WEB_ATTACHMENT": vault.folder.path("register-page-1.txt"), "TAMGA_WEB_MEMBER_KEY": vault.folder.path("member-key.txt"),
        ])
        // axe ran on every page of the flow.
        for page in ["01-token", "02-unlock", "04-documents", "05-write", "07-document", "08-exported", "10-person", "11-attachments", "14a-member-confirm", "14b-member-added", "14c-approvals", "16-check", "17-write-ru"] {
            #expect(printed.contains("\"\(page)\""), "axe did not check \(page)")
        }
        // The server's error stream holds none of the report's confidential text.
        let errors = try String(contentsOfFile: server.errorFile, encoding: .utf8)
        for secret in ["Bakyt", "cell 7", "east wing", "Register of detainees", "register-page-1"] { #expect(!errors.contains(secret)) }
    }

    /// Destruction under a second administrator's approval, then a removal and a rekey, in the Kyrgyz interface
    /// (`Tests/Browser/web_destroy_approval.py` says each step).
    @Test(.enabled(if: browserPresent, "chromium and chromium-driver are not installed (make browser-deps installs them)"))
    func destructionWithApprovalAndRekeyInKyrgyz() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.python),
                     "no Python with Selenium at \(Self.python): run `make browser-deps` (make test does)")
        let vault = try WebApprovalTests.vault()
        let server = try WebServer(vault)
        let work = vault.folder.path("browser")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let printed = try Self.run("web_destroy_approval.py", vault: vault, server: server, work: work, environment: [:])
        for page in ["18-destroy-confirm", "18a-destroy-asked", "18b-approvals", "18c-approve-confirm", "18d-destroyed",
                     "19-rekey-confirm", "19a-rekey-done"] {
            #expect(printed.contains("\"\(page)\""), "axe did not check \(page)")
        }
        #expect(!(try vault.run(["list", "--member", "Admin"]).standardOutput.contains("INT-2014-044")))
        let again = try vault.run(["rekey", "--all", "--member", "Admin"])
        #expect(again.standardOutput.contains("re-encrypted 0 state part(s)"), "the browser's rekey left parts: \(again.standardOutput)")
        #expect(try vault.run(["check", "--member", "Admin"]).status == 0)
    }

    /// Runs one of `Tests/Browser`'s scripts against `server` (at most 300 s); expects it to pass; returns what it printed.
    static func run(_ name: String, vault: CLIVault, server: WebServer, work: String, environment extra: [String: String]) throws -> String {
        let script = Process()
        script.executableURL = URL(fileURLWithPath: python)
        script.arguments = [RepositoryPaths.root.appendingPathComponent("Tests/Browser/\(name)").path]
        var environment = ProcessInfo.processInfo.environment
        environment["TAMGA_WEB_ADDRESS"] = server.base + "#" + server.token
        environment["TAMGA_WEB_PASSPHRASE"] = vault.passphraseFile
        environment["TAMGA_WEB_WORK"] = work
        environment["HOME"] = vault.folder.path("browser")
        environment.merge(extra) { $1 }
        script.environment = environment
        let output = vault.folder.path("browser-\(name).log")
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        let log = try #require(FileHandle(forWritingAtPath: output))
        script.standardOutput = log
        script.standardError = log
        script.standardInput = FileHandle.nullDevice
        let started = Date()
        try script.run()
        // A hung browser must not hang the suite.
        let deadline = Date().addingTimeInterval(300)
        while script.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        if script.isRunning { script.terminate() }
        script.waitUntilExit()
        let printed = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        print("WebBrowserTests: \(name) took \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        #expect(script.terminationStatus == 0, "\(name) failed:\n\(printed.suffix(6000))")
        return printed
    }
}
