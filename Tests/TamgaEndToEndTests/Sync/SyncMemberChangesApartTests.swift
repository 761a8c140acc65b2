import Foundation
import Testing
import TamgaTestSupport

/// Attacker 40b, F7: two administrators change members apart, a removal of
/// Bob on one copy and an addition on another. The second copy cannot take
/// in the removal (its own keyring forks the chain); it must say so, as
/// two administrators' changes and not as files no member signed, and stop
/// writing, since what it seals still reaches Bob's keys.
@Suite(.serialized) struct SyncMemberChangesApartTests {
    @Test func aCopyThatChangedMembersApartFromARemovalStopsWritingAndSaysWhy() throws {
        let team = try SyncTeam()
        let a = team.admin
        let key = try a.run(["member", "invite", "--name", "Second"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        try a.run(["member", "add", "Second", key, "--clearance", "internal", "--administrator"])
        try team.publish()
        let second = try team.clone("copy-second", member: "Second")

        try a.run(["member", "remove", "Bob"])
        try a.run(["sync"])
        let eve = try second.run(["member", "invite", "--name", "Eve"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        try second.run(["member", "add", "Eve", eve, "--clearance", "internal"])

        let refused = try second.run(["sync"], expect: nil)
        #expect(refused.status != 0, "\(refused.standardOutput)")
        #expect(refused.standardError.contains("two administrators changed members apart"), "\(refused.standardError)")
        #expect(!refused.standardError.contains("no member signed"), "\(refused.standardError)")

        // Nothing more is sealed or logged on this copy (Bob's keys would open it); listing goes on.
        let added = try second.run(["add", try team.document(778, prefix: "VR-2031")], expect: nil)
        #expect(added.status != 0, "\(added.standardOutput)")
        #expect(added.standardError.contains("were made apart"), "\(added.standardError)")
        // Reads are logged, so `show` waits too, and says so instead of pointing at `tamga check` (attacker 41, K1).
        let shown = try second.run(["show", "INT-2014-044"], expect: nil)
        #expect(shown.status != 0 && shown.standardError.contains("`show` and `export` log each read")
                && !shown.standardError.contains("tamga check"), "\(shown.standardError)")
        // The member list says it is this copy's, not the vault's.
        let roster = try second.run(["member", "list"]).standardOutput
        #expect(roster.contains("Eve") && roster.contains("This list is this copy's, not the vault's"), "\(roster)")
        // A second sync is refused again, and the copy still writes nothing.
        #expect(try second.run(["sync"], expect: nil).status != 0)
        let granted = try second.run(["person", "consent", "D-0042", "--grant", "state", "--date", "2014-10-28", "--obtained-by", "Second"],
                                     expect: nil)
        #expect(granted.status != 0 && granted.standardError.contains("were made apart"), "\(granted.standardError)")
        #expect(try second.run(["list"]).standardOutput.contains("INT-2014-044"))

        // The way out the hint gives: a new copy, where the addition is made again.
        let fresh = try team.clone("copy-second-again", member: "Second")
        let eveAgain = try fresh.run(["member", "invite", "--name", "Eve"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        try fresh.run(["member", "add", "Eve", eveAgain, "--clearance", "internal"])
        try fresh.run(["sync"])
        #expect(try fresh.run(["member", "list"]).standardOutput.contains("Eve"))
    }
}
