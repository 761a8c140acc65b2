import Foundation
import Testing
import TamgaTestSupport

/// `tamga destroy` under a policy that asks for a second administrator's
/// approval (issue 18), through the built binary: ask, list, refuse the
/// asker, approve by another administrator, and keep the rule.
@Suite struct DestroyApprovalCommandTests {
    static let asking = "\ndestruction:\n  approval: second-administrator\n"

    @Test func oneMemberAsksAndAnotherAdministratorDestroys() throws {
        let v = try RetentionCommandTests.vault(schedule: RetentionCommandTests.schedule + Self.asking)
        let key = try v.run(["member", "invite", "--name", "Second"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        let added = try v.run(["member", "add", "--member", "Admin", "Second", key, "--clearance", "internal", "--administrator"])
        #expect(added.status == 0, "\(added.standardError)")

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
}
