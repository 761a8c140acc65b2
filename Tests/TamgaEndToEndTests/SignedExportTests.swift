import Foundation
import Testing
import TamgaTestSupport

/// Exports are signed (minisign) and optionally sealed (age), and the
/// standard tools accept them: what a State recipient without tamga does.
@Suite struct SignedExportTests {
    static func tool(_ name: String, _ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch {
            throw CLIVaultError(message: "\(name) is missing: run `make test-deps`")
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 127 { throw CLIVaultError(message: "\(name) is missing: run `make test-deps`") }
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func minisignAcceptsTheSignatureAndItsTrustedComment() throws {
        let v = try ExportTests.vaultWithExamples()
        let out = v.folder.path("out")
        #expect(try v.run(["export", "VR-2014-017", "--audience", "state", "-o", out + "/"]).status == 0)
        #expect(try v.run(["key", "public", "-o", v.folder.path("npm.pub")]).status == 0)
        let checked = try Self.tool("minisign", ["-Vm", "out/VR-2014-017.state.md", "-p", "npm.pub"], in: v.folder.url)
        #expect(checked.status == 0, "\(checked.output)")
        #expect(checked.output.contains("document:VR-2014-017 audience:state"))
        #expect(checked.output.contains("policy:"))
        let verified = try v.run(["verify", out + "/VR-2014-017.state.md"])
        #expect(verified.status == 0)
        #expect(verified.standardOutput.contains("vault:"))
        // An altered export fails both.
        let url = URL(fileURLWithPath: out + "/VR-2014-017.state.md")
        try (try String(contentsOf: url, encoding: .utf8) + "\nAppended.\n").write(to: url, atomically: false, encoding: .utf8)
        #expect(try Self.tool("minisign", ["-Vm", "out/VR-2014-017.state.md", "-p", "npm.pub"], in: v.folder.url).status != 0)
        let refused = try v.run(["verify", out + "/VR-2014-017.state.md"])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("Error:"))
    }

    /// Issue 14, finding 3: the export key is replaced when a member is
    /// removed; old exports still verify and say so, new ones verify with the
    /// new key, with stock minisign too.
    @Test func afterARemovalOldExportsVerifyAsNotCurrentAndNewOnesWithTheNewKey() throws {
        let v = try ExportTests.vaultWithExamples()
        #expect(try v.run(["export", "VR-2014-017", "--audience", "state", "-o", v.folder.path("old") + "/"]).status == 0)
        #expect(try v.run(["key", "public", "-o", v.folder.path("old.pub")]).status == 0)
        let key = try v.run(["member", "invite", "--name", "Liaison"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Liaison", key, "--clearance", "state"]).status == 0)
        #expect(try v.run(["member", "remove", "--member", "Admin", "Liaison"]).status == 0)
        #expect(try v.run(["export", "VR-2014-017", "--audience", "state", "-o", v.folder.path("new") + "/"]).status == 0)
        #expect(try v.run(["key", "public", "-o", v.folder.path("new.pub")]).status == 0)
        let old = try v.run(["verify", v.folder.path("old/VR-2014-017.state.md")])
        #expect(old.status == 0)
        #expect(old.standardError.contains("key 1 of 2"))
        #expect(old.standardError.contains("not current"))
        let new = try v.run(["verify", v.folder.path("new/VR-2014-017.state.md")])
        #expect(new.status == 0)
        #expect(new.standardError.contains("the current key"))
        #expect(try Self.tool("minisign", ["-Vm", "new/VR-2014-017.state.md", "-p", "new.pub"], in: v.folder.url).status == 0)
        #expect(try Self.tool("minisign", ["-Vm", "old/VR-2014-017.state.md", "-p", "old.pub"], in: v.folder.url).status == 0)
        #expect(try Self.tool("minisign", ["-Vm", "new/VR-2014-017.state.md", "-p", "old.pub"], in: v.folder.url).status != 0)
        let history = try v.run(["key", "history"])
        #expect(history.standardOutput.contains("key 2"))
        #expect(history.standardOutput.contains("certified by key 1"))
    }

    @Test func ageOpensASealedExportAndTheSignatureCoversTheSealedFile() throws {
        let v = try ExportTests.vaultWithExamples()
        let keygen = try Self.tool("age-keygen", ["-o", "recipient.key"], in: v.folder.url)
        #expect(keygen.status == 0)
        let recipient = try Self.tool("age-keygen", ["-y", "recipient.key"], in: v.folder.url).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let out = v.folder.path("sealed")
        let result = try v.run(["export", "VR-2014-017", "--audience", "state", "--recipient", recipient, "-o", out + "/"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: out + "/VR-2014-017.state.md"))
        let opened = try Self.tool("age", ["-d", "-i", "recipient.key", "sealed/VR-2014-017.state.md.age"], in: v.folder.url)
        #expect(opened.status == 0)
        #expect(opened.output.contains("SHARED WITH STATE AUTHORITIES") && !opened.output.contains("Sadykov"))
        #expect(try v.run(["verify", out + "/VR-2014-017.state.md.age"]).status == 0)
        let sealedBytes = try Data(contentsOf: URL(fileURLWithPath: out + "/VR-2014-017.state.md.age"))
        #expect(!String(decoding: sealedBytes, as: UTF8.self).contains("Temir Osmonov"))
    }

    @Test func aBadRecipientIsBadInputAndWritesNothing() throws {
        let v = try ExportTests.vaultWithExamples()
        let out = v.folder.path("x")
        let result = try v.run(["export", "VR-2014-017", "--audience", "state", "--recipient", "age1notakey", "-o", out + "/"])
        #expect(result.status == 65)
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}

/// The policy can list the State's recipients: exports for it are sealed to them.
@Suite struct PolicyRecipientTests {
    @Test func exportsAreSealedToThePolicysRecipients() throws {
        let v = try ExportTests.vaultWithExamples()
        #expect(try SignedExportTests.tool("age-keygen", ["-o", "ministry.key"], in: v.folder.url).status == 0)
        let recipient = try SignedExportTests.tool("age-keygen", ["-y", "ministry.key"], in: v.folder.url).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        var policy = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("policy/default.yaml"), encoding: .utf8)
        let marker = "omit-withheld-sections: false"
        let stateBlock = try #require(policy.range(of: "  state:"))
        let end = try #require(policy.range(of: marker, range: stateBlock.upperBound..<policy.endIndex))
        policy.insert(contentsOf: "\n    recipients: [\(recipient)]", at: end.upperBound)
        let file = try v.folder.write("policy.yaml", policy)
        let set = try v.run(["policy", "set", file])
        #expect(set.status == 0, "\(set.standardError)")
        let out = v.folder.path("sealed")
        let result = try v.run(["export", "VR-2014-017", "--audience", "state", "-o", out + "/"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(FileManager.default.fileExists(atPath: out + "/VR-2014-017.state.md.age"))
        let opened = try SignedExportTests.tool("age", ["-d", "-i", "ministry.key", "sealed/VR-2014-017.state.md.age"], in: v.folder.url)
        #expect(opened.status == 0 && opened.output.contains("SHARED WITH STATE AUTHORITIES"))
        // A public recipient is refused by the policy loader.
        let bad = try v.folder.write("bad.yaml", policy.replacingOccurrences(of: "    recipients: [\(recipient)]", with: "")
            .replacingOccurrences(of: "  public:\n", with: "  public:\n    recipients: [\(recipient)]\n"))
        #expect(try v.run(["policy", "set", bad]).status == 65)
    }
}
