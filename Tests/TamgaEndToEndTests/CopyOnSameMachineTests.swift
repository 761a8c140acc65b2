import Foundation
import Testing
import TamgaTestSupport

/// Issue 16: remembered heads are per vault folder. A copy of the vault on
/// the same machine, changed on its own, must not make the original look
/// "gone backwards" (it did: memory was per vault id), while a rollback of
/// one folder is still caught.
@Suite struct CopyOnSameMachineTests {
    @Test func aChangedCopyDoesNotLockTheOriginal() throws {
        let v = try CLIVault()
        #expect(try v.run(["add", try v.folder.write("a.md", try CLIVault.example("VR-2014-017.md"))]).status == 0)
        let copy = v.folder.path("copy")
        try VaultFiles.copy(v.vault, to: copy)
        let inCopy = try v.run(["add", try v.folder.write("b.md", GeneratedDocument.text(1))], extra: ["TAMGA_VAULT": copy])
        #expect(inCopy.status == 0, "\(inCopy.standardError)")
        let key = try v.run(["member", "invite", "--name", "Bob"], extra: ["TAMGA_VAULT": copy]).standardOutput
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Bob", key, "--clearance", "internal"], extra: ["TAMGA_VAULT": copy]).status == 0)
        // The original, on the same machine, goes on.
        let listed = try v.run(["list"])
        #expect(listed.status == 0, "\(listed.standardError)")
        #expect(!listed.standardOutput.contains(GeneratedDocument.id(1)))
        #expect(try v.run(["check"]).status == 0)
        #expect(try v.run(["add", try v.folder.write("c.md", GeneratedDocument.text(2))]).status == 0)
    }

    @Test func aRollbackOfOneFolderIsStillCaught() throws {
        let v = try CLIVault()
        #expect(try v.run(["add", try v.folder.write("a.md", try CLIVault.example("VR-2014-017.md"))]).status == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: v.vault + "/log")
        #expect(try v.run(["add", try v.folder.write("b.md", GeneratedDocument.text(1))]).status == 0)
        for name in try FileManager.default.contentsOfDirectory(atPath: v.vault + "/log") where !before.contains(name) {
            try FileManager.default.removeItem(atPath: v.vault + "/log/" + name)
        }
        let result = try v.run(["list"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("went backwards"), "\(result.standardError)")
    }
}
