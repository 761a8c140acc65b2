import Foundation
import Testing
import TamgaTestSupport

/// The remaining kinds of bad input of RELIABILITY.md's table: each refused
/// with its documented exit status and a clear message, nothing written.
@Suite struct BadInputTests {
    @Test(arguments: ["../../etc/passwd", "a/b", "x y", "", String(repeating: "a", count: 65)])
    func anIdThatCouldEscapeItsFolderIsRefused(_ id: String) throws {
        let v = try CLIVault()
        let file = try v.folder.write("bad.md", "---\nid: \"\(id)\"\nkind: visit-report\ndate: 2014-01-01\n---\n\ntext\n")
        let before = v.files()
        let result = try v.run(["add", file])
        #expect(result.status == 65, "\(result.standardError)")
        #expect(result.standardError.contains("bad.md:"))
        #expect(v.files() == before)
    }

    @Test func aHugeDocumentIsRefusedWithTheLimit() throws {
        let v = try CLIVault()
        let path = v.folder.path("huge.md")
        var text = "---\nid: HUGE-1\nkind: visit-report\ndate: 2014-01-01\n---\n\n"
        text += String(repeating: "Lorem ipsum dolor sit amet. ", count: 700_000)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let before = v.files()
        let result = try v.run(["add", path])
        #expect(result.status == 65)
        #expect(result.standardError.contains("at most 16 MiB"))
        #expect(v.files() == before)
    }

    @Test func aVaultOfAnotherVersionIsRefused() throws {
        let v = try CLIVault()
        let config = v.vault + "/config.json"
        let text = try String(contentsOfFile: config, encoding: .utf8)
            .replacingOccurrences(of: "tamga-vault\\/3", with: "tamga-vault\\/1").replacingOccurrences(of: "tamga-vault/3", with: "tamga-vault/1")
        try text.write(toFile: config, atomically: false, encoding: .utf8)
        let result = try v.run(["list"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("tamga-vault/1"))
    }

    @Test(arguments: ["a/b", "", " lead", String(repeating: "n", count: 65), "semi;colon"])
    func aBadMemberNameIsRefused(_ name: String) throws {
        let v = try CLIVault()
        let before = v.files()
        let result = try v.run(["member", "invite", "--name", name])
        #expect(result.status == 65, "\(name): \(result.standardError)")
        #expect(v.files() == before)
    }

    @Test func twoWritersAtOnceTakeTurns() throws {
        let v = try CLIVault()
        let files = try (1...4).map { n in
            try v.folder.write("d\(n).md", "---\nid: PAR-\(n)\nkind: visit-report\ndate: 2014-01-0\(n)\n---\n\ntext \(n)\n")
        }
        let tamga = v.tamga, environment = v.environment, folder = v.folder.url
        let results = try files.map { file in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tamga.path)
            process.arguments = ["add", file]
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in results { process.waitUntilExit() }
        #expect(results.allSatisfy { $0.terminationStatus == 0 })
        let listed = try v.run(["list", "--json"]).standardOutput
        for n in 1...4 { #expect(listed.contains("PAR-\(n)")) }
        #expect(try v.run(["check"]).status == 0)
    }

    @Test func badDatesAndAudiencesAreBadUsage() throws {
        let v = try ExportTests.vaultWithExamples()
        #expect(try v.run(["person", "consent", "D-0042", "--grant", "state", "--date", "yesterday", "--obtained-by", "X"]).status == 64)
        #expect(try v.run(["person", "consent", "D-0042", "--grant", "internal", "--date", "2014-01-01", "--obtained-by", "X"]).status == 64)
        #expect(try v.run(["export", "VR-2014-017", "--audience", "ministry"]).status == 64)
        #expect(try v.run(["export", "VR-2014-017", "--audience", "state", "--format", "pdf"]).status == 64)
        #expect(try v.run(["stats", "--audience", "public", "--by", "colour"]).status == 64)
    }
}

/// Issue 14, finding 12: `init` refuses a weak passphrase before creating anything.
@Suite struct WeakPassphraseTests {
    @Test func initRefusesAWeakPassphraseAndCreatesNothing() throws {
        let v = try CLIVault(initialise: false)
        try v.folder.write("weak", "password1234\n")
        chmod(v.folder.path("weak"), 0o600)
        let result = try v.run(["init", "--name", "Admin"], extra: ["TAMGA_PASSPHRASE_FILE": v.folder.path("weak")])
        #expect(result.status == 1)
        #expect(result.standardError.contains("too weak"))
        #expect(!result.standardError.contains("password1234"))
        #expect(!FileManager.default.fileExists(atPath: v.vault))
    }
}
