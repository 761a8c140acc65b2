import Foundation
import Testing
import TamgaTestSupport

/// Issue 16: "a push of a forged entry, a deletion and a force-push refused
/// by the guard; a fetched forged entry quarantined by `sync`". The attacker
/// is a keyless writer: push access to the remote, plain git, no key.
@Suite(.serialized) struct SyncGuardTests {
    /// What a keyless writer tries, each in its own commit on top of the remote.
    enum Forgery: String, CaseIterable, Sendable {
        case forgedEntry, plantedObject, plaintextPart, deletedEntry, rewrittenEntry, symlink, strayFile, gitattributes,
             rewrittenSealedKey, sealedKeyForTheUncleared, rewrittenMemberKey

        /// Changes the keyless clone at `path`; returns the vault path the refusal must name.
        func apply(in path: String) throws -> String {
            let root = URL(fileURLWithPath: path)
            let log = root.appendingPathComponent("log")
            let entries = try FileManager.default.contentsOfDirectory(atPath: log.path).sorted()
            let first = entries[0]
            switch self {
            case .forgedEntry:
                // An existing entry with one more previous head, renamed to its new hash: the signature no longer verifies.
                var text = try String(contentsOf: log.appendingPathComponent(first), encoding: .utf8)
                text = text.replacingOccurrences(of: "sequence", with: "sequence ")
                let name = Self.sha256(Data(text.utf8)) + ".json"
                try Data(text.utf8).write(to: log.appendingPathComponent(name))
                return "log/\(name)"
            case .plantedObject:
                let documents = root.appendingPathComponent("documents")
                let blind = try FileManager.default.contentsOfDirectory(atPath: documents.path).sorted()[0]
                let folder = documents.appendingPathComponent("\(blind)/state")
                let existing = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()[0]
                var bytes = try Data(contentsOf: folder.appendingPathComponent(existing))
                bytes[bytes.count - 1] ^= 1
                let name = Self.sha256(bytes)
                try bytes.write(to: folder.appendingPathComponent(name))
                return "documents/\(blind)/state/\(name)"
            case .plaintextPart:
                let bytes = Data("Aibek Sadykov, born 2 March 1991, cell 14\n".utf8)
                let documents = root.appendingPathComponent("documents")
                let blind = try FileManager.default.contentsOfDirectory(atPath: documents.path).sorted()[0]
                let name = Self.sha256(bytes)
                try bytes.write(to: documents.appendingPathComponent("\(blind)/public/\(name)"))
                return "documents/\(blind)/public/\(name)"
            case .deletedEntry:
                try FileManager.default.removeItem(at: log.appendingPathComponent(entries.last!))
                return "log/\(entries.last!)"
            case .rewrittenEntry:
                try Data("{}".utf8).write(to: log.appendingPathComponent(first))
                return "log/\(first)"
            case .symlink:
                try FileManager.default.createSymbolicLink(atPath: log.appendingPathComponent(String(repeating: "a", count: 64) + ".json").path,
                                                           withDestinationPath: "/etc/passwd")
                return "log/" + String(repeating: "a", count: 64) + ".json"
            case .strayFile:
                try Data("notes\n".utf8).write(to: root.appendingPathComponent("notes.txt"))
                return "notes.txt"
            case .rewrittenSealedKey:
                // Garbage of the right size in place of a member's sealed level key: it would lock them out.
                let folder = root.appendingPathComponent("keys/levels/internal/1")
                let holder = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().first { $0 != "recovery.sealed" }!
                try Data((0..<80).map { UInt8(truncatingIfNeeded: $0 &* 7) }).write(to: folder.appendingPathComponent(holder))
                return "keys/levels/internal/1/\(holder)"
            case .sealedKeyForTheUncleared:
                // An internal key "sealed" to a member not cleared for it (the index folder lists every member).
                let cleared = Set(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("keys/levels/internal/1").path))
                let everyone = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("keys/index/1").path).sorted()
                let outsider = everyone.first { !cleared.contains($0) }!
                try Data(repeating: 1, count: 80).write(to: root.appendingPathComponent("keys/levels/internal/1/\(outsider)"))
                return "keys/levels/internal/1/\(outsider)"
            case .rewrittenMemberKey:
                let members = root.appendingPathComponent("members")
                let file = try FileManager.default.contentsOfDirectory(atPath: members.path).sorted()[0]
                var text = try String(contentsOf: members.appendingPathComponent(file), encoding: .utf8)
                text = text.replacingOccurrences(of: "\"salt\" : \"", with: "\"salt\" : \"00")
                try Data(text.utf8).write(to: members.appendingPathComponent(file))
                return "members/\(file)"
            case .gitattributes:
                try Data("* text eol=crlf\n".utf8).write(to: root.appendingPathComponent(".gitattributes"))
                return ".gitattributes"
            }
        }

        static func sha256(_ data: Data) -> String {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("tamga-hash-\(UUID().uuidString)")
            try? data.write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let output = (try? Command.run("/usr/bin/sha256sum", [file.path]).output) ?? ""
            return String(output.prefix(64))
        }
    }

    @Test(arguments: Forgery.allCases)
    func guardRefusesAPushThatBreaksTheVault(_ forgery: Forgery) throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let evil = try team.keylessClone("evil")
        let path = try forgery.apply(in: evil)
        try team.inGit(evil, ["add", "-A"])
        try team.inGit(evil, ["commit", "-q", "-m", "update"])
        let push = try team.inGit(evil, ["push", "-q", "origin", "main"])
        #expect(push.status != 0, "the guard let \(forgery) in")
        #expect(push.output.contains("tamga guard") && push.output.contains(path), "\(push.output)")
    }

    @Test func guardRefusesForcePushAndBranchDeletion() throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        try team.admin.run(["add", try team.document(1, prefix: "VR-2033")])
        try team.admin.run(["sync"])
        let evil = try team.keylessClone("evil")
        try team.inGit(evil, ["reset", "-q", "--hard", "HEAD~1"])
        let force = try team.inGit(evil, ["push", "-q", "-f", "origin", "main"])
        #expect(force.status != 0, "\(force.output)")
        #expect(try team.inGit(evil, ["push", "-q", "origin", ":main"]).status != 0)
        #expect(try team.inGit(evil, ["push", "-q", "origin", "HEAD:refs/heads/other"]).status != 0)
        // The remote still has everything: a fresh clone verifies and lists the document.
        let fresh = try team.clone("fresh", member: "Admin")
        let list = try fresh.run(["list"])
        #expect(list.standardOutput.contains("VR-2033-0001"), "\(list.standardOutput) \(list.standardError)")
    }

    @Test(arguments: [Forgery.forgedEntry, .plantedObject, .plaintextPart, .deletedEntry, .rewrittenEntry, .strayFile, .rewrittenSealedKey])
    func syncQuarantinesWhatAnUnguardedRemoteServes(_ forgery: Forgery) throws {
        let team = try SyncTeam(guarded: false)
        try team.publish()
        let evil = try team.keylessClone("evil")
        let path = try forgery.apply(in: evil)
        try team.inGit(evil, ["add", "-A"])
        try team.inGit(evil, ["commit", "-q", "-m", "update"])
        #expect(try team.inGit(evil, ["push", "-q", "origin", "main"]).status == 0)

        let before = try team.admin.head()
        let files = team.origin.files().filter { !$0.hasPrefix(".git/") }
        let sync = try team.admin.run(["sync"], expect: 1)
        #expect(sync.standardError.contains(path), "\(sync.standardError)")
        #expect(try team.admin.head() == before)
        #expect(team.origin.files().filter { !$0.hasPrefix(".git/") } == files)
        try team.admin.run(["check"])
        // A clone from that remote leaves nothing behind.
        let clone = try team.origin.run(["clone", team.url, team.origin.folder.path("victim")])
        #expect(clone.status == 1 && clone.standardError.contains(path))
        #expect(!FileManager.default.fileExists(atPath: team.origin.folder.path("victim")))
    }

    @Test func syncRefusesARewrittenHistory() throws {
        let team = try SyncTeam(guarded: false)
        try team.publish()
        try team.admin.run(["add", try team.document(1, prefix: "VR-2034")])
        try team.admin.run(["sync"])
        let evil = try team.keylessClone("evil")
        try team.inGit(evil, ["reset", "-q", "--hard", "HEAD~1"])
        #expect(try team.inGit(evil, ["push", "-q", "-f", "origin", "main"]).status == 0)
        let sync = try team.admin.run(["sync"], expect: 1)
        #expect(sync.standardError.contains("rewritten"), "\(sync.standardError)")
    }
}

/// `tamga guard --install --vault ID`: a pinned repository refuses any other
/// vault, even on the first push (without a pin, the first push decides).
@Suite(.serialized) struct SyncGuardPinTests {
    @Test func aPinnedGuardRefusesAnotherVaultOnTheFirstPush() throws {
        let team = try SyncTeam(guarded: false)
        _ = try team.origin.run(["guard", "--install", team.remote, "--vault", String(repeating: "a", count: 64)])
        try team.admin.run(["remote", "add", "origin", team.url])
        let sync = try team.admin.run(["sync"], expect: 1)
        #expect(sync.standardError.contains("another vault"), "\(sync.standardError)")
        // Pinned to its own id, the same vault is accepted.
        let id = try String(contentsOfFile: team.origin.vault + "/config.json", encoding: .utf8)
            .split(separator: "\"").first { $0.count == 64 }.map(String.init) ?? ""
        _ = try team.origin.run(["guard", "--install", team.remote, "--vault", id])
        try team.admin.run(["sync"])
    }
}
