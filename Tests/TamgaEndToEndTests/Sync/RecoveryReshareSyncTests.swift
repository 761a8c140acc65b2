import Foundation
import Testing
import TamgaTestSupport

/// `tamga recovery reshare` rewrites every `recovery.sealed`, files that are
/// otherwise written once. The verifier (sync and the guard) accepts the
/// rewrite only with the signed keyring that replaces the recovery key, and
/// only the very files that keyring lists: a keyless writer can neither swap
/// the recovery sealed keys alone nor slip its own in beside a real rotation.
@Suite(.serialized) struct RecoveryReshareSyncTests {
    /// Commits everything in a keyless clone as tamga sync would (its author
    /// and message, so that only the files are judged) and pushes it.
    static func commitAndPush(_ team: SyncTeam, _ evil: String, amend: Bool = false) throws -> Command.Result {
        let tamga = ["GIT_AUTHOR_NAME": "tamga", "GIT_AUTHOR_EMAIL": "tamga@localhost",
                     "GIT_COMMITTER_NAME": "tamga", "GIT_COMMITTER_EMAIL": "tamga@localhost"]
        try team.inGit(evil, ["add", "-A"])
        try team.inGit(evil, ["commit", "-q"] + (amend ? ["--amend"] : []) + ["-m", "tamga: what this copy wrote"], environment: tamga)
        return try team.inGit(evil, ["push", "-q", "origin", "main"])
    }

    /// The recovery sealed keys of a vault folder, relative to it.
    static func recoverySealed(_ root: String) -> [String] {
        let walker = FileManager.default.enumerator(atPath: URL(fileURLWithPath: root).appendingPathComponent("keys").path)
        var result: [String] = []
        while let path = walker?.nextObject() as? String {
            if path.hasSuffix("/recovery.sealed") { result.append("keys/" + path) }
        }
        return result.sorted()
    }

    static func bytes(_ root: String, _ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: root).appendingPathComponent(path))
    }

    @Test func anAdministratorsReshareSyncsToEveryCopy() throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let bob = try team.clone("copy-bob", member: "Bob")
        try team.admin.run(["recovery", "reshare"])
        let synced = try team.admin.run(["sync"])
        #expect(!synced.standardError.contains("not synced"), "\(synced.standardOutput) \(synced.standardError)")
        try bob.run(["sync"])
        let paths = Self.recoverySealed(team.admin.path)
        #expect(!paths.isEmpty)
        for path in paths {
            #expect(try Self.bytes(bob.path, path) == Self.bytes(team.admin.path, path), "\(path) did not reach Bob's copy")
        }
        try bob.run(["check"])
    }

    /// Two reshares synced apart reach a copy that syncs once: the first
    /// one's recovery sealed keys sit in history under paths the second
    /// rewrote, which only two rotations arriving together may explain.
    @Test func twoResharesArriveTogether() throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let bob = try team.clone("copy-bob", member: "Bob")
        for _ in 1...2 {
            try team.admin.run(["recovery", "reshare"])
            let synced = try team.admin.run(["sync"])
            #expect(!synced.standardError.contains("not synced"), "\(synced.standardOutput) \(synced.standardError)")
        }
        // Merged only if it verified: Bob then holds the second reshare's files.
        try bob.run(["sync"])
        for path in Self.recoverySealed(team.admin.path) {
            #expect(try Self.bytes(bob.path, path) == Self.bytes(team.admin.path, path), "\(path) did not reach Bob's copy")
        }
    }

    /// A keyless writer replaces a recovery sealed key (with another sealed
    /// key of the right size, as garbage would be): no keyring changes the
    /// recovery key, so the guard refuses it.
    @Test func keylessWriterSwapsARecoverySealedKey() throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let evil = try team.keylessClone("evil")
        let target = "keys/levels/internal/1/recovery.sealed"
        let other = try #require(Self.recoverySealed(evil).first { $0 != target })
        try Self.bytes(evil, other).write(to: URL(fileURLWithPath: evil).appendingPathComponent(target))
        let push = try Self.commitAndPush(team, evil)
        #expect(push.status != 0, "the guard let a keyless writer rewrite \(target)")
        #expect(push.output.contains("recovery key is re-sealed only with the signed keyring"), "\(push.output)")
    }

    /// A keyless writer that holds an administrator's real reshare before
    /// it reaches the remote (a copy it can read) pushes it with one recovery
    /// sealed key of its own: the keyring does change the recovery key, but
    /// lists another file, so the guard refuses. The real reshare alone passes.
    @Test func keylessWriterRidesARealReshare() throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let evil = try team.keylessClone("evil")
        try team.admin.run(["recovery", "reshare"])
        for folder in ["keyring", "log", "keys"] {
            let destination = URL(fileURLWithPath: evil).appendingPathComponent(folder)
            try FileManager.default.removeItem(at: destination)
            try FileManager.default.copyItem(at: URL(fileURLWithPath: team.admin.path).appendingPathComponent(folder), to: destination)
        }
        let target = "keys/index/1/recovery.sealed"
        let real = try Self.bytes(evil, target)
        let other = try #require(Self.recoverySealed(evil).first { $0 != target })
        try Self.bytes(evil, other).write(to: URL(fileURLWithPath: evil).appendingPathComponent(target))
        let push = try Self.commitAndPush(team, evil)
        #expect(push.status != 0, "the guard let a keyless writer slip its own \(target) beside a real reshare")
        #expect(push.output.contains("not the recovery sealed key the signed keyring lists"), "\(push.output)")
        // The same push with the administrator's own file is the reshare, and passes.
        try real.write(to: URL(fileURLWithPath: evil).appendingPathComponent(target))
        let honest = try Self.commitAndPush(team, evil, amend: true)
        #expect(honest.status == 0, "the guard refused the administrator's reshare: \(honest.output)")
    }
}
