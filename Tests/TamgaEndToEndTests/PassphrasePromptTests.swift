import Foundation
import Testing
import TamgaTestSupport

/// Issue 14 finding 12 and issue 19 item 6: on a terminal, a weak new
/// passphrase is refused as soon as it is typed, before it is asked a second
/// time, and the user gets three tries in all. Typed through script(1), one
/// line a second (tamga flushes pending input when it turns echo off).
@Suite struct PassphrasePromptTests {
    /// Runs `tamga init --name Admin` on a terminal, typing `lines`; returns
    /// the exit status and everything the terminal showed.
    static func initTyping(_ lines: [String], in folder: TemporaryFolder) throws -> (status: Int32, screen: String) {
        let typed = "(" + lines.map { "sleep 1; printf '%s\\n' '\($0)'; " }.joined() + "sleep 2)"
        let command = "'\(TamgaBinary().path)' init --name Admin"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(typed) | script -qec \"\(command)\" /dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TAMGA_PASSPHRASE_FILE")
        environment["TAMGA_VAULT"] = folder.path("vault")
        environment["TAMGA_TEST_ONLY_WEAK_KDF"] = "1"
        environment["XDG_STATE_HOME"] = folder.path("state")
        process.environment = environment
        process.currentDirectoryURL = folder.url
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let screen = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, screen)
    }

    static func occurrences(of text: String, in screen: String) -> Int { screen.components(separatedBy: text).count - 1 }

    @Test func aWeakPassphraseIsRefusedBeforeTheSecondPromptThreeTimesAtMost() throws {
        let folder = try TemporaryFolder("tamga-e2e-prompt")
        let (status, screen) = try Self.initTyping(["password1234", "aaaaaaaaaaaaaa", "short"], in: folder)
        #expect(status != 0, "\(screen)")
        #expect(Self.occurrences(of: "New passphrase for Admin", in: screen) == 3, "\(screen)")
        #expect(Self.occurrences(of: "too weak", in: screen) == 3, "\(screen)")
        #expect(!screen.contains("Type it again"), "\(screen)")
        #expect(!screen.contains("password1234"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("vault")))
    }

    @Test func aStrongPassphraseAfterAWeakOneIsAskedTwiceAndUsed() throws {
        let folder = try TemporaryFolder("tamga-e2e-prompt")
        let strong = "correct horse battery staple"
        let (status, screen) = try Self.initTyping(["short", strong, strong], in: folder)
        #expect(status == 0, "\(screen)")
        #expect(Self.occurrences(of: "too weak", in: screen) == 1, "\(screen)")
        #expect(Self.occurrences(of: "Type it again", in: screen) == 1, "\(screen)")
        #expect(!screen.contains(strong))
        #expect(FileManager.default.fileExists(atPath: folder.path("vault/config.json")))
    }
}
