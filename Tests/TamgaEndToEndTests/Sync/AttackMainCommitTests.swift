import Foundation
import Testing
import TamgaTestSupport

/// A keyless writer (push access, no key) against main's history (attacker
/// review of issue 18, H2 and M4): a commit with tamga's author, committer
/// and message that carries bytes of its own (an extra header, `encoding`,
/// a `gpgsig` with a payload, bytes after the message, a tree listing a
/// name twice) would keep those bytes in main's history forever, a
/// destroyed key's among them; a tree that names one subtree many times
/// would expand to millions of paths. The guard refuses each push; without
/// it, the next sync refuses (nothing merged) and so does a clone.
@Suite(.serialized) struct AttackMainCommitTests {
    static func trimmed(_ result: Command.Result) -> String { result.output.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// A commit object written from `text` as given (no checks: `--literally`).
    static func commitObject(_ team: SyncTeam, _ repo: String, _ text: [UInt8]) throws -> String {
        let file = repo + "/../commit-\(UUID().uuidString)"
        try Data(text).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        return trimmed(try team.inGit(repo, ["hash-object", "--literally", "-t", "commit", "-w", file]))
    }

    /// The text tamga writes for a commit of `tree` on `parent`, with `headers` after the committer and `tail` after the message.
    static func tamgaText(tree: String, parent: String, headers: String = "", tail: [UInt8] = []) -> [UInt8] {
        let stamp = "tamga <tamga@localhost> 1767225600 +0000"
        return Array("tree \(tree)\nparent \(parent)\nauthor \(stamp)\ncommitter \(stamp)\n\(headers)\ntamga: what this copy wrote\n".utf8) + tail
    }

    /// The carriers: each a commit on main's tip that tamga's old check (author, committer, trimmed message) let through.
    static func carriers(_ team: SyncTeam, _ evil: String) throws -> [(name: String, commit: String)] {
        let head = trimmed(try team.inGit(evil, ["rev-parse", "HEAD"]))
        let tree = trimmed(try team.inGit(evil, ["rev-parse", "HEAD^{tree}"]))
        let payload = "a5f0c3d1e2b4 the bytes of a destroyed key"
        var root = try AttackSyncTests.entries(team, evil, "HEAD")
        let ignore = try #require(root.firstIndex { $0.name == Array(".gitignore".utf8) })
        let carried = try AttackSyncTests.blob(team, evil, Data(payload.utf8))
        root.insert(AttackSyncTests.Entry(mode: "100644", sha: carried, name: Array(".gitignore".utf8)), at: ignore + 1)
        let twice = try AttackSyncTests.writeTree(team, evil, root)
        return [
            ("an extra header", try commitObject(team, evil, tamgaText(tree: tree, parent: head, headers: "x-carried \(payload)\n"))),
            ("an encoding header", try commitObject(team, evil, tamgaText(tree: tree, parent: head, headers: "encoding \(payload)\n"))),
            ("a gpgsig with a payload", try commitObject(team, evil, tamgaText(
                tree: tree, parent: head, headers: "gpgsig -----BEGIN PGP SIGNATURE-----\n \(payload)\n -----END PGP SIGNATURE-----\n"))),
            ("bytes after a NUL", try commitObject(team, evil, tamgaText(tree: tree, parent: head, tail: [0] + Array(payload.utf8)))),
            ("blank lines after the message", try commitObject(team, evil, tamgaText(tree: tree, parent: head, tail: Array("\n\n \t\n".utf8)))),
            ("a tree listing a name twice", try commitObject(team, evil, tamgaText(tree: twice, parent: head))),
        ]
    }

    /// Entries `a00`…`aNN` all naming `target`.
    static func repeated(_ team: SyncTeam, _ repo: String, _ target: String, mode: String, count: Int) throws -> String {
        let entries = (0..<count).map { AttackSyncTests.Entry(mode: mode, sha: target, name: Array(String(format: "a%03d", $0).utf8)) }
        return try AttackSyncTests.writeTree(team, repo, entries)
    }

    /// A tree of a few kilobytes that expands to 200^4 = 1.6 billion files, in place of `documents/`.
    static func bomb(_ team: SyncTeam, _ evil: String) throws -> String {
        var level = try repeated(team, evil, try AttackSyncTests.blob(team, evil, Data("x".utf8)), mode: "100644", count: 200)
        for _ in 0..<3 { level = try repeated(team, evil, level, mode: "040000", count: 200) }
        var root = try AttackSyncTests.entries(team, evil, "HEAD")
        let documents = try #require(root.firstIndex { $0.name == Array("documents".utf8) })
        root[documents].sha = level
        let tree = try AttackSyncTests.writeTree(team, evil, root)
        let head = trimmed(try team.inGit(evil, ["rev-parse", "HEAD"]))
        return try commitObject(team, evil, tamgaText(tree: tree, parent: head))
    }

    /// Pushes each commit to main, expecting the guard to refuse it or, without one, the next sync and a clone.
    func expectRefused(_ team: SyncTeam, guarded: Bool, _ attempts: [(name: String, commit: String)], evil: String,
                       mention: [String]) throws {
        let b = try team.clone("copy-b", member: "Bob")
        let good = Self.trimmed(try team.inGit(team.remote, ["rev-parse", "refs/heads/main"]))
        let bHead = try b.head()
        for (index, attempt) in attempts.enumerated() {
            let push = try team.inGit(evil, ["push", "-q", "--force", "origin", "\(attempt.commit):refs/heads/main"])
            if guarded {
                #expect(push.status != 0, "\(attempt.name): the guard accepted it")
                #expect(Self.trimmed(try team.inGit(team.remote, ["rev-parse", "refs/heads/main"])) == good, "\(attempt.name)")
                continue
            }
            #expect(push.status == 0, "\(attempt.name): \(push.output)")
            let sync = try b.run(["sync"], expect: 1)
            #expect(mention.contains { sync.standardError.contains($0) }, "\(attempt.name): \(sync.standardError)")
            #expect(try b.head() == bHead, "\(attempt.name): something was merged")
            let fresh = team.origin.folder.path("fresh-\(index)")
            let clone = try team.origin.run(["clone", team.url, fresh], extra: ["XDG_STATE_HOME": fresh + "-state"])
            #expect(clone.status != 0, "\(attempt.name): a clone accepted it")
            #expect(!FileManager.default.fileExists(atPath: fresh + "/config.json"), "\(attempt.name): the clone left files")
            #expect(try team.inGit(evil, ["push", "-q", "--force", "origin", "\(good):refs/heads/main"]).status == 0)
        }
        try b.run(["sync"])
    }

    @Test(arguments: [true, false])
    func aCommitCarryingBytesOfItsOwnIsRefused(guarded: Bool) throws {
        let team = try SyncTeam(guarded: guarded)
        try team.publish()
        let evil = try team.keylessClone("evil")
        // The control: the same text with nothing added is a commit tamga makes, and is accepted.
        let head = Self.trimmed(try team.inGit(evil, ["rev-parse", "HEAD"]))
        let tree = Self.trimmed(try team.inGit(evil, ["rev-parse", "HEAD^{tree}"]))
        let plain = try Self.commitObject(team, evil, Self.tamgaText(tree: tree, parent: head))
        try expectRefused(team, guarded: guarded, try Self.carriers(team, evil), evil: evil, mention: ["commit", "tree", "git objects"])
        let accepted = try team.inGit(evil, ["push", "-q", "origin", "\(plain):refs/heads/main"])
        #expect(accepted.status == 0, "tamga's own text was refused: \(accepted.output)")
        if guarded { #expect(try team.inGit(team.remote, ["config", "receive.fsckObjects"]).output.contains("true")) }
    }

    @Test(arguments: [true, false])
    func aTreeBombIsRefusedWithoutExpandingIt(guarded: Bool) throws {
        let team = try SyncTeam(guarded: guarded)
        try team.publish()
        let evil = try team.keylessClone("evil")
        let bomb = try Self.bomb(team, evil)
        try expectRefused(team, guarded: guarded, [("a tree bomb", bomb)], evil: evil, mention: ["tree bomb"])
        if guarded {
            // Past git's own checks (fsck does not expand trees), the hook's walk names it.
            let push = try team.inGit(evil, ["push", "origin", "\(bomb):refs/heads/main"])
            #expect(push.output.contains("tree bomb"), "\(push.output)")
        }
    }
}
