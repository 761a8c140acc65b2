import Foundation
import Testing
import TamgaTestSupport

/// Retention attacker 39, F5: a policy change made on one copy (the role
/// `witness` renamed) and a revision made on another (declaring a witness)
/// leave, once merged, a document whose newest revision does not validate.
/// Its persons cannot be read: nothing is exported or projected, `check`
/// says so with the way out (`policy set`), and `destroy` refuses instead
/// of passing with "0 revision(s)" and publishing the detainee's name in
/// another document.
@Suite struct DestroyPolicyApartTests {
    @Test func aDocumentThePolicyNoLongerAllowsIsNotDestroyedBlindly() throws {
        let v = try ExportTests.vaultWithExamples()
        let teamB = v.folder.path("team-b")
        try VaultFiles.copy(v.vault, to: teamB)
        let b: ([String]) throws -> TamgaBinary.Result = { arguments in
            try v.run(arguments, extra: ["TAMGA_VAULT": teamB, "XDG_STATE_HOME": teamB + "-state"])
        }
        let interview = try CLIVault.example("INT-2014-044.md").replacingOccurrences(
            of: "    born: 1991-03-02\n", with: "    born: 1991-03-02\n  W-0005:\n    name: Nurbek Toktosunov\n    role: witness\n    consent: []\n")
            + "\nHis cellmate Nurbek Toktosunov saw him return to the cell.\n"
        let added = try b(["add", try v.folder.write("three.md", interview)])
        #expect(added.status == 0, "\(added.standardError)")
        let policy = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("policy/default.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "\n  witness:", with: "\n  eyewitness:")
        let set = try v.run(["policy", "set", try v.folder.write("renamed.yaml", policy)])
        #expect(set.status == 0, "\(set.standardError)")
        let copied = try Command.run("/bin/cp", ["-rn", teamB + "/.", v.vault])
        #expect(copied.status == 0, "\(copied.output)")

        let check = try v.run(["check"])
        #expect(check.status != 0, "\(check.standardOutput)")
        #expect(check.standardOutput.contains("policy set"), "\(check.standardOutput)")
        let before = v.files()
        let destroy = try v.run(["destroy", "INT-2014-044", "--reason", "retention", "--yes"])
        #expect(destroy.status != 0, "\(destroy.standardOutput)")
        #expect(destroy.standardError.contains("was not destroyed"), "\(destroy.standardError)")
        #expect(v.files() == before)
        let export = try v.run(["export", "VR-2014-017", "--audience", "state", "-o", "-"])
        #expect(export.status != 0)
        #expect(!export.standardOutput.contains("Sadykov"))
        #expect(export.standardError.contains("policy set"), "\(export.standardError)")
        #expect(!export.standardError.contains("restore the file from a backup"), "\(export.standardError)")

        // The way out the messages give: the administrator puts the role back.
        let restored = try v.run(["policy", "set", RepositoryPaths.root.appendingPathComponent("policy/default.yaml").path])
        #expect(restored.status == 0, "\(restored.standardError)")
        #expect(try v.run(["refresh"]).status == 0)
        let healed = try v.run(["check"])
        #expect(healed.status == 0, "\(healed.standardOutput)")
        let again = try v.run(["export", "VR-2014-017", "--audience", "state", "-o", "-"])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(!again.standardOutput.contains("Sadykov") && again.standardOutput.contains("Detainee A"))
    }
}
