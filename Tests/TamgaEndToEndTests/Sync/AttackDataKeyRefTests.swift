import Foundation
import Testing
import TamgaTestSupport

/// A keyless writer (no secret key, push access to the server) against the
/// data-key ref (issue 18): deleting it, dropping a live key, adding a
/// forged one, bringing a destroyed document's key back, rewriting main
/// (git's own non-fast-forward refusal is off now), pushing another ref.
/// With the guard each push is refused; without it, the next honest sync
/// refuses, names the path, and merges nothing (a destroyed document's key
/// put back is dropped instead: its tombstone supersedes it).
@Suite(.serialized) struct AttackDataKeyRefTests {
    struct Key { let mode: String; let blob: String; let path: String }

    static func keys(_ team: SyncTeam, _ repo: String, _ ref: String) throws -> [Key] {
        try team.inGit(repo, ["ls-tree", "-r", ref]).output.split(separator: "\n").compactMap { line in
            guard let tab = line.firstIndex(of: "\t") else { return nil }
            let meta = line[..<tab].split(separator: " ")
            return Key(mode: String(meta[0]), blob: String(meta[2]), path: String(line[line.index(after: tab)...]))
        }
    }

    /// A data-key commit as tamga makes it (no parent, tamga's author and message) holding `keys`, force-pushed.
    static func pushKeys(_ team: SyncTeam, _ evil: String, _ keys: [Key]) throws -> Command.Result {
        let index = evil + "/.git/evil-index"
        defer { try? FileManager.default.removeItem(atPath: index) }
        let env = ["GIT_INDEX_FILE": index, "GIT_AUTHOR_NAME": "tamga", "GIT_AUTHOR_EMAIL": "tamga@localhost",
                   "GIT_COMMITTER_NAME": "tamga", "GIT_COMMITTER_EMAIL": "tamga@localhost"]
        try team.inGit(evil, ["read-tree", "--empty"], environment: env)
        let staged = try team.inGit(evil, ["update-index", "--add"] + keys.flatMap { ["--cacheinfo", "\($0.mode),\($0.blob),\($0.path)"] },
                                    environment: env)
        #expect(staged.status == 0, "\(staged.output)")
        let tree = try team.inGit(evil, ["write-tree"], environment: env).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let commit = try team.inGit(evil, ["commit-tree", tree, "-m", "tamga: data keys"], environment: env).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return try team.inGit(evil, ["push", "-q", "--force", "origin", "\(commit):refs/tamga/datakeys"])
    }

    /// What each attack pushes, from the keys on the server now; `destroyed` are a destroyed document's keys kept from before.
    static func attacks(_ good: [Key], destroyed: [Key]) throws -> [(name: String, keys: [Key]?, path: String)] {
        let victim = try #require(good.first { $0.path.contains("/internal/") })
        let other = try #require(good.first { !$0.path.hasPrefix(String(victim.path.prefix(41))) })
        let forged = Key(mode: "100644", blob: victim.blob,
                         path: String(other.path.prefix(41)) + "internal/" + URL(fileURLWithPath: victim.path).lastPathComponent)
        return [("deletes the ref", nil, "datakeys/"),
                ("drops a live key", good.filter { $0.path != victim.path }, victim.path),
                ("adds a forged key", good + [forged], forged.path),
                ("brings back a destroyed key", good + destroyed, destroyed.first?.path ?? "")]
    }

