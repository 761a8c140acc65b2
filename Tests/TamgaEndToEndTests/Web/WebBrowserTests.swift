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

        let script = Process()
        script.executableURL = URL(fileURLWithPath: python)
        script.arguments = [RepositoryPaths.root.appendingPathComponent("Tests/Browser/web_workflow.py").path]
        var environment = ProcessInfo.processInfo.environment
        environment["TAMGA_WEB_ADDRESS"] = server.base + "#" + server.token
        environment["TAMGA_WEB_PASSPHRASE"] = vault.passphraseFile
        environment["TAMGA_WEB_PUBLIC_KEY"] = vault.folder.path("npm.pub")
        environment["TAMGA_WEB_WORK"] = work
        environment["TAMGA_WEB_IDLE_SECONDS"] = "15"
        environment["TAMGA_WEB_ATTACHMENT"] = vault.folder.path("register-page-1.txt")
        environment["TAMGA_WEB_MEMBER_KEY"] = vault.folder.path("member-key.txt")
        environment["HOME"] = vault.folder.path("browser")
        script.environment = environment
        let output = vault.folder.path("browser.log")
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
        print("WebBrowserTests: the browser workflow took \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        #expect(script.terminationStatus == 0, "the browser workflow failed:\n\(printed.suffix(6000))")
        // axe ran on every page of the flow.
        for page in ["01-token", "02-unlock", "04-documents", "05-write", "07-document", "08-exported", "10-person", "11-attachments", "14a-member-confirm", "14b-member-added", "14c-approvals", "16-check", "17-write-ru"] {
            #expect(printed.contains("\"\(page)\""), "axe did not check \(page)")
        }
        // The server's error stream holds none of the report's confidential text.
        let errors = try String(contentsOfFile: server.errorFile, encoding: .utf8)
        for secret in ["Bakyt", "cell 7", "east wing", "Register of detainees", "register-page-1"] { #expect(!errors.contains(secret)) }
    }
}
