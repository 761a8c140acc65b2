import Foundation
import Testing
import TamgaTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Issue 16: "a campaign that kills `sync` at random points (like the crash
/// campaign) loses nothing". `tamga sync` and the git processes it started
/// are killed together (SIGKILL to its process group, as a power cut would),
/// at a seeded random moment; then one more sync must finish, and both copies
/// hold every document, with `check` clean.
@Suite(.serialized) struct SyncKillTests {
    @Test func killedSyncsLoseNothing() throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let a = team.admin
        let b = try team.clone("copy-b", member: "Bob")
        var generator = SeededGenerator(seed: 16)
        var kills = 0, finished = 0
        let rounds = 12
        // Kill moments spread over a whole sync: 0 to 1.5 times the longest
        // of two unkilled syncs that each bring one new document.
        var longest = 0.0
        for (copy, prefix) in [(a, "VR-2035-X"), (b, "VR-2035-Y")] {
            try copy.run(["add", try team.document(1, prefix: prefix)])
            let started = Date()
            try copy.run(["sync"])
            longest = max(longest, Date().timeIntervalSince(started))
        }
        let span = max(200_000, Int(longest * 1_500_000))
        for round in 1...rounds {
            try a.run(["add", try team.document(round, prefix: "VR-2035-A")])
            try b.run(["add", try team.document(round, prefix: "VR-2035-B")])
            for copy in round % 2 == 0 ? [a, b] : [b, a] {
                let delay = Int.random(in: 10_000...span, using: &generator)
                if try Self.syncKilled(copy, after: delay) { kills += 1 } else { finished += 1 }
            }
        }
        // Then each copy syncs to the end, twice round.
        for copy in [a, b, a, b] { try copy.run(["sync"]) }
        #expect(try a.head() == b.head())
        for copy in [a, b] {
            let check = try copy.run(["check"])
            #expect(!check.standardOutput.contains("problem"), "\(copy.member): \(check.standardOutput)")
        }
        let list = try a.run(["list"]).standardOutput
        for round in 1...rounds {
            #expect(list.contains(String(format: "VR-2035-A-%04d", round)) && list.contains(String(format: "VR-2035-B-%04d", round)), "round \(round) lost: \(list)")
        }
        #expect(try b.run(["list"]).standardOutput == list)
        print("sync kill campaign: \(kills + finished) syncs, \(kills) killed, \(finished) finished first; \(rounds * 2) documents, all present in both copies")
        #expect(kills >= rounds / 2, "the campaign killed only \(kills) syncs (\(finished) finished first)")
        #expect(finished >= 1, "no sync finished before its kill: the moments do not cover a whole sync")
        let remote = try team.inGit(team.remote, ["fsck", "--no-progress"])
        #expect(remote.status == 0, "\(remote.output)")
    }

    /// Starts `tamga sync` in its own process group and kills the group with
    /// SIGKILL after `microseconds`; returns whether it was still running.
    static func syncKilled(_ copy: SyncTeam.Copy, after microseconds: Int) throws -> Bool {
        let process = try copy.startSync()
        usleep(useconds_t(microseconds))
        let running = process.isRunning
        if running { kill(-process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return running
    }
}
