import Foundation
import Testing
import TamgaTestSupport

/// Red team of issue 16 (sync), 2026-12-04: the eight holes the attack found
/// (sealed keys planted for future epochs, member key files deleted or
/// swapped, bytes, names, gitlinks and messages smuggled through history,
/// policy bytes unchecked), each a test that failed then and passes since the
/// verifier's fixes (ArrivalJudge: epochs and holders of sealed keys, key
/// files by fingerprint, every new commit judged).
@Suite(.serialized) struct AttackSyncHoleTests {
    /// Commits everything in a keyless clone and pushes it.
    static func commitAndPush(_ team: SyncTeam, _ evil: String, message: String = "update") throws -> Command.Result {
        try team.inGit(evil, ["add", "-A"])
        let file = team.origin.folder.path("message.txt")
        try Data(message.utf8).write(to: URL(fileURLWithPath: file))
        try team.inGit(evil, ["commit", "-q", "--allow-empty", "-F", file])
        return try team.inGit(evil, ["push", "-q", "origin", "main"])
    }

    /// A keyless writer deletes every member's key file from the vault: the
    /// guard only notes it ("left the vault"), every copy's next sync deletes
    /// the file from its folder, and whoever kept their key there is locked
    /// out of their own copy.
    @Test func keylessWriterDeletesMemberKeyFiles() throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let bob = try team.clone("copy-bob", member: "Bob")
        try bob.run(["list"])
        let evil = try team.keylessClone("evil")
        let members = URL(fileURLWithPath: evil).appendingPathComponent("members")
        let files = try FileManager.default.contentsOfDirectory(atPath: members.path)
        #expect(!files.isEmpty)
        for file in files { try FileManager.default.removeItem(at: members.appendingPathComponent(file)) }
        let push = try Self.commitAndPush(team, evil)
        #expect(push.status != 0, "the guard let a keyless writer delete every members/*.key: \(push.output)")
        guard push.status == 0 else { return }
        // What it does to the members: their next (passphrase-less) sync deletes their key.
        let sync = try bob.run(["sync"], expect: nil)
        let list = try bob.run(["list"], expect: nil)
        #expect(list.status == 0, "after a keyless push and a sync, Bob is locked out of his copy: sync \(sync.status) \(sync.standardError); list: \(list.standardError)")
        let admin = try team.admin.run(["sync"], expect: nil)
        let adminList = try team.admin.run(["list"], expect: nil)
        #expect(adminList.status == 0, "and so is the administrator: sync \(admin.standardError); list: \(adminList.standardError)")
    }

    /// Once deleted, a key file may come back with any content that names the
    /// right fingerprint and vault: a keyless writer puts another member's
    /// (encrypted) key file in Bob's place, two pushes, both accepted.
    @Test func keylessWriterSwapsAMemberKeyFileInTwoPushes() throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let evil = try team.keylessClone("evil")
        let members = URL(fileURLWithPath: evil).appendingPathComponent("members")
        let files = try FileManager.default.contentsOfDirectory(atPath: members.path).sorted()
        let victim = files[0], other = files[1]
        let victimFingerprint = String(victim.dropLast(4)), otherFingerprint = String(other.dropLast(4))
        try FileManager.default.removeItem(at: members.appendingPathComponent(victim))
        let first = try Self.commitAndPush(team, evil, message: "move out")
        var text = try String(contentsOf: members.appendingPathComponent(other), encoding: .utf8)
        text = text.replacingOccurrences(of: otherFingerprint, with: victimFingerprint)
        try Data(text.utf8).write(to: members.appendingPathComponent(victim))
        let second = try Self.commitAndPush(team, evil, message: "move in")
        #expect(first.status != 0 || second.status != 0,
                "the guard let a keyless writer replace members/\(victim) with another member's key file: \(first.output) \(second.output)")
    }

    /// A keyless writer plants garbage (of the right size) as every member's
    /// sealed keys for the NEXT epochs. Nothing checks an epoch against the
    /// keyring, so the guard accepts; when an administrator then removes a
    /// member (new epochs), the real sealed keys are "rewrites" of the planted
    /// ones: sync leaves them out, and the other copies keep the garbage.
    @Test func keylessWriterPlantsSealedKeysForFutureEpochs() throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let evil = try team.keylessClone("evil")
        let keys = URL(fileURLWithPath: evil).appendingPathComponent("keys")
        var planted: [String] = []
        for folder in ["levels/internal", "levels/state", "levels/public", "index", "signing"] {
            let current = keys.appendingPathComponent("\(folder)/1")
            guard let holders = try? FileManager.default.contentsOfDirectory(atPath: current.path) else { continue }
            for epoch in 2...4 {
                let next = keys.appendingPathComponent("\(folder)/\(epoch)")
                try FileManager.default.createDirectory(at: next, withIntermediateDirectories: true)
                for holder in holders {
                    try Data((0..<80).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ epoch) }).write(to: next.appendingPathComponent(holder))
                    planted.append("keys/\(folder)/\(epoch)/\(holder)")
                }
            }
        }
        let push = try Self.commitAndPush(team, evil)
        #expect(push.status != 0, "the guard let in \(planted.count) sealed keys for epochs the keyring does not have: \(push.output)")
        guard push.status == 0 else { return }
        // The consequence: the administrator removes Dana (new key epochs) and syncs.
        try team.admin.run(["sync"])
        try team.admin.run(["member", "remove", "--member", "Admin", "Dana"], expect: nil)
        try team.admin.run(["add", try team.document(1, prefix: "VR-2040")], expect: nil)
        let sync = try team.admin.run(["sync"], expect: nil)
        print("the administrator's sync after the rotation: \(sync.status) \(sync.standardError)")
        #expect(sync.status == 0 && !sync.standardError.contains("not synced"),
                "after the plant, the key rotation does not reach the remote: \(sync.status) \(sync.standardOutput) \(sync.standardError)")
        let bob = try team.clone("copy-bob", member: "Bob")
        let show = try bob.run(["show", "VR-2040-0001"], expect: nil)
        #expect(show.status == 0, "Bob cannot read a document written after the rotation: \(show.standardError)")
    }

    /// History may not smuggle anything in, but only blobs are checked: an
    /// intermediate commit may hold a file whose NAME carries any text, as
    /// long as its bytes equal a file of the vault. The names reach every
    /// copy's .git on its next fetch (and stay in the remote for good).
    @Test func historySmugglesTextInFileNames() throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let evil = try team.keylessClone("evil")
        let name = "Aibek Sadykov, born 2 March 1991, beaten in cell 14 by officer Temir.txt"
        try Data(VaultFileKindText.gitattributes.utf8).write(to: URL(fileURLWithPath: evil).appendingPathComponent(name))
        try team.inGit(evil, ["add", "-A"])
        try team.inGit(evil, ["commit", "-q", "-m", "one"])
        try team.inGit(evil, ["rm", "-q", name])
        try team.inGit(evil, ["commit", "-q", "-m", "two"])
        let push = try team.inGit(evil, ["push", "-q", "origin", "main"])
        #expect(push.status != 0, "the guard let a commit carry a file outside the vault (\(name)) through history: \(push.output)")
        guard push.status == 0 else { return }
        try team.admin.run(["sync"])
        let names = try team.inGit(team.admin.path, ["log", "--all", "--name-only", "--format="]).output
        #expect(!names.contains("Aibek Sadykov"), "the smuggled name reached the administrator's copy")
    }

    /// A submodule (gitlink) in an intermediate commit: a tree entry that is
    /// neither a blob nor a vault file, carried through history unchecked.
    @Test func historySmugglesAGitlink() throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let evil = try team.keylessClone("evil")
        let head = try team.inGit(evil, ["rev-parse", "HEAD"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        try team.inGit(evil, ["update-index", "--add", "--cacheinfo", "160000,\(head),evil-submodule"])
        try team.inGit(evil, ["commit", "-q", "-m", "one"])
        try team.inGit(evil, ["update-index", "--force-remove", "evil-submodule"])
        try team.inGit(evil, ["commit", "-q", "-m", "two"])
        let push = try team.inGit(evil, ["push", "-q", "origin", "main"])
        #expect(push.status != 0, "the guard let a gitlink through history: \(push.output)")
    }

    /// A policy file is named by its hash, but arrival checks only that a
    /// signed entry lists its path, not its bytes. A malicious host (or any
    /// writer of an unguarded remote) rebuilds the administrator's policy
    /// commit on the same parent with other bytes at that path; a copy that
    /// had not fetched it yet merges the substitute (readers then refuse the
    /// "damaged" policy, and the honest file can never merge: add/add conflict).
    @Test func policyBytesAreNotCheckedOnArrival() throws {
        let team = try SyncTeam(guarded: false)
        try team.publish()
        let bob = try team.clone("copy-bob", member: "Bob")
        let strict = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("policy/default.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "named-to: [state]", with: "named-to: []")
        try team.admin.run(["policy", "set", try team.origin.folder.write("strict.yaml", strict)])
        try team.admin.run(["sync"])
        let evil = try team.keylessClone("evil")
        let policy = try team.inGit(evil, ["diff-tree", "-r", "--name-only", "--no-commit-id", "HEAD~1", "HEAD", "--", "policy"]).output
            .split(separator: "\n").map(String.init).first { $0.hasPrefix("policy/") }
        let path = try #require(policy, "the policy commit holds no policy file")
        try Data("rules: {}\n".utf8).write(to: URL(fileURLWithPath: evil).appendingPathComponent(path))
        try team.inGit(evil, ["add", "-A"])
        try team.inGit(evil, ["commit", "-q", "--amend", "-m", "tamga: what this copy wrote"])
        #expect(try team.inGit(evil, ["push", "-q", "-f", "origin", "main"]).status == 0)
        let sync = try bob.run(["sync"], expect: nil)
        #expect(sync.status != 0 && sync.standardError.contains(path),
                "Bob's copy merged a policy file whose bytes do not match its name: \(sync.status) \(sync.standardError)")
        let list = try bob.run(["list"], expect: nil)
        print("Bob's list after the substituted policy: \(list.status) \(list.standardError)")
    }

    /// History may carry only vault files, but a key file's other versions
    /// are refused only when the key file is still in the target: a file at a
    /// key-file path that is added and removed again within one push carries
    /// ANY bytes (plaintext, or gigabytes) into the remote and every copy's .git.
    @Test(arguments: ["members/0123456789abcdef0123456789abcdef.key", "keys/index/1/0123456789abcdef0123456789abcdef.sealed"])
    func historySmugglesAnyBytesAtAKeyFilePath(_ path: String) throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let evil = try team.keylessClone("evil")
        let url = URL(fileURLWithPath: evil).appendingPathComponent(path)
        try Data("Aibek Sadykov, born 2 March 1991, beaten in cell 14 by officer Temir\n".utf8).write(to: url)
        try team.inGit(evil, ["add", "-A"])
        try team.inGit(evil, ["commit", "-q", "-m", "one"])
        try team.inGit(evil, ["rm", "-q", path])
        try team.inGit(evil, ["commit", "-q", "-m", "two"])
        let push = try team.inGit(evil, ["push", "-q", "origin", "main"])
        #expect(push.status != 0, "the guard let plaintext through history at \(path): \(push.output)")
        guard push.status == 0 else { return }
        try team.admin.run(["sync"])
        let found = try team.inGit(team.admin.path, ["log", "--all", "-p", "--text", "--format="]).output
        #expect(!found.contains("Aibek Sadykov"), "the smuggled plaintext reached the administrator's copy")
    }

    /// Commit objects are not judged at all: a commit whose tree is the
    /// vault's own carries any message (or author) into every copy's .git.
    @Test func historySmugglesTextInACommitMessage() throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let evil = try team.keylessClone("evil")
        let message = "Aibek Sadykov, born 2 March 1991, beaten in cell 14 by officer Temir\n" + String(repeating: "x", count: 1 << 20)
        let file = team.origin.folder.path("message.txt")
        try Data(message.utf8).write(to: URL(fileURLWithPath: file))
        try team.inGit(evil, ["commit", "-q", "--allow-empty", "-F", file])
        let push = try team.inGit(evil, ["push", "-q", "origin", "main"])
        #expect(push.status != 0, "the guard let a commit with a 1 MiB message and plaintext in: \(push.output.prefix(300))")
        guard push.status == 0 else { return }
        try team.admin.run(["sync"])
        let log = try team.inGit(team.admin.path, ["log", "--all", "--format=%B"]).output
        #expect(!log.contains("Aibek Sadykov"), "the smuggled message reached the administrator's copy")
    }
}

/// The fixed text tamga writes into `.gitattributes` (VaultFileKind.gitattributes).
enum VaultFileKindText {
    static let gitattributes = "# written by tamga sync: every vault file is bytes, never converted\n* binary\n"
}
