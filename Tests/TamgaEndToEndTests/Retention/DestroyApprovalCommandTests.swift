import Foundation
import Testing
import TamgaTestSupport

/// `tamga destroy` under a policy that asks for a second administrator's
/// approval (issue 18), through the built binary: ask, list, refuse the
/// asker, approve by another administrator, and keep the rule.
@Suite struct DestroyApprovalCommandTests {
    static let asking = "\ndestruction:\n  approval: second-administrator\n"

    /// Sets the shipped policy with `schedule` and the approval rule. Administrators who should approve the
    /// first one's requests are added before it: one the asker makes afterwards never approves their
    /// requests (web red team 42, D1; `ApprovalIndependenceTests`).
    @discardableResult
    static func setAsking(_ v: CLIVault, schedule: String = "") throws -> TamgaBinary.Result {
        let shipped = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("policy/default.yaml"), encoding: .utf8)
        let set = try v.run(["policy", "set", "--member", "Admin", try v.folder.write("asking.yaml", shipped + schedule + Self.asking)])
        #expect(set.status == 0, "\(set.standardError)")
        return set
    }

    @Test func oneMemberAsksAndAnotherAdministratorDestroys() throws {
        let v = try RetentionCommandTests.vault(schedule: RetentionCommandTests.schedule)
        let key = try v.run(["member", "invite", "--name", "Second"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        let added = try v.run(["member", "add", "--member", "Admin", "Second", key, "--clearance", "internal", "--administrator"])
        #expect(added.status == 0, "\(added.standardError)")
        try Self.setAsking(v, schedule: RetentionCommandTests.schedule)

        let asked = try v.run(["destroy", "INT-2014-044", "--reason", "retention: 5 years", "--yes", "--member", "Admin"])
        #expect(asked.status == 0, "\(asked.standardError)\(asked.standardOutput)")
        #expect(asked.standardOutput.contains("asked:") && asked.standardOutput.contains("--approve INT-2014-044"), "\(asked.standardOutput)")
        #expect(try v.run(["list", "--member", "Admin"]).standardOutput.contains("INT-2014-044"), "a request destroys nothing")
        let pending = try v.run(["destroy", "--pending", "--member", "Admin"])
        #expect(pending.status == 0 && pending.standardOutput.contains("INT-2014-044") && pending.standardOutput.contains("retention: 5 years"),
                "\(pending.standardOutput)\(pending.standardError)")
        let due = try v.run(["destroy", "--due", "--as-of", "2020-01-01", "--yes", "--member", "Admin"])
        #expect(due.status == 0 && due.standardOutput.contains("already asked"), "\(due.standardOutput)\(due.standardError)")

        let own = try v.run(["destroy", "--approve", "INT-2014-044", "--yes", "--member", "Admin"])
        #expect(own.status != 0 && own.standardError.contains("other than you"), "\(own.standardError)")
        #expect(try v.run(["destroy", "--approve", "INT-2014-044", "--reason", "x", "--yes", "--member", "Second"]).status == 64)
        let approved = try v.run(["destroy", "--approve", "INT-2014-044", "--yes", "--member", "Second"])
        #expect(approved.status == 0 && approved.standardOutput.contains("destroyed: INT-2014-044"), "\(approved.standardOutput)\(approved.standardError)")
        #expect(!(try v.run(["list", "--member", "Admin"]).standardOutput.contains("INT-2014-044")))
        #expect(try v.run(["destroy", "--pending", "--member", "Admin"]).standardOutput.contains("No request"))

        let shipped = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("policy/default.yaml"), encoding: .utf8)
        let lax = try v.run(["policy", "set", try v.folder.write("lax.yaml", shipped), "--member", "Admin"])
        #expect(lax.status != 0 && lax.standardError.contains("stays once set"), "\(lax.standardError)")
        let check = try v.run(["check", "--member", "Admin"])
        #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
    }

    /// `tamga person erase` under the same rule: the erasure destroys the
    /// revisions that named the person, so it is asked for and carried out
    /// by another administrator.
    @Test func oneMemberAsksForAnErasureAndAnotherAdministratorErases() throws {
        let v = try CLIVault()
        let files = try ["INT-2014-044.md", "VR-2014-017.md"].map { try v.folder.write($0, try CLIVault.example($0)) }
        #expect(try v.run(["add"] + files).status == 0)
        let key = try v.run(["member", "invite", "--name", "Second"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Second", key, "--clearance", "internal", "--administrator"]).status == 0)
        try Self.setAsking(v)

        let asked = try v.run(["person", "erase", "D-0042", "--reason", "erasure asked", "--yes", "--member", "Admin"])
        #expect(asked.status == 0 && asked.standardOutput.contains("--approve D-0042"), "\(asked.standardOutput)\(asked.standardError)")
        #expect(!(try v.run(["person", "show", "D-0042", "--member", "Admin"]).standardOutput.contains("erased")), "a request erases nothing")
        let pending = try v.run(["person", "erase", "--pending", "--member", "Second"])
        #expect(pending.standardOutput.contains("D-0042") && pending.standardOutput.contains("erasure asked"), "\(pending.standardOutput)")
        #expect(try v.run(["destroy", "--pending", "--member", "Admin"]).standardOutput.contains("No request"))

        let own = try v.run(["person", "erase", "--approve", "D-0042", "--yes", "--member", "Admin"])
        #expect(own.status != 0 && own.standardError.contains("other than you"), "\(own.standardError)")
        #expect(try v.run(["person", "erase", "--approve", "--pending", "--member", "Second"]).status == 64)
        let approved = try v.run(["person", "erase", "--approve", "D-0042", "--yes", "--member", "Second"])
        #expect(approved.status == 0 && approved.standardOutput.contains("erased: D-0042"), "\(approved.standardOutput)\(approved.standardError)")
        let person = try v.run(["person", "show", "D-0042", "--member", "Admin"]).standardOutput
        #expect(person.contains("erased") && !person.contains("Sadykov"), "\(person)")
        #expect(try v.run(["person", "erase", "--pending", "--member", "Admin"]).standardOutput.contains("No request"))
        let check = try v.run(["check", "--member", "Admin"])
        #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
    }
}
