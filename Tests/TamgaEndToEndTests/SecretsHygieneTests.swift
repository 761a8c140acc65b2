import Foundation
import Testing
import TamgaTestSupport

/// Secrets hygiene through the binary: no core dumps, no passphrase in the
/// arguments or output, private modes, and edits decrypted only into
/// memory-backed 0600 files.
@Suite struct SecretsHygieneTests {
    @Test func theProcessIsNotDumpable() throws {
        // An editor run by `tamga edit` is a child of the hardened process and
        // inherits RLIMIT_CORE 0; it reports its own core limit.
        let v = try CLIVault()
        let file = try v.folder.write("VR.md", try CLIVault.example("VR-2014-017.md"))
        #expect(try v.run(["add", file]).status == 0)
        let report = v.folder.path("limits")
        let result = try v.run(["edit", "VR-2014-017"], extra: ["EDITOR": "sh -c 'ulimit -c > \(report); true'"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try String(contentsOfFile: report, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }

    @Test func editDecryptsOnlyIntoAPrivateMemoryBackedFile() throws {
        let v = try CLIVault()
        let file = try v.folder.write("VR.md", try CLIVault.example("VR-2014-017.md"))
        #expect(try v.run(["add", file]).status == 0)
        let seen = v.folder.path("seen")
        let editor = "sh -c 'stat -c \"%a %n\" \"$0\" > \(seen); df --output=fstype \"$0\" | tail -1 >> \(seen); printf \"\\n\" >> \"$0\"'"
        let result = try v.run(["edit", "VR-2014-017"], extra: ["EDITOR": editor])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = try String(contentsOfFile: seen, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("600 ") == true, "\(lines)")
        #expect(lines.last == "tmpfs", "\(lines)")
        // The file is gone afterwards.
        let path = String(lines.first!.dropFirst(4))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func thePassphraseNeverAppearsInOutputOrTheVault() throws {
        let v = try CLIVault(initialise: false)
        let result = try v.run(["init", "--name", "Admin"])
        let file = try v.folder.write("VR.md", try CLIVault.example("VR-2014-017.md"))
        let added = try v.run(["add", file])
        for output in [result.standardOutput, result.standardError, added.standardOutput, added.standardError] {
            #expect(!output.contains(v.passphrase))
        }
        for relative in v.files() {
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: v.vault + "/" + relative)), as: UTF8.self)
            #expect(!text.contains(v.passphrase), "\(relative)")
        }
    }

    @Test func thereIsNoPassphraseOption() throws {
        let result = try TamgaBinary().run(["init", "--passphrase", "x", "--name", "A"])
        #expect(result.status == 64)
    }
}
