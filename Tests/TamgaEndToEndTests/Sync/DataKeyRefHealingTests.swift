import Foundation
import Testing
import TamgaTestSupport

/// The data-key ref heals after a destruction (issue 18, attacker review
/// L2 and the prune marker): a remote whose main holds a tombstone while its
/// ref still holds that document's keys (put back by a keyless writer, or
/// left by an older push) no longer stops clones and syncs: they drop those
/// keys, go on, and the first push replaces the ref without them; and a
/// prune owed (`tamga-prune-pending`, after a lost race or a kill) runs at
/// the next successful sync, on a copy and on the server.
@Suite(.serialized) struct DataKeyRefHealingTests {
    static func exists(_ team: SyncTeam, _ repo: String, _ blob: String) throws -> Bool {
        try team.inGit(repo, ["cat-file", "-e", blob]).status == 0
    }

    @Test func aTombstoneWithTheKeysStillOnTheRefDropsThemAndGoesOn() throws {
        let team = try SyncTeam(guarded: false)
        try team.publish()
        let a = team.admin
        let b = try team.clone("copy-b", member: "Bob")
        let evil = try team.keylessClone("evil")
        try team.inGit(evil, ["fetch", "-q", "origin", "+refs/tamga/datakeys:refs/kept"])
        let before = try DataKeyRefSyncTests.keyBlobs(team, a)
        try a.run(["destroy", "INT-2014-044", "--reason", "erasure asked", "--yes"])
        let after = try DataKeyRefSyncTests.keyBlobs(team, a)
        let gone = before.filter { after[$0.key] == nil }
        #expect(!gone.isEmpty)
        try a.run(["sync"])
        // The ref put back as it was before the destruction; main keeps the tombstone.
        #expect(try team.inGit(evil, ["push", "-q", "--force", "origin", "refs/kept:refs/tamga/datakeys"]).status == 0)

        let fresh = try team.clone("fresh", member: "Bob")
        #expect(try DataKeyRefSyncTests.keyBlobs(team, fresh) == after, "the clone wrote a destroyed document's key")
        try fresh.run(["show", "VR-2014-017"])
        #expect(FileManager.default.fileExists(atPath: fresh.path + "/.git/tamga-prune-pending"), "the clone owes a prune")

        // b synced that very ref before: nothing to judge on it, but the merged tombstone still drops the keys.
        try b.run(["sync"])
        #expect(try DataKeyRefSyncTests.keyBlobs(team, b) == after)
        let onRef = try team.inGit(team.remote, ["ls-tree", "-r", "--name-only", "refs/tamga/datakeys"]).output
        for path in gone.keys { #expect(!onRef.contains(path), "the remote's ref still holds \(path)") }
        try fresh.run(["sync"])
        for copy in [b, fresh] {
            for (path, blob) in gone { #expect(try !Self.exists(team, copy.path, blob), "\(copy.path) still holds \(path)") }
            let check = try copy.run(["check"])
            #expect(!check.standardOutput.contains("problem"), "\(check.standardOutput)")
        }
    }

    @Test func aPruneOwedRunsAtTheNextSuccessfulSync() throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let a = team.admin
        let b = try team.clone("copy-b", member: "Bob")
        let before = try DataKeyRefSyncTests.keyBlobs(team, a)
        var bytes: [String: Data] = [:]
        for path in before.keys { bytes[path] = try Data(contentsOf: URL(fileURLWithPath: a.path + "/" + path)) }
        try a.run(["destroy", "INT-2014-044", "--reason", "erasure asked", "--yes"])
        let after = try DataKeyRefSyncTests.keyBlobs(team, a)
        let (path, blob) = try #require(before.first { after[$0.key] == nil })
        try a.run(["sync"])
        try b.run(["sync"])
        for repo in [team.remote, b.path] { #expect(try !Self.exists(team, repo, blob), "\(repo): not pruned by the destruction's sync") }

        // A prune that did not run (a kill after the push): the destroyed key's blob is still in the repositories.
        let file = team.origin.folder.path("kept-key")
        try #require(bytes[path]).write(to: URL(fileURLWithPath: file))
        for repo in [team.remote, b.path] {
            #expect(Self.trimmedOutput(try team.inGit(repo, ["hash-object", "-w", file])) == blob)
        }
        // Nothing left the key set: an idle sync does not prune, unless the prune is owed.
        try b.run(["sync"])
        #expect(try Self.exists(team, b.path, blob), "the control: an idle sync pruned without a marker")
        let marker = b.path + "/.git/tamga-prune-pending"
        #expect(FileManager.default.createFile(atPath: marker, contents: Data()))
        try b.run(["sync"])
        #expect(try !Self.exists(team, b.path, blob), "the owed prune did not run at the next successful sync")
        #expect(!FileManager.default.fileExists(atPath: marker))

        // The server: owed in the bare repository, run by the next push's post-receive hook.
        #expect(FileManager.default.createFile(atPath: team.remote + "/tamga-prune-pending", contents: Data()))
        try a.run(["add", try team.document(1, prefix: "A")])
        try a.run(["sync"])
        #expect(try !Self.exists(team, team.remote, blob), "the server's owed prune did not run at the next push")
        #expect(!FileManager.default.fileExists(atPath: team.remote + "/tamga-prune-pending"))
    }

    /// The same with an erasure (review, session 37: L-8): keys an erase
    /// entry superseded, put back on the remote's ref beside the live ones
    /// (a keyless writer's superset, in tamga's own commit shape), are
    /// dropped with a note, not refused, and the next push replaces the ref.
    @Test func anErasuresOldKeysPutBackOnTheRefAreDroppedAndTheSyncGoesOn() throws {
        let team = try SyncTeam(guarded: false)
        try team.publish()
        let a = team.admin
        let b = try team.clone("copy-b", member: "Bob")
        let evil = try team.keylessClone("evil")
        try team.inGit(evil, ["fetch", "-q", "origin", "+refs/tamga/datakeys:refs/kept"])
        let before = try DataKeyRefSyncTests.keyBlobs(team, a)
        try a.run(["person", "erase", "D-0042", "--reason", "erasure asked", "--yes"])
        try a.run(["sync"])
        let after = try DataKeyRefSyncTests.keyBlobs(team, a)
        let superseded = before.keys.filter { after[$0] == nil }
        #expect(!superseded.isEmpty, "the erasure superseded no key")
        // Old and new keys in one tree, committed exactly as tamga commits data keys.
        try team.inGit(evil, ["fetch", "-q", "origin", "+refs/tamga/datakeys:refs/now"])
        let scratch = team.origin.folder.path("superset")
        let env = ["GIT_INDEX_FILE": scratch + ".index", "GIT_AUTHOR_NAME": "tamga", "GIT_AUTHOR_EMAIL": "tamga@localhost",
                   "GIT_COMMITTER_NAME": "tamga", "GIT_COMMITTER_EMAIL": "tamga@localhost"]
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        for ref in ["refs/kept", "refs/now"] {
            #expect(try team.inGit(evil, ["--work-tree=" + scratch, "checkout", ref, "--", "."], environment: env).status == 0)
        }
        #expect(try team.inGit(evil, ["--work-tree=" + scratch, "add", "-A", "-f", "."], environment: env).status == 0)
        let tree = Self.trimmedOutput(try team.inGit(evil, ["write-tree"], environment: env))
        let commit = Self.trimmedOutput(try team.inGit(evil, ["commit-tree", tree, "-m", "tamga: data keys"], environment: env))
        #expect(try team.inGit(evil, ["push", "-q", "--force", "origin", commit + ":refs/tamga/datakeys"]).status == 0)
        let onRefBefore = try team.inGit(team.remote, ["ls-tree", "-r", "--name-only", "refs/tamga/datakeys"]).output
        #expect(superseded.allSatisfy(onRefBefore.contains), "the superset was not put back")

        let synced = try b.run(["sync"])
        #expect(synced.standardOutput.contains("destroyed or superseded"), "\(synced.standardOutput)")
        #expect(try DataKeyRefSyncTests.keyBlobs(team, b) == after, "b wrote a superseded key")
        let onRef = try team.inGit(team.remote, ["ls-tree", "-r", "--name-only", "refs/tamga/datakeys"]).output
        #expect(!superseded.contains(where: onRef.contains), "the remote's ref still holds superseded keys")
        let fresh = try team.clone("fresh", member: "Bob")
        #expect(try DataKeyRefSyncTests.keyBlobs(team, fresh) == after)
    }

    /// A key file that stays in this copy's datakeys/ and never goes on the
    /// ref (planted, so left out) owes no prune and lets sync go idle: each
    /// sync used to repack the repository (review, session 37: M-5).
    @Test func aKeyLeftOutHereOwesNoPruneAndTheSyncGoesIdle() throws {
        let team = try SyncTeam(guarded: false)
        try team.publish()
        let a = team.admin
        let (path, _) = try #require(try DataKeyRefSyncTests.keyBlobs(team, a).first)
        let folder = URL(fileURLWithPath: a.path + "/" + path).deletingLastPathComponent()
        try FileManager.default.copyItem(at: URL(fileURLWithPath: a.path + "/" + path),
                                         to: folder.appendingPathComponent(String(repeating: "d", count: 64)))
        let marker = a.path + "/.git/tamga-prune-pending"
        let first = try a.run(["sync"])
        #expect((first.standardOutput + first.standardError).contains(String(repeating: "d", count: 64)), "the planted key is not named")
        #expect(!FileManager.default.fileExists(atPath: marker), "a key that never went on a ref owes a prune")
        let record = try String(contentsOfFile: a.path + "/.git/tamga-datakeys-worktree", encoding: .utf8)
        try a.run(["sync"])
        #expect(!FileManager.default.fileExists(atPath: marker))
        #expect(try String(contentsOfFile: a.path + "/.git/tamga-datakeys-worktree", encoding: .utf8) == record)
    }

    static func trimmedOutput(_ result: Command.Result) -> String { result.output.trimmingCharacters(in: .whitespacesAndNewlines) }
}