    func run(guarded: Bool) throws {
        let team = try SyncTeam(guarded: guarded)
        try team.admin.run(["add", try team.document(1, prefix: "A")])
        try team.publish()
        let a = team.admin
        let b = try team.clone("copy-b", member: "Bob")
        let evil = try team.keylessClone("evil")
        try team.inGit(evil, ["fetch", "-q", "origin", "+refs/tamga/datakeys:refs/kept"])
        let all = try Self.keys(team, evil, "refs/kept")
        // The destruction, then the attacks against what the server holds after it.
        let keysBefore = Set(all.map(\.path))
        try a.run(["destroy", "INT-2014-044", "--reason", "erasure asked", "--yes"])
        try a.run(["sync"])
        try team.inGit(evil, ["fetch", "-q", "origin", "+refs/tamga/datakeys:refs/good", "+refs/heads/main:refs/remotes/origin/main"])
        let good = try Self.keys(team, evil, "refs/good")
        let destroyed = all.filter { !Set(good.map(\.path)).contains($0.path) }
        #expect(!destroyed.isEmpty && keysBefore.count > good.count)
        let goodCommit = try team.inGit(evil, ["rev-parse", "refs/good"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let bHead = try b.head()
        for attack in try Self.attacks(good, destroyed: destroyed) {
            let push = try attack.keys.map { try Self.pushKeys(team, evil, $0) }
                ?? team.inGit(evil, ["push", "-q", "origin", ":refs/tamga/datakeys"])
            if guarded {
                #expect(push.status != 0, "\(attack.name): the guard accepted it")
                #expect(try team.inGit(team.remote, ["rev-parse", "refs/tamga/datakeys"]).output.hasPrefix(goodCommit), "\(attack.name)")
                continue
            }
            #expect(push.status == 0, "\(attack.name): \(push.output)")
            if attack.name == "brings back a destroyed key" {
                // Superseded by the tombstone on main (attacker review L2): dropped, not a refusal; the push replaces the ref.
                let sync = try b.run(["sync"])
                #expect(sync.standardOutput.contains("destroyed"), "\(sync.standardOutput)")
                let onRef = try team.inGit(team.remote, ["ls-tree", "-r", "--name-only", "refs/tamga/datakeys"]).output
                for key in destroyed { #expect(!onRef.contains(key.path), "\(key.path) still on the remote's ref") }
                continue
            }
            let sync = try b.run(["sync"], expect: 1)
            #expect(sync.standardError.contains(attack.path), "\(attack.name): \(sync.standardError)")
            #expect(try b.head() == bHead, "\(attack.name): something was merged")
            // The administrator puts the server's data keys back.
            #expect(try team.inGit(evil, ["push", "-q", "--force", "origin", "refs/good:refs/tamga/datakeys"]).status == 0)
        }
        // The honest copy syncs again (unguarded: once the administrator restored the ref), the destroyed keys gone.
        try b.run(["sync"])
        for key in destroyed { #expect(!FileManager.default.fileExists(atPath: b.path + "/" + key.path), "\(key.path)") }
        // Main rewritten (a force-push): refused by the hook and by git's own refusal, which applies to refs/heads/ only.
        try team.inGit(evil, ["fetch", "-q", "origin"])
        let rewrite = try team.inGit(evil, ["push", "-q", "--force", "origin", "refs/remotes/origin/main~1:refs/heads/main"])
        if guarded {
            #expect(rewrite.status != 0, "the guard accepted a rewrite of main")
            #expect(try team.inGit(team.remote, ["config", "receive.denyNonFastForwards"]).output.contains("true"))
        } else {
            #expect(rewrite.status == 0, "\(rewrite.output)")
            let sync = try b.run(["sync"], expect: 1)
            #expect(sync.standardError.contains("rewritten"), "\(sync.standardError)")
        }
        try b.run(["show", "VR-2014-017"])
    }

    @Test func guardRefusesEveryDataKeyAttack() throws { try run(guarded: true) }
    @Test func syncRefusesEveryDataKeyAttackWithoutAGuard() throws { try run(guarded: false) }

    /// Attacker review (session 35): a tag on the ref passed every check
    /// through git's peeling and then failed every honest push's lease; a
    /// commit with tamga's tree and author but bytes after the message or an
    /// extra header could carry a destroyed key back. Each is refused by the
    /// guard and, without one, by the next sync (nothing merged).
    @Test func aTagOrAPaddedCommitOnTheKeyRefIsRefused() throws {
        for guarded in [true, false] {
            let team = try SyncTeam(guarded: guarded)
            try team.publish()
            let b = try team.clone("copy-b", member: "Bob")
            let evil = try team.keylessClone("evil")
            try team.inGit(evil, ["fetch", "-q", "origin", "+refs/tamga/datakeys:refs/good"])
            let good = try team.inGit(evil, ["rev-parse", "refs/good"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
            let tree = try team.inGit(evil, ["rev-parse", "refs/good^{tree}"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
            let env = ["GIT_AUTHOR_NAME": "tamga", "GIT_AUTHOR_EMAIL": "tamga@localhost", "GIT_COMMITTER_NAME": "tamga",
                       "GIT_COMMITTER_EMAIL": "tamga@localhost"]
            try team.inGit(evil, ["tag", "-a", "carrier", "-m", "a5f0c3 the bytes of a destroyed key", "refs/good"], environment: env)
            let tag = try team.inGit(evil, ["rev-parse", "carrier"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
            let padded = try team.inGit(evil, ["commit-tree", tree, "-m", "tamga: data keys", "-m", "a5f0c3 the bytes of a destroyed key"],
                                        environment: env).output.trimmingCharacters(in: .whitespacesAndNewlines)
            let headerText = try team.inGit(evil, ["cat-file", "commit", good]).output
                .replacingOccurrences(of: "\n\ntamga: data keys", with: "\nx-carried a5f0c3\n\ntamga: data keys")
            let headerFile = evil + "/.git/evil-commit"
            try Data(headerText.utf8).write(to: URL(fileURLWithPath: headerFile))
            let header = try team.inGit(evil, ["hash-object", "--literally", "-t", "commit", "-w", headerFile]).output
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let bHead = try b.head()
            for (name, object) in [("a tag", tag), ("bytes after the message", padded), ("an extra header", header)] {
                let push = try team.inGit(evil, ["push", "-q", "--force", "origin", "\(object):refs/tamga/datakeys"])
                if guarded {
                    #expect(push.status != 0, "\(name): the guard accepted it")
                    #expect(try team.inGit(team.remote, ["rev-parse", "refs/tamga/datakeys"]).output.hasPrefix(good), "\(name)")
                    continue
                }
                #expect(push.status == 0, "\(name): \(push.output)")
                let sync = try b.run(["sync"], expect: 1)
                #expect(sync.standardError.contains("refs/tamga/datakeys"), "\(name): \(sync.standardError)")
                #expect(try b.head() == bHead, "\(name): something was merged")
                #expect(try team.inGit(evil, ["push", "-q", "--force", "origin", "refs/good:refs/tamga/datakeys"]).status == 0)
            }
            try b.run(["sync"])
        }
    }

    /// Data keys may not ride on main again: a keyless writer who commits a
    /// (real) key onto main, so that main's history would keep it forever,
    /// is refused by the guard and by the next sync.
    @Test func aKeyCommittedOnMainIsRefused() throws {
        for guarded in [true, false] {
            let team = try SyncTeam(guarded: guarded)
            try team.publish()
            let b = try team.clone("copy-b", member: "Bob")
            let evil = try team.keylessClone("evil")
            try team.inGit(evil, ["fetch", "-q", "origin", "+refs/tamga/datakeys:refs/kept"])
            let key = try #require(try Self.keys(team, evil, "refs/kept").first)
            try team.inGit(evil, ["read-tree", "-m", "HEAD"])
            try team.inGit(evil, ["update-index", "--add", "--cacheinfo", "\(key.mode),\(key.blob),\(key.path)"])
            let tree = try team.inGit(evil, ["write-tree"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
            let push = try AttackSyncTests.pushTree(team, evil, tree)
            if guarded {
                #expect(push.status != 0, "the guard accepted a data key on main")
                continue
            }
            #expect(push.status == 0, "\(push.output)")
            let sync = try b.run(["sync"], expect: 1)
            #expect(sync.standardError.contains(key.path), "\(sync.standardError)")
        }
    }
}
