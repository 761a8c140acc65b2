import Foundation
import Testing
import TamgaTestSupport

/// init, add, list, show, history, log and check through the built binary.
@Suite struct VaultLifecycleTests {
    @Test func initCreatesAPrivateVaultAndPrintsShares() throws {
        let v = try CLIVault(initialise: false)
        let result = try v.run(["init", "--name", "Admin"])
        #expect(result.status == 0)
        let shares = result.standardOutput.split(separator: "\n").filter { $0.contains("tamga-share1") }
        #expect(shares.count == 5)
        let attributes = try FileManager.default.attributesOfItem(atPath: v.vault)
        #expect((attributes[.posixPermissions] as? Int) == 0o700)
        for file in v.files() where file != "lock" {
            let mode = try FileManager.default.attributesOfItem(atPath: v.vault + "/" + file)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file) has mode \(String(mode ?? 0, radix: 8))")
        }
        #expect(!result.standardOutput.contains(v.passphrase))
    }

    @Test func initRefusesAFolderThatHoldsFiles() throws {
        let v = try CLIVault()
        let before = v.files()
        let result = try v.run(["init", "--name", "Other"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("already holds a vault"))
        #expect(v.files() == before)
    }

    @Test func addListShowHistoryRoundTrip() throws {
        let v = try CLIVault()
        let report = try CLIVault.example("VR-2014-017.md")
        let file = try v.folder.write("VR-2014-017.md", report)
        var result = try v.run(["add", file])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("added VR-2014-017 (revision 1)"))

        result = try v.run(["add", file])
        #expect(result.standardOutput.contains("unchanged VR-2014-017"))

        try v.folder.write("VR-2014-017.md", report.replacingOccurrences(of: "unannounced", with: "announced"))
        result = try v.run(["add", file])
        #expect(result.standardOutput.contains("added VR-2014-017 (revision 2)"))

        result = try v.run(["list", "--json"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("\"revisions\" : 2"))
        #expect(result.standardOutput.contains("Visit to Temporary Detention Facility No. 1, Bishkek"))

        result = try v.run(["show", "VR-2014-017"])
        #expect(result.standardOutput.contains("an announced visit"))
        result = try v.run(["show", "VR-2014-017", "--revision", "1"])
        #expect(result.standardOutput.contains("an unannounced visit"))

        result = try v.run(["history", "VR-2014-017"])
        #expect(result.standardOutput.split(separator: "\n").count == 3)

        result = try v.run(["log"])
        #expect(result.standardOutput.contains("add VR-2014-017 rev 2"))
        #expect(result.standardOutput.contains("read VR-2014-017"))
        #expect(!result.standardOutput.contains("bruising"))

        result = try v.run(["check"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasSuffix("ok\n"))
    }

    @Test func storedFilesHoldNoPlaintext() throws {
        let v = try CLIVault()
        let file = try v.folder.write("INT.md", try CLIVault.example("INT-2014-044.md"))
        #expect(try v.run(["add", file]).status == 0)
        for relative in v.files() {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: v.vault + "/" + relative))
            let text = String(decoding: bytes, as: UTF8.self)
            for secret in ["Sadykov", "INT-2014-044", "interview", "forearm"] {
                #expect(!text.contains(secret), "\(relative) contains \(secret)")
            }
        }
    }

    @Test func attachStreamsAndCheckVerifiesIt() throws {
        let v = try CLIVault()
        let file = try v.folder.write("VR.md", try CLIVault.example("VR-2014-017.md"))
        #expect(try v.run(["add", file]).status == 0)
        let photo = v.folder.path("photo.bin")
        try Data((0..<200_000).map { UInt8($0 % 251) }).write(to: URL(fileURLWithPath: photo))
        let result = try v.run(["attach", "VR-2014-017", photo])
        #expect(result.status == 0)
        #expect(v.files().contains { $0.hasPrefix("attachments/") })
        #expect(try v.run(["check"]).status == 0)
        #expect(try v.run(["attach", "NO-SUCH-DOC", photo]).status == 66)
    }
}
