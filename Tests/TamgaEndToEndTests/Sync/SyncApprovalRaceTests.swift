import Foundation
import Testing
import TamgaTestSupport

/// The two-administrator rule across copies (issue 18; attacker session 38,
/// #5): the asker withdraws a request and syncs; an administrator whose copy
/// had not seen the withdrawal approves it there. The approver's own `sync`
/// refuses to push it (session 39, F1), the guard refuses it from a modified
/// tamga, and `sync` on any copy whose remote holds the withdrawal refuses
/// it where it arrives, so the document stays on every other copy.
@Suite(.serialized) struct SyncApprovalRaceTests {
    @Test func anApprovalMadeOnACopyThatHadNotSeenTheWithdrawalIsRefusedWhereItArrives() throws {
        let team = try SyncTeam()
        let a = team.admin
        let key = try a.run(["member", "invite", "--name", "Second"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        try a.run(["member", "add", "Second", key, "--clearance", "internal", "--administrator"])
        let shipped = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("policy/default.yaml"), encoding: .utf8)
        try a.run(["policy", "set", try team.origin.folder.write("asking.yaml", shipped + "\ndestruction:\n  approval: second-administrator\n")])
        try team.publish()
        let bob = try team.clone("copy-bob", member: "Bob")
        let second = try team.clone("copy-second", member: "Second")

        try bob.run(["destroy", "INT-2014-044", "--reason", "retention: 5 years", "--yes"])
        try bob.run(["sync"])
        try second.run(["sync"])
        #expect(try second.run(["destroy", "--pending"]).standardOutput.contains("INT-2014-044"))
        // Bob changes his mind and syncs; Second's copy does not hear of it.
        try bob.run(["destroy", "--cancel", "INT-2014-044", "--yes"])
        try bob.run(["sync"])
        try second.run(["destroy", "--approve", "INT-2014-044", "--yes"])
        // Second's own sync refuses to push it (session 39, F1: the arrival rule applied to its own approval)...
        let pushed = try second.run(["sync"], expect: nil)
        #expect(pushed.status != 0 && pushed.standardError.contains("whose withdrawal the remote already holds"), "\(pushed.standardError)")
        // ...and the guard refuses it from a modified tamga.
        let forced = try team.pushMergeAsModifiedClient(second)
        #expect(forced.status != 0 && forced.output.contains("withdrawn before it arrived"), "\(forced.output)")
        // Everyone else still has the document.
        try a.run(["sync"])
        try bob.run(["sync"])
        for copy in [a, bob] {
            #expect(try copy.run(["list"]).standardOutput.contains("INT-2014-044"), "\(copy.member)")
        }
        let fresh = try team.clone("copy-fresh", member: "Admin")
        #expect(try fresh.run(["list"]).standardOutput.contains("INT-2014-044"))
    }

    /// Attacker session 38, S3: the request was made OUTDATED by a member
    /// removal (which re-keys every document) on another copy; an
    /// administrator approves it on a copy that had not seen the removal.
    /// The approval is refused where it arrives, since it does not bind a
    /// keyring as new as the removal already there; the document stays.
    @Test func anApprovalMadeOnACopyThatHadNotSeenAMemberRemovalIsRefusedWhereItArrives() throws {
        let team = try SyncTeam()
        let a = team.admin
        let key = try a.run(["member", "invite", "--name", "Second"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        try a.run(["member", "add", "Second", key, "--clearance", "internal", "--administrator"])
        let shipped = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("policy/default.yaml"), encoding: .utf8)
        try a.run(["policy", "set", try team.origin.folder.write("asking.yaml", shipped + "\ndestruction:\n  approval: second-administrator\n")])
        try team.publish()
        let bob = try team.clone("copy-bob", member: "Bob")
        let second = try team.clone("copy-second", member: "Second")

        try bob.run(["destroy", "INT-2014-044", "--reason", "retention: 5 years", "--yes"])
        try bob.run(["sync"])
        try second.run(["sync"])
        // Admin removes Dana and syncs; Second's copy does not hear of it.
        try a.run(["sync"])
        try a.run(["member", "remove", "Dana"])
        try a.run(["rekey", "--all"])
        try a.run(["sync"])
        #expect(try a.run(["destroy", "--pending"]).standardOutput.contains("OUTDATED"))
        try second.run(["destroy", "--approve", "INT-2014-044", "--yes"])
        let pushed = try second.run(["sync"], expect: nil)
        #expect(pushed.status != 0 && pushed.standardError.contains("made before a member removal the remote already holds"),
                "\(pushed.standardError)")
        let forced = try team.pushMergeAsModifiedClient(second)
        #expect(forced.status != 0 && forced.output.contains("had not seen a member removal"), "\(forced.output)")
        try a.run(["sync"])
        try bob.run(["sync"])
        for copy in [a, bob] {
            #expect(try copy.run(["list"]).standardOutput.contains("INT-2014-044"), "\(copy.member)")
        }
        let fresh = try team.clone("copy-fresh", member: "Admin")
        #expect(try fresh.run(["list"]).standardOutput.contains("INT-2014-044"))
    }

    /// Attacker session 37 B2 / 38 #10: an administrator who had not synced
    /// removes the member whose approved destruction is already on the
    /// remote. That removal had not seen the destruction, so this copy does
    /// not count it and cannot take in the remote: its sync is refused. It
    /// used to blame a keyless writer on the remote; it now says what
    /// happened and the way out, which works: clone again, remove again.
    @Test func aRemovalMadeApartFromAnApprovedDestructionSaysWhatHappenedAndTheWayOut() throws {
        let team = try SyncTeam()
        let a = team.admin
        let key = try a.run(["member", "invite", "--name", "Second"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        try a.run(["member", "add", "Second", key, "--clearance", "internal", "--administrator"])
        let shipped = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("policy/default.yaml"), encoding: .utf8)
        try a.run(["policy", "set", try team.origin.folder.write("asking.yaml", shipped + "\ndestruction:\n  approval: second-administrator\n")])
        try team.publish()
        let bob = try team.clone("copy-bob", member: "Bob")
        let second = try team.clone("copy-second", member: "Second")
        try bob.run(["destroy", "INT-2014-044", "--reason", "retention: 5 years", "--yes"])
        try bob.run(["sync"])
        try a.run(["sync"])
        try second.run(["sync"])
        try second.run(["destroy", "--approve", "INT-2014-044", "--yes"])
        try second.run(["sync"])
        // Admin, not synced since, removes Second.
        try a.run(["member", "remove", "Second"])
        let jammed = try a.run(["sync"], expect: nil)
        #expect(jammed.status != 0 && jammed.standardError.contains("removal on this copy")
                && !jammed.standardError.contains("someone wrote files into the remote"), "\(jammed.standardError)")
        // The way out: a new copy, the removal made again there.
        let again = try team.clone("copy-admin-2", member: "Admin")
        try again.run(["member", "remove", "Second"])
        try again.run(["sync"])
        try bob.run(["sync"])
        for copy in [again, bob] {
            #expect(!(try copy.run(["list"]).standardOutput.contains("INT-2014-044")), "\(copy.member)")
            #expect(try copy.run(["check"]).standardOutput.contains("ok"), "\(copy.member)")
        }
        let access = try bob.run(["member", "list"]).standardOutput.components(separatedBy: "Access by level").last ?? ""
        #expect(!access.contains("Second"), "the removal reached Bob's copy: \(access)")
    }
}
