import Foundation
import Testing
import TamgaTestSupport

/// Every error path the vault issue names: exit status, message, nothing written.
@Suite struct VaultRefusalTests {
    @Test func wrongPassphraseIsExitOne() throws {
        let v = try CLIVault()
        let wrong = try v.folder.write("wrong", "not the passphrase\n")
        let result = try v.run(["list"], extra: ["TAMGA_PASSPHRASE_FILE": wrong])
        #expect(result.status == 1)
        #expect(result.standardError.contains("Error: wrong passphrase"))
        #expect(!result.standardError.contains("not the passphrase"))
    }

    @Test func passphraseFileReadableByOthersIsRefused() throws {
        let v = try CLIVault()
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: v.passphraseFile)
        let result = try v.run(["list"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("readable by others"))
    }

    @Test func missingVaultIsExit66() throws {
        let v = try CLIVault(initialise: false)
        let result = try v.run(["list"])
        #expect(result.status == 66)
        #expect(result.standardError.contains("is not a tamga vault"))
    }

    @Test func unknownDocumentIsExit66() throws {
        let v = try CLIVault()
        let result = try v.run(["show", "VR-0000-000"])
        #expect(result.status == 66)
        #expect(result.standardError.contains("no document VR-0000-000"))
    }

    @Test func invalidDocumentStoresNothing() throws {
        let v = try CLIVault()
        let good = try v.folder.write("good.md", try CLIVault.example("VR-2014-017.md"))
        let bad = try v.folder.write("bad.md", "---\nid: X-1\nkind: visit-report\n---\n\n::: internal\nunclosed\n")
        let before = v.files()
        let result = try v.run(["add", good, bad])
        #expect(result.status == 65)
        #expect(result.standardError.contains("bad.md:"))
        #expect(v.files() == before)
    }

    @Test func missingInputFileIsExit66() throws {
        let v = try CLIVault()
        let result = try v.run(["add", v.folder.path("nope.md")])
        #expect(result.status == 66)
    }

    @Test func damagedObjectIsAnErrorNeverGarbage() throws {
        let v = try CLIVault()
        let file = try v.folder.write("VR.md", try CLIVault.example("VR-2014-017.md"))
        #expect(try v.run(["add", file]).status == 0)
        let part = try #require(v.files().first { $0.hasPrefix("documents/") })
        let url = URL(fileURLWithPath: v.vault + "/" + part)
        var bytes = try Data(contentsOf: url)
        bytes[bytes.count - 20] ^= 0x01
        try bytes.write(to: url)
        let shown = try v.run(["show", "VR-2014-017"])
        #expect(shown.status == 1)
        #expect(shown.standardError.contains(part))
        #expect(!shown.standardOutput.contains("Summary"))
        let checked = try v.run(["check"])
        #expect(checked.status == 1)
        #expect(checked.standardOutput.contains(part))
    }

    @Test func swappedKeyringIsRefusedBeforeEncrypting() throws {
        let v = try CLIVault()
        let keyring = try #require(v.files().first { $0.hasPrefix("keyring/") })
        let url = URL(fileURLWithPath: v.vault + "/" + keyring)
        var text = try String(contentsOf: url, encoding: .utf8)
        // Replace the first hex digit of the state public key with another.
        let marker = "\\\"state\\\":[{\\\"epoch\\\":1,\\\"publicKey\\\":\\\""
        let range = try #require(text.range(of: marker))
        let digit = text[range.upperBound]
        text.replaceSubrange(range.upperBound...range.upperBound, with: digit == "0" ? "1" : "0")
        try text.write(to: url, atomically: false, encoding: .utf8)
        let file = try v.folder.write("VR.md", try CLIVault.example("VR-2014-017.md"))
        let before = v.files().filter { $0.hasPrefix("documents/") }
        let result = try v.run(["add", file])
        #expect(result.status == 1)
        #expect(result.standardError.contains("keyring"))
        #expect(v.files().filter { $0.hasPrefix("documents/") } == before)
    }

    @Test func notClearedMembersAreRefused() throws {
        let v = try CLIVault()
        let key = try v.run(["member", "invite", "--name", "Field"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Field", key, "--clearance", "contributor"]).status == 0)
        let file = try v.folder.write("VR.md", try CLIVault.example("VR-2014-017.md"))
        // A contributor can add…
        #expect(try v.run(["add", "--member", "Field", file]).status == 0)
        // …and read nothing back.
        let listed = try v.run(["list", "--member", "Field"])
        #expect(listed.status == 1)
        #expect(listed.standardError.contains("not cleared"))
        let edited = try v.run(["edit", "--member", "Field", "VR-2014-017"], extra: ["EDITOR": "true"])
        #expect(edited.status == 1)
        #expect(try v.run(["member", "remove", "--member", "Field", "Admin"]).status == 1)
        #expect(try v.run(["check", "--member", "Admin"]).status == 0)
    }
}

/// An edit that does not validate is refused, stores nothing, and keeps the
/// text for `--resume`.
@Suite struct EditRefusalTests {
    @Test func anInvalidEditKeepsTheTextAndResumeStoresTheFix() throws {
        let v = try CLIVault()
        let file = try v.folder.write("VR.md", try CLIVault.example("VR-2014-017.md"))
        #expect(try v.run(["add", file]).status == 0)
        let before = v.files()
        let broken = try v.run(["edit", "VR-2014-017"], extra: ["EDITOR": "sed -i s/^kind:.*/kind:\\ diary/"])
        #expect(broken.status == 65, "\(broken.standardError)")
        #expect(broken.standardError.contains("--resume"))
        #expect(v.files().filter { $0.hasPrefix("documents/") } == before.filter { $0.hasPrefix("documents/") })
        // A second edit without --resume does not overwrite the kept text.
        #expect(try v.run(["edit", "VR-2014-017"], extra: ["EDITOR": "true"]).status == 1)
        let fixed = try v.run(["edit", "VR-2014-017", "--resume"], extra: ["EDITOR": "sed -i s/^kind:.*/kind:\\ visit-report/"])
        #expect(fixed.status == 0, "\(fixed.standardError)")
        #expect(fixed.standardOutput.contains("no change") || fixed.standardOutput.contains("revision 2"))
    }
}
