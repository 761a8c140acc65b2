import Foundation
import Testing
import TamgaTestSupport

/// The asker's withdrawal that never reached the remote (attacker session
/// 39, F8; a regression of session 37 Q7). Bob asks, Second's copy sees the
/// request; Bob withdraws on his copy and does not sync; Second approves and
/// syncs first. The approval reached the remote first, so it wins: Bob's
/// sync takes it in (it used to refuse it on every sync, for good, blaming
/// unsigned files), tells him his withdrawal came too late, and pushes the
/// withdrawal as a record that changes nothing, guarded remote or not.
@Suite(.serialized) struct SyncLateWithdrawalTests {
    /// The team with a policy asking for a second administrator's approval, Bob's and Second's copies.
    static func asking(guarded: Bool) throws -> (team: SyncTeam, bob: SyncTeam.Copy, second: SyncTeam.Copy) {
        let team = try SyncTeam(guarded: guarded)
        let a = team.admin
        let key = try a.run(["member", "invite", "--name", "Second"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        try a.run(["member", "add", "Second", key, "--clearance", "internal", "--administrator"])
        let shipped = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("policy/default.yaml"), encoding: .utf8)
        try a.run(["policy", "set", try team.origin.folder.write("asking.yaml", shipped + "\ndestruction:\n  approval: second-administrator\n")])
        try team.publish()
        return (team, try team.clone("copy-bob", member: "Bob"), try team.clone("copy-second", member: "Second"))
    }

    @Test(arguments: [true, false])
    func anUnpushedWithdrawalOfADestructionComesTooLateAndDoesNotJamTheAskersCopy(guarded: Bool) throws {
        let (team, bob, second) = try Self.asking(guarded: guarded)
        try bob.run(["destroy", "INT-2014-044", "--reason", "retention: 5 years", "--yes"])
        try bob.run(["sync"])
        try second.run(["sync"])
        try bob.run(["destroy", "--cancel", "INT-2014-044", "--yes"])
        try second.run(["destroy", "--approve", "INT-2014-044", "--yes"])
        try second.run(["sync"])

        let synced = try bob.run(["sync"], expect: nil)
        #expect(synced.status == 0, "guarded \(guarded): \(synced.standardError)")
        #expect(synced.standardOutput.contains("came too late") && synced.standardOutput.contains("reached the remote first"),
                "\(synced.standardOutput)")
        #expect(!synced.standardError.contains("no member signed"), "\(synced.standardError)")
        #expect(!(try bob.run(["list"]).standardOutput.contains("INT-2014-044")))
        // The withdrawal was pushed as a record: it changes nothing on any copy, and jams none.
        #expect(synced.standardOutput.contains("pushed"), "\(synced.standardOutput)")
        #expect(try bob.run(["sync"]).status == 0)
        try second.run(["sync"])
        try team.admin.run(["sync"])
        let fresh = try team.clone("copy-fresh", member: "Admin")
        for copy in [bob, second, team.admin, fresh] {
            #expect(!(try copy.run(["list"]).standardOutput.contains("INT-2014-044")), "\(copy.member)")
            #expect(try copy.run(["check"]).standardOutput.contains("ok"), "\(copy.member)")
            #expect(!(try copy.run(["destroy", "--pending"]).standardOutput.contains("INT-2014-044")), "\(copy.member)")
        }
    }

    @Test(arguments: [true, false])
    func anUnpushedWithdrawalOfAnErasureComesTooLateAndTheErasureReachesTheAsker(guarded: Bool) throws {
        let (team, bob, second) = try Self.asking(guarded: guarded)
        try bob.run(["person", "erase", "D-0042", "--reason", "erasure asked", "--yes"])
        try bob.run(["sync"])
        try second.run(["sync"])
        try bob.run(["person", "erase", "--cancel", "D-0042"])
        try second.run(["person", "erase", "--approve", "D-0042", "--yes"])
        try second.run(["sync"])

        let synced = try bob.run(["sync"], expect: nil)
        #expect(synced.status == 0, "guarded \(guarded): \(synced.standardError)")
        #expect(synced.standardOutput.contains("came too late"), "\(synced.standardOutput)")
        #expect(!(try bob.run(["person", "show", "D-0042"]).standardOutput.contains("Sadykov")))
        try team.admin.run(["sync"])
        let fresh = try team.clone("copy-fresh", member: "Admin")
        for copy in [bob, team.admin, fresh] {
            #expect(try copy.run(["person", "show", "D-0042"]).standardOutput.contains("erased"), "\(copy.member)")
            #expect(try copy.run(["check"]).standardOutput.contains("ok"), "\(copy.member)")
        }
    }

    /// The withdrawal that reached the remote first still wins (session 38,
    /// #5), and the approval that comes after it, on an unguarded remote
    /// (pushed by a modified tamga), is named as what it is: a signed,
    /// stale approval, not files no member signed.
    @Test func aStaleApprovalOnAnUnguardedRemoteIsNamedAsSuchNotAsUnsignedFiles() throws {
        let (team, bob, second) = try Self.asking(guarded: false)
        try bob.run(["destroy", "INT-2014-044", "--reason", "retention: 5 years", "--yes"])
        try bob.run(["sync"])
        try second.run(["sync"])
        try bob.run(["destroy", "--cancel", "INT-2014-044", "--yes"])
        try bob.run(["sync"])
        try second.run(["destroy", "--approve", "INT-2014-044", "--yes"])
        // The honest client refuses to push it (its own approval had not seen the withdrawal the remote holds).
        let refused = try second.run(["sync"], expect: nil)
        #expect(refused.status != 0 && refused.standardError.contains("this copy's own approval"), "\(refused.standardError)")
        #expect(!refused.standardError.contains("no member signed"), "\(refused.standardError)")
        // A modified tamga pushes it anyway.
        let pushed = try team.pushMergeAsModifiedClient(second)
        #expect(pushed.status == 0, "\(pushed.output)")
        let jammed = try bob.run(["sync"], expect: nil)
        #expect(jammed.status != 0 && jammed.standardError.contains("withdrawn before it arrived"), "\(jammed.standardError)")
        #expect(!jammed.standardError.contains("no member signed") && jammed.standardError.contains("signed by a member"),
                "\(jammed.standardError)")
        #expect(try bob.run(["list"]).standardOutput.contains("INT-2014-044"))
    }
}
