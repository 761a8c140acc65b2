import Foundation
import Testing
import TamgaTestSupport

/// Web red team 40, F10: under the second-administrator policy, the only
/// administrator asks, adds a "second administrator" whose key they made,
/// and approves as it. An administrator added after the request never
/// approves it (the use case refuses, and readers would not count it); one
/// who already was an administrator when it was asked does.
@Suite struct ApprovalIndependenceTests {
    @Test func anAdministratorAddedAfterTheRequestCannotApproveIt() throws {
        let v = try RetentionCommandTests.vault(schedule: RetentionCommandTests.schedule + DestroyApprovalCommandTests.asking)
        let asked = try v.run(["destroy", "INT-2014-044", "--reason", "retention", "--yes", "--member", "Admin"])
        #expect(asked.status == 0, "\(asked.standardError)")
        let key = try v.run(["member", "invite", "--name", "Sock"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Sock", key, "--clearance", "internal", "--administrator"]).status == 0)
        let before = v.files()
        let sock = try v.run(["destroy", "--approve", "INT-2014-044", "--yes", "--member", "Sock"])
        #expect(sock.status != 0, "\(sock.standardOutput)")
        #expect(sock.standardError.contains("not an administrator cleared internal when the destruction of INT-2014-044 was asked"),
                "\(sock.standardError)")
        #expect(v.files() == before)
        #expect(try v.run(["list", "--member", "Admin"]).standardOutput.contains("INT-2014-044"))

        // Asked again now that Sock is an administrator: Sock may approve (the rule counts keys, not people).
        #expect(try v.run(["destroy", "--cancel", "INT-2014-044", "--member", "Admin"]).status == 0)
        #expect(try v.run(["destroy", "INT-2014-044", "--reason", "retention", "--yes", "--member", "Admin"]).status == 0)
        let approved = try v.run(["destroy", "--approve", "INT-2014-044", "--yes", "--member", "Sock"])
        #expect(approved.status == 0, "\(approved.standardError)")
    }
}
