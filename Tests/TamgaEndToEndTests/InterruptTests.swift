import Foundation
import Testing
import TamgaTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Issue 16: Ctrl-C (SIGINT) or SIGTERM during a long write removes the
/// temporary files the command was writing and says so; nothing is stored
/// and `check` is clean. (Ctrl-C during a 1.5 GB attach left a 770 MB
/// temporary file in the vault and printed nothing.)
@Suite struct InterruptTests {
    @Test(arguments: [SIGINT, SIGTERM])
    func aLongAttachInterruptedLeavesNoTemporaryFile(_ signalNumber: Int32) throws {
        let v = try CLIVault()
        #expect(try v.run(["add", try v.folder.write("a.md", try CLIVault.example("VR-2014-017.md"))]).status == 0)
        // A large sparse file: reading and encrypting it takes far longer than the signal's delay.
        let big = v.folder.path("big.bin")
        #expect(FileManager.default.createFile(atPath: big, contents: nil))
        #expect(truncate(big, 3 << 30) == 0)
        let before = v.files()
        let run = KillableRun(executable: v.tamga.path, arguments: ["attach", "VR-2014-017", big],
                              environment: v.environment, directory: v.folder.url.path)
        let outcome = try run.run(killAfter: 1.0, sending: signalNumber)
        #expect(outcome.exitStatus == 128 + signalNumber, "\(outcome.standardError)")
        #expect(outcome.standardError.contains("interrupted; removed 1 temporary file"), "\(outcome.standardError)")
        #expect(v.files() == before, "\(Set(v.files()).subtracting(before))")
        #expect(try v.run(["check"]).status == 0)
    }
}

/// Issue 16: a long command shows progress on a terminal, and nothing when
/// its output is not one (a script or a log).
@Suite struct ProgressTests {
    @Test func anAttachShowsProgressOnATerminalOnly() throws {
        let script = try #require(Command.find("script"), "script(1) is needed (make test-deps installs bsdutils)")
        let v = try CLIVault()
        #expect(try v.run(["add", try v.folder.write("a.md", try CLIVault.example("VR-2014-017.md"))]).status == 0)
        let big = v.folder.path("big.bin")
        #expect(FileManager.default.createFile(atPath: big, contents: nil))
        #expect(truncate(big, 48 << 20) == 0)
        let piped = try v.run(["attach", "VR-2014-017", big])
        #expect(piped.status == 0 && !piped.standardError.contains("encrypting"), "\(piped.standardError)")
        let environment = v.environment.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        let command = "env \(environment) '\(v.tamga.path)' attach VR-2014-017 '\(big)'"
        let onTerminal = try Command.run(script, ["-qec", command, "/dev/null"], in: v.folder.url.path)
        #expect(onTerminal.status == 0, "\(onTerminal.output)")
        #expect(onTerminal.output.contains("encrypting big.bin:") && onTerminal.output.contains("(100%)"), "\(onTerminal.output)")
    }
}
