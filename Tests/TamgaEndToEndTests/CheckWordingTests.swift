import Foundation
import Testing
import TamgaTestSupport

/// Issue 19 item 9: `check` tells a pending invitation (a warning) from a
/// damaged vault, its own hint does not say "run tamga check", and the
/// commands hints print can be pasted as they are.
@Suite struct CheckWordingTests {
    @Test func aPendingInvitationIsAWarning() throws {
        let v = try CLIVault()
        let invited = try v.run(["member", "invite", "--name", "Nurlan Toktogulov"], extra: ["XDG_STATE_HOME": v.folder.path("colleague")])
        #expect(invited.status == 0, "\(invited.standardError)")
        #expect(invited.standardError.contains("tamga member add \"Nurlan Toktogulov\" <that line>"))
        let result = try v.run(["check", "--member", "Admin"])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.contains("warning: members/") && result.standardOutput.contains("pending invitation"))
    }

    @Test func checkNamesItsProblemsWithoutSendingTheUserBackToCheck() throws {
        let v = try CLIVault()
        try Data("{}".utf8).write(to: URL(fileURLWithPath: v.vault + "/members/0123456789abcdef0123456789abcdef.key"))
        let result = try v.run(["check", "--member", "Admin"])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("problem: members/0123456789abcdef0123456789abcdef.key"))
        #expect(result.standardError.contains("1 problem found"))
        #expect(!result.standardError.contains("run `tamga check`"))
    }
}
