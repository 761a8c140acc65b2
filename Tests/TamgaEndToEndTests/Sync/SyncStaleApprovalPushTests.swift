import Foundation
import Testing
import TamgaTestSupport

/// An approval made on a stale copy, across a member removal (attacker
/// session 39, F1). Without the guard on the remote (Gitea, GitHub), the
/// approver's own `sync` used to take the removal in and then push its
/// approval made before it, which every fresh clone counted, and the
/// remover's copy refused for good, blaming unsigned files. The approver's
/// `sync` now applies the arrival rule to its own unpushed approvals first:
/// nothing is merged or pushed, and it says to clone again and approve there.
@Suite(.serialized) struct SyncStaleApprovalPushTests {
    @Test(arguments: [false, true])
    func theApproversOwnSyncRefusesToPushAnApprovalMadeBeforeAMemberRemovalTheRemoteHolds(guarded: Bool) throws {
        let (team, bob, second) = try SyncLateWithdrawalTests.asking(guarded: guarded)
        let a = team.admin
        try bob.run(["destroy", "INT-2014-044", "--reason", "retention: 5 years", "--yes"])
        try bob.run(["sync"])
        try second.run(["sync"])
        try a.run(["sync"])
        try a.run(["member", "remove", "Dana"])
        try a.run(["rekey", "--all"])
        try a.run(["sync"])
        try second.run(["destroy", "--approve", "INT-2014-044", "--yes"])

        let refused = try second.run(["sync"], expect: nil)
        #expect(refused.status != 0 && refused.standardError.contains("this copy's own approval")
                && refused.standardError.contains("member removal") && refused.standardError.contains("tamga clone"),
                "guarded \(guarded): \(refused.standardError)")
        #expect(!refused.standardError.contains("no member signed"), "\(refused.standardError)")
        #expect(!refused.standardError.contains("the guard at"), "the client refused before the guard: \(refused.standardError)")
        // `--no-push` takes nothing in either: this copy would count its stale approval by descent.
        #expect(try second.run(["sync", "--no-push"], expect: nil).status != 0)
        // Nothing reached the remote: the remover's copy syncs, and every copy keeps the document.
        try a.run(["sync"])
        try bob.run(["sync"])
        let fresh = try team.clone("copy-fresh", member: "Admin")
        for copy in [a, bob, fresh] {
            #expect(try copy.run(["list"]).standardOutput.contains("INT-2014-044"), "\(copy.member)")
        }

        // A modified tamga pushes the merge anyway: the guard refuses it; without the guard, the remover's
        // copy refuses it and says what it is, a signed stale approval, not files no member signed.
        let forced = try team.pushMergeAsModifiedClient(second)
        if guarded {
            #expect(forced.status != 0 && forced.output.contains("had not seen a member removal"), "\(forced.output)")
            try a.run(["sync"])
        } else {
            #expect(forced.status == 0, "\(forced.output)")
            let jammed = try a.run(["sync"], expect: nil)
            #expect(jammed.status != 0 && jammed.standardError.contains("had not seen a member removal")
                    && jammed.standardError.contains("signed by a member") && !jammed.standardError.contains("no member signed"),
                    "\(jammed.standardError)")
        }
        #expect(try a.run(["list"]).standardOutput.contains("INT-2014-044"))
    }
}
