import Foundation
import Testing
import TamgaTestSupport

/// Data keys travel on `refs/tamga/datakeys`, never on main (issue 18):
/// after `destroy` and `sync`, no repository (server, copies) holds an
/// object that is the destroyed document's data-key file, reachable or not,
/// and a fresh clone still opens every live document at each clearance.
@Suite(.serialized) struct DataKeyRefSyncTests {
    /// The git blob ids of a copy's data-key files, by path.
    static func keyBlobs(_ team: SyncTeam, _ copy: SyncTeam.Copy) throws -> [String: String] {
        let root = copy.path + "/datakeys"
        var found: [String: String] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: root) {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            found["datakeys/" + path] = try team.inGit(copy.path, ["hash-object", root + "/" + path]).output
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return found
    }

    /// Every object a repository holds, reachable or not.
    static func allObjects(_ team: SyncTeam, _ repo: String) throws -> Set<String> {
        let listing = try team.inGit(repo, ["cat-file", "--batch-all-objects", "--batch-check=%(objectname)"])
        #expect(listing.status == 0, "\(listing.output)")
        return Set(listing.output.split(separator: "\n").map(String.init))
    }

    @Test func aDestroyedDocumentsKeysLeaveEveryRepositoryAndCloneStillReads() throws {
        let team = try SyncTeam()
        try team.publish()
        let a = team.admin
        let b = try team.clone("copy-b", member: "Bob")
        let keys = try Self.keyBlobs(team, a)
        #expect(!keys.isEmpty)
        // Main never carried a key; the ref holds exactly this copy's set.
        let mainPaths = try team.inGit(team.remote, ["log", "--format=", "--name-only", "refs/heads/main"]).output
        #expect(!mainPaths.contains("datakeys/"), "\(mainPaths)")
        let onRef = try team.inGit(team.remote, ["ls-tree", "-r", "--format=%(objectname)", "refs/tamga/datakeys"]).output
        #expect(Set(onRef.split(separator: "\n").map(String.init)) == Set(keys.values))
        #expect(try Self.keyBlobs(team, b) == keys)
        for repo in [team.remote, a.path, b.path] { #expect(try Self.allObjects(team, repo).isSuperset(of: keys.values), "\(repo)") }

        try a.run(["destroy", "INT-2014-044", "--reason", "erasure asked", "--yes"])
        let gone = keys.filter { try! Self.keyBlobs(team, a)[$0.key] == nil }
        #expect(!gone.isEmpty && gone.count < keys.count, "\(gone.count) of \(keys.count)")
        try a.run(["sync"])
        try b.run(["sync"])
        try a.run(["sync"])
        for repo in [team.remote, a.path, b.path] {
            let kept = try Self.allObjects(team, repo).intersection(gone.values)
            #expect(kept.isEmpty, "\(repo) still holds \(kept.count) destroyed data-key blob(s)")
        }
        #expect(try Self.keyBlobs(team, b) == keys.filter { gone[$0.key] == nil })

        // A fresh copy opens every live document, at each member's clearance.
        for (name, member) in [("fresh-bob", "Bob"), ("fresh-dana", "Dana")] {
            let fresh = try team.clone(name, member: member)
            #expect(try Self.allObjects(team, fresh.path).intersection(gone.values).isEmpty)
            try fresh.run(["show", "VR-2014-017"])
            #expect(try !fresh.run(["list"]).standardOutput.contains("INT-2014-044"))
            let check = try fresh.run(["check"], expect: nil)
            #expect(!check.standardOutput.contains("problem"), "\(member): \(check.standardOutput)")
        }
    }

    /// A second sync with nothing new pushes no new data-key commit and
    /// keeps the same ref; a document added apart on each copy is carried.
    @Test func keysAddedOnTwoCopiesMeetOnTheRef() throws {
        let team = try SyncTeam()
        try team.publish()
        let a = team.admin
        let b = try team.clone("copy-b", member: "Bob")
        let before = try team.inGit(team.remote, ["rev-parse", "refs/tamga/datakeys"]).output
        try a.run(["sync"])
        #expect(try team.inGit(team.remote, ["rev-parse", "refs/tamga/datakeys"]).output == before)
        try a.run(["add", try team.document(1, prefix: "A")])
        try b.run(["add", try team.document(2, prefix: "B")])
        try a.run(["sync"])
        try b.run(["sync"])
        try a.run(["sync"])
        let keysA = try Self.keyBlobs(team, a), keysB = try Self.keyBlobs(team, b)
        #expect(keysA == keysB)
        let onRef = try team.inGit(team.remote, ["ls-tree", "-r", "--format=%(objectname)", "refs/tamga/datakeys"]).output
        #expect(Set(onRef.split(separator: "\n").map(String.init)) == Set(keysA.values))
        let parents = try team.inGit(team.remote, ["rev-list", "--count", "refs/tamga/datakeys"]).output
        #expect(parents.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
        for copy in [a, b] {
            let check = try copy.run(["check"])
            #expect(!check.standardOutput.contains("problem"), "\(copy.member): \(check.standardOutput)")
        }
    }

    /// A vault synced before data keys left main (its main commits
    /// `datakeys/`): the next sync stops tracking them on main and carries
    /// them on the ref, through a guard installed again; main's older
    /// commits still hold them (the documented limit), and a clone reads.
    @Test func aMainThatCarriesKeysStopsAtTheNextSync() throws {
        let team = try SyncTeam(guarded: false)
        let a = team.admin
        let tamga = ["GIT_AUTHOR_NAME": "tamga", "GIT_AUTHOR_EMAIL": "tamga@localhost", "GIT_COMMITTER_NAME": "tamga",
                     "GIT_COMMITTER_EMAIL": "tamga@localhost"]
        try team.inGit(a.path, ["init", "-q", "-b", "main"])
        try Data("# written by tamga sync: what never leaves this machine\n/lock\n.tmp-*\n".utf8)
            .write(to: URL(fileURLWithPath: a.path + "/.gitignore"))
        try Data("# written by tamga sync: every vault file is bytes, never converted\n* binary\n".utf8)
            .write(to: URL(fileURLWithPath: a.path + "/.gitattributes"))
        try team.inGit(a.path, ["add", "-A"])
        try team.inGit(a.path, ["commit", "-q", "-m", "tamga: what this copy wrote"], environment: tamga)
        try team.inGit(a.path, ["remote", "add", "origin", team.url])
        #expect(try team.inGit(a.path, ["push", "-q", "origin", "main"]).status == 0)
        let keys = try Self.keyBlobs(team, a)
        let tracked = try team.inGit(team.remote, ["ls-tree", "-r", "--name-only", "main"]).output
        #expect(keys.keys.allSatisfy { tracked.contains($0) }, "the old layout committed every key")

        _ = try team.origin.run(["guard", "--install", team.remote])
        try a.run(["sync"])
        let tip = try team.inGit(team.remote, ["ls-tree", "-r", "--name-only", "main"]).output
        #expect(!tip.contains("datakeys/"), "\(tip)")
        let onRef = try team.inGit(team.remote, ["ls-tree", "-r", "--format=%(objectname)", "refs/tamga/datakeys"]).output
        #expect(Set(onRef.split(separator: "\n").map(String.init)) == Set(keys.values))
        #expect(try Self.keyBlobs(team, a) == keys, "the keys stay in the folder")
        let history = try team.inGit(team.remote, ["log", "--format=", "--name-only", "main"]).output
        #expect(history.contains("datakeys/"), "older commits keep them: the limit docs/sync.md states")

        let b = try team.clone("copy-b", member: "Bob")
        #expect(try Self.keyBlobs(team, b) == keys)
        try b.run(["show", "INT-2014-044"])
        try b.run(["sync"])
        let check = try b.run(["check"])
        #expect(!check.standardOutput.contains("problem"), "\(check.standardOutput)")
    }
}
