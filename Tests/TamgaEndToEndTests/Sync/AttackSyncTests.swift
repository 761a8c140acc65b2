import Foundation
import Testing
import TamgaTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Red team of issue 16 (sync): attacks that are refused today, kept as
/// regression tests. Keyless writers with plain git, insiders with real keys
/// through the CLI, interruptions at chosen moments, and the local copy.
@Suite(.serialized) struct AttackSyncTests {
    // MARK: - Helpers: raw git objects a keyless writer builds by hand

    struct Entry { var mode: String; var sha: String; var name: [UInt8] }

    /// The entries of a tree (`ls-tree -z`), names as bytes.
    static func entries(_ team: SyncTeam, _ repo: String, _ treeish: String) throws -> [Entry] {
        let text = try team.inGit(repo, ["ls-tree", "-z", treeish]).output
        return text.split(separator: "\0").compactMap { field in
            guard let tab = field.firstIndex(of: "\t") else { return nil }
            let meta = field[..<tab].split(separator: " ")
            return Entry(mode: String(meta[0]), sha: String(meta[2]), name: Array(field[field.index(after: tab)...].utf8))
        }
    }

    /// Writes a tree object from entries as given (no sorting, no checks: `--literally`).
    static func writeTree(_ team: SyncTeam, _ repo: String, _ entries: [Entry]) throws -> String {
        var bytes: [UInt8] = []
        for entry in entries {
            bytes += Array((entry.mode.hasPrefix("0") ? String(entry.mode.dropFirst()) : entry.mode).utf8) + [32] + entry.name + [0]
            var hex = Array(entry.sha.utf8)[...]
            while hex.count >= 2 {
                bytes.append(UInt8(String(decoding: hex.prefix(2), as: UTF8.self), radix: 16)!)
                hex = hex.dropFirst(2)
            }
        }
        let file = repo + "/../tree-\(UUID().uuidString)"
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        return try team.inGit(repo, ["hash-object", "-t", "tree", "--literally", "-w", file]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func blob(_ team: SyncTeam, _ repo: String, _ data: Data) throws -> String {
        let file = repo + "/../blob-\(UUID().uuidString)"
        try data.write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        return try team.inGit(repo, ["hash-object", "-w", file]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Commits `tree` on top of HEAD (or with the given parents) and pushes it to main.
    static func pushTree(_ team: SyncTeam, _ repo: String, _ tree: String, parents: [String]? = nil) throws -> Command.Result {
        let head = try team.inGit(repo, ["rev-parse", "HEAD"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let parentArgs = (parents ?? [head]).flatMap { ["-p", $0] }
        let commit = try team.inGit(repo, ["commit-tree", tree] + parentArgs + ["-m", "update"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return try team.inGit(repo, ["push", "-q", "origin", "\(commit):refs/heads/main"])
    }

    static func commitAndPush(_ team: SyncTeam, _ evil: String) throws -> Command.Result {
        try AttackSyncHoleTests.commitAndPush(team, evil)
    }

    // MARK: - Keyless writer: odd paths and malformed trees

    enum OddPath: String, CaseIterable, Sendable {
        case dotDot, uppercaseEntryName, newlineInName, dotGit, decomposedUnicode, longName, duplicateConfig, duplicateLogEntry,
             paddedEpoch, trailingSpace, logAsFile
    }

    @Test(arguments: OddPath.allCases)
    func guardRefusesOddPaths(_ odd: OddPath) throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let evil = try team.keylessClone("evil")
        var root = try Self.entries(team, evil, "HEAD")
        var log = try Self.entries(team, evil, "HEAD:log")
        let garbage = try Self.blob(team, evil, Data("Aibek Sadykov, cell 14\n".utf8))
        let realEntry = log[0]
        let realName = String(decoding: realEntry.name, as: UTF8.self)
        switch odd {
        case .dotDot: root.append(Entry(mode: "100644", sha: garbage, name: Array("..".utf8)))
        case .uppercaseEntryName: log.append(Entry(mode: "100644", sha: realEntry.sha, name: Array(realName.uppercased().replacingOccurrences(of: ".JSON", with: ".json").utf8)))
        case .newlineInName: log.append(Entry(mode: "100644", sha: garbage, name: Array((realName + "\nconfig.json").utf8)))
        case .dotGit: root.append(Entry(mode: "100644", sha: garbage, name: Array(".git".utf8)))
        case .decomposedUnicode: root.append(Entry(mode: "100644", sha: garbage, name: Array("config\u{0301}.json".utf8)))
        case .longName: root.append(Entry(mode: "100644", sha: garbage, name: Array(String(repeating: "a", count: 5000).utf8)))
        case .duplicateConfig:
            let index = root.firstIndex { $0.name == Array("config.json".utf8) }!
            root.insert(Entry(mode: "100644", sha: garbage, name: Array("config.json".utf8)), at: index + 1)
        case .duplicateLogEntry: log.insert(Entry(mode: "100644", sha: garbage, name: realEntry.name), at: 1)
        case .paddedEpoch:
            let keys = try Self.entries(team, evil, "HEAD:keys/index/1")
            let sealed = try Self.blob(team, evil, Data(repeating: 7, count: 80))
            let tree = try Self.writeTree(team, evil, [Entry(mode: "100644", sha: sealed, name: keys[0].name)])
            var index = try Self.entries(team, evil, "HEAD:keys/index")
            index.insert(Entry(mode: "040000", sha: tree, name: Array("01".utf8)), at: 0)
            var keysRoot = try Self.entries(team, evil, "HEAD:keys")
            let i = keysRoot.firstIndex { $0.name == Array("index".utf8) }!
            keysRoot[i].sha = try Self.writeTree(team, evil, index)
            let k = root.firstIndex { $0.name == Array("keys".utf8) }!
            root[k].sha = try Self.writeTree(team, evil, keysRoot)
        case .trailingSpace: log.append(Entry(mode: "100644", sha: realEntry.sha, name: realEntry.name + [32]))
        case .logAsFile:
            let i = root.firstIndex { $0.name == Array("log".utf8) }!
            root.insert(Entry(mode: "100644", sha: garbage, name: Array("log".utf8)), at: i)
        }
        let l = root.firstIndex { $0.name == Array("log".utf8) && $0.mode.hasPrefix("04") }!
        root[l].sha = try Self.writeTree(team, evil, log)
        let push = try Self.pushTree(team, evil, try Self.writeTree(team, evil, root))
        #expect(push.status != 0, "\(odd): the guard let it in: \(push.output)")
        print("odd path \(odd): push status \(push.status): \(push.output.split(separator: "\n").filter { $0.contains("tamga guard") || $0.contains("error") }.prefix(3).joined(separator: " | "))")
    }

    // MARK: - Keyless writer: replays from another vault, another version

    enum Foreign: String, CaseIterable, Sendable { case keyring, logEntry, memberKey, config }

    @Test(arguments: Foreign.allCases)
    func guardRefusesFilesFromAnotherVault(_ foreign: Foreign) throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let other = try CLIVault()
        _ = try other.run(["add", try other.folder.write("VR-2014-017.md", try CLIVault.example("VR-2014-017.md"))])
        let evil = try team.keylessClone("evil")
        let source = URL(fileURLWithPath: other.vault), target = URL(fileURLWithPath: evil)
        let folder: String
        switch foreign {
        case .keyring: folder = "keyring"
        case .logEntry: folder = "log"
        case .memberKey: folder = "members"
        case .config: folder = ""
        }
        var path = "config.json"
        if folder.isEmpty {
            try FileManager.default.removeItem(at: target.appendingPathComponent("config.json"))
            try FileManager.default.copyItem(at: source.appendingPathComponent("config.json"), to: target.appendingPathComponent("config.json"))
        } else {
            let name = try FileManager.default.contentsOfDirectory(atPath: source.appendingPathComponent(folder).path).sorted()[0]
            try FileManager.default.copyItem(at: source.appendingPathComponent("\(folder)/\(name)"), to: target.appendingPathComponent("\(folder)/\(name)"))
            path = "\(folder)/\(name)"
        }
        let push = try Self.commitAndPush(team, evil)
        #expect(push.status != 0 && push.output.contains(path), "\(foreign): \(push.output)")
        print("foreign \(foreign): \(push.output.split(separator: "\n").filter { $0.contains("tamga guard") }.prefix(2).joined(separator: " | "))")
    }

    /// A superseded part (removed by a signed `rekey`) put back from history.
    @Test func guardRefusesASupersededPartPutBack() throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let before = Set(team.origin.files().filter { $0.hasPrefix("documents/") })
        try team.admin.run(["member", "remove", "--member", "Admin", "Dana"])
        try team.admin.run(["rekey", "--level", "state"])
        try team.admin.run(["sync"])
        let gone = before.subtracting(team.origin.files())
        try #require(!gone.isEmpty, "rekey removed no part")
        let evil = try team.keylessClone("evil")
        let path = gone.sorted()[0]
        let old = try team.inGit(evil, ["log", "--format=%H", "--", path]).output.split(separator: "\n").last.map(String.init)!
        try team.inGit(evil, ["checkout", "-q", "\(old)", "--", path])
        let push = try Self.commitAndPush(team, evil)
        #expect(push.status != 0 && push.output.contains(path), "\(push.output)")
        print("superseded part put back: \(push.output.split(separator: "\n").filter { $0.contains("tamga guard") }.prefix(2).joined(separator: " | "))")
    }

    // MARK: - Keyless writer: history, refs

    /// Plaintext added and removed again within one push.
    @Test func guardRefusesPlaintextAddedThenRemovedInOnePush() throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let evil = try team.keylessClone("evil")
        let documents = URL(fileURLWithPath: evil).appendingPathComponent("documents")
        let blind = try FileManager.default.contentsOfDirectory(atPath: documents.path).sorted()[0]
        let bytes = Data("Aibek Sadykov, born 2 March 1991, cell 14\n".utf8)
        let path = "documents/\(blind)/public/\(SyncGuardTests.Forgery.sha256(bytes))"
        try bytes.write(to: URL(fileURLWithPath: evil).appendingPathComponent(path))
        try team.inGit(evil, ["add", "-A"]); try team.inGit(evil, ["commit", "-q", "-m", "in"])
        try team.inGit(evil, ["rm", "-q", path]); try team.inGit(evil, ["commit", "-q", "-m", "out"])
        let push = try team.inGit(evil, ["push", "-q", "origin", "main"])
        #expect(push.status != 0 && push.output.contains(path), "\(push.output)")
    }

    /// A merge commit whose second parent is an unrelated history full of plaintext.
    @Test func guardRefusesAMergeWithAMaliciousSecondParent() throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let evil = try team.keylessClone("evil")
        let plain = try Self.blob(team, evil, Data("Aibek Sadykov, born 2 March 1991, cell 14\n".utf8))
        let orphanTree = try Self.writeTree(team, evil, [Entry(mode: "100644", sha: plain, name: Array("statement.txt".utf8))])
        let orphan = try team.inGit(evil, ["commit-tree", orphanTree, "-m", "orphan"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let head = try team.inGit(evil, ["rev-parse", "HEAD"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let tree = try team.inGit(evil, ["rev-parse", "HEAD^{tree}"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let push = try Self.pushTree(team, evil, tree, parents: [head, orphan])
        #expect(push.status != 0 && push.output.contains("statement.txt"), "\(push.output)")
        // The same on an unguarded remote: sync refuses it.
        let open = try SyncTeam(guarded: false)
        try open.publish()
        let evil2 = try open.keylessClone("evil")
        let plain2 = try Self.blob(open, evil2, Data("Aibek Sadykov, born 2 March 1991, cell 14\n".utf8))
        let orphanTree2 = try Self.writeTree(open, evil2, [Entry(mode: "100644", sha: plain2, name: Array("statement.txt".utf8))])
        let orphan2 = try open.inGit(evil2, ["commit-tree", orphanTree2, "-m", "orphan"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let head2 = try open.inGit(evil2, ["rev-parse", "HEAD"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let tree2 = try open.inGit(evil2, ["rev-parse", "HEAD^{tree}"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try Self.pushTree(open, evil2, tree2, parents: [head2, orphan2]).status == 0)
        let sync = try open.admin.run(["sync"], expect: 1)
        #expect(sync.standardError.contains("statement.txt"), "\(sync.standardError)")
    }

    @Test func guardRefusesOtherRefs() throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let evil = try team.keylessClone("evil")
        try team.inGit(evil, ["tag", "light"])
        try team.inGit(evil, ["tag", "-a", "annotated", "-m", "Aibek Sadykov, cell 14"])
        // refs/tamga/datakeys is the one other ref a vault has (issue 18): a main commit pushed there is refused too.
        for refspec in ["light", "annotated", "HEAD:refs/heads/Main", "HEAD:refs/heads/main/x", "HEAD:refs/notes/commits", "HEAD:refs/tamga/synced/origin",
                        "HEAD:refs/heads/MAIN", "+HEAD:refs/tamga/datakeys", "HEAD:refs/tamga/datakeys/x", "HEAD:refs/tamga/incoming-datakeys/origin"] {
            let push = try team.inGit(evil, ["push", "-q", "origin", refspec])
            #expect(push.status != 0, "\(refspec): \(push.output)")
        }
        let refs = try team.inGit(team.remote, ["for-each-ref", "--format=%(refname)"]).output
        #expect(refs.trimmingCharacters(in: .whitespacesAndNewlines) == "refs/heads/main\nrefs/tamga/datakeys", "\(refs)")
    }

    /// A first push that holds no vault is refused; one that holds another
    /// vault is accepted (the guard pins no vault id: first-push trust), but
    /// the administrator's sync does not merge it and a clone names the other id.
    @Test func firstPushToAFreshGuardedRemote() throws {
        let team = try SyncTeam(guarded: true)
        let evil = team.origin.folder.path("evil-first")
        try team.inGit(team.origin.folder.url.path, ["init", "-q", "-b", "main", evil])
        try team.inGit(evil, ["commit", "-q", "--allow-empty", "-m", "empty"])
        try team.inGit(evil, ["remote", "add", "origin", team.url])
        #expect(try team.inGit(evil, ["push", "-q", "origin", "main"]).status != 0)
        // Another vault, made by the attacker with tamga itself.
        let other = try CLIVault()
        _ = try other.run(["remote", "add", "origin", team.url])
        let first = try other.run(["sync"])
        print("another vault as the first push: status \(first.status) \(first.standardError)")
        try team.admin.run(["remote", "add", "origin", team.url])
        let sync = try team.admin.run(["sync"], expect: nil)
        print("administrator's sync against it: status \(sync.status) \(sync.standardError)")
        #expect(sync.status != 0)
        #expect(!team.origin.files().contains { $0.hasPrefix("keyring/") && !FileManager.default.fileExists(atPath: team.origin.vault + "/" + $0) })
        try team.admin.run(["check"])
    }

    // MARK: - Option injection through remote names and addresses

    @Test func optionInjectionThroughRemoteNamesAndAddresses() throws {
        let team = try SyncTeam(guarded: false)
        let marker = team.origin.folder.path("pwned")
        let payload = "--upload-pack=touch \(marker);:"
        for arguments in [["remote", "add", "--", payload, team.remote], ["remote", "add", "origin", payload],
                          ["remote", "add", "-u", "origin", team.remote], ["remote", "add", "ext", "ext::sh -c touch% \(marker)"]] {
            let result = try team.admin.run(arguments, expect: nil)
            print("tamga \(arguments.joined(separator: " ")): \(result.status) \(result.standardError)")
        }
        _ = try team.admin.run(["sync", "ext"], expect: nil)
        for arguments in [["clone", "--", payload, team.origin.folder.path("c1")], ["clone", "ext::sh -c touch% \(marker)", team.origin.folder.path("c2")],
                          ["clone", "--upload-pack=touch \(marker)", team.remote, team.origin.folder.path("c3")]] {
            let result = try team.origin.run(arguments)
            print("tamga \(arguments.joined(separator: " ")): \(result.status) \(result.standardError)")
        }
        #expect(!FileManager.default.fileExists(atPath: marker), "a remote name or address ran a command")
    }

    // MARK: - Huge file

    @Test func guardRefusesAHugePlantedObjectQuickly() throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let evil = try team.keylessClone("evil")
        let documents = URL(fileURLWithPath: evil).appendingPathComponent("documents")
        let blind = try FileManager.default.contentsOfDirectory(atPath: documents.path).sorted()[0]
        let file = documents.appendingPathComponent("\(blind)/public/big")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        let chunk = Data((0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ ($0 >> 8)) })
        for _ in 0..<96 { handle.write(chunk) }
        try handle.close()
        let hash = String(try Command.run("/usr/bin/sha256sum", [file.path]).output.prefix(64))
        try FileManager.default.moveItem(at: file, to: documents.appendingPathComponent("\(blind)/public/\(hash)"))
        let start = Date()
        let push = try Self.commitAndPush(team, evil)
        let seconds = Date().timeIntervalSince(start)
        print("a 96 MiB planted object: push status \(push.status) after \(Int(seconds)) s")
        #expect(push.status != 0 && push.output.contains(hash), "\(push.output)")
        #expect(!FileManager.default.fileExists(atPath: team.remote + "/tamga-verify-" ) )
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: team.remote).filter { $0.hasPrefix("tamga-verify") }
        #expect(leftovers.isEmpty, "the guard left its scratch behind: \(leftovers)")
    }

    // MARK: - Insiders with real keys (through the CLI)

    /// A removed contributor writes in a copy that has not seen the removal,
    /// then syncs: her entry binds the old keyring and chains onto old heads.
    @Test(arguments: [true, false])
    func removedMemberCannotWriteAsIfOffline(guarded: Bool) throws {
        let team = try SyncTeam(guarded: guarded)
        try team.publish()
        let carol = try team.clone("copy-carol", member: "Carol")
        try team.admin.run(["member", "remove", "--member", "Admin", "Carol"])
        try team.admin.run(["sync"])
        let add = try carol.run(["add", try team.document(1, prefix: "VR-2041")], expect: nil)
        try #require(add.status == 0, "Carol's stale copy refused to add: \(add.standardError)")
        let sync = try carol.run(["sync"], expect: nil)
        print("removed Carol's sync (guarded: \(guarded)): \(sync.status) \(sync.standardError)")
        // Whichever copy refuses it says what is lost: what she recorded, a consent withdrawal first (attacker 41, C9).
        let lost = "signed by a member removed before they reached the vault"
        if guarded {
            #expect(sync.status != 0 && sync.standardError.contains("unauthorized"), "\(sync.standardError)")
            #expect(sync.standardError.contains(lost), "\(sync.standardError)")
        } else {
            let admin = try team.admin.run(["sync"], expect: nil)
            print("administrator's sync after it: \(admin.status) \(admin.standardError)")
            #expect(admin.status != 0 && admin.standardError.contains("unauthorized"), "\(admin.standardError)")
            #expect(admin.standardError.contains(lost), "\(admin.standardError)")
        }
        if guarded {
            let fresh = try team.clone("fresh", member: "Admin")
            #expect(!(try fresh.run(["list"]).standardOutput.contains("VR-2041")))
        }
    }

    /// A contributor and an administrator add the same new document id apart:
    /// the contributor's entry writes under a folder someone else wrote.
    @Test func contributorCannotOverwriteAnotherMembersDocument() throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let carol = try team.clone("copy-carol", member: "Carol")
        let adminText = try team.origin.folder.write("VR-2042-admin.md", GeneratedDocument.text(1, prefix: "VR-2042"))
        try team.admin.run(["add", adminText])
        try team.admin.run(["sync"])
        let carolText = try team.origin.folder.write("VR-2042-carol.md",
                                                     GeneratedDocument.text(1, prefix: "VR-2042", note: "Carol's version."))
        let add = try carol.run(["add", carolText], expect: nil)
        let sync = try carol.run(["sync"], expect: nil)
        print("contributor's concurrent add of the same id: add \(add.status) \(add.standardError); sync \(sync.status) \(sync.standardError)")
        if add.status == 0 {
            #expect(sync.status != 0 && sync.standardError.contains("unauthorized"), "\(sync.standardError)")
            // Carol's copy now holds a commit the guard will never take: her later work is stuck too.
            try carol.run(["add", try team.document(2, prefix: "VR-2042")], expect: nil)
            let later = try carol.run(["sync"], expect: nil)
            print("the contributor's next sync: \(later.status) \(later.standardError.prefix(300))")
        }
        try team.admin.run(["sync"], expect: nil)
        let show = try team.admin.run(["show", "VR-2042-0001"], expect: nil)
        #expect(!show.standardOutput.contains("Carol's version"), "\(show.standardOutput)")
    }

    // MARK: - The local copy

    @Test func filesPlantedInTheLocalFolderAreLeftOutAndNamed() throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let root = URL(fileURLWithPath: team.admin.path)
        let documents = root.appendingPathComponent("documents")
        let blind = try FileManager.default.contentsOfDirectory(atPath: documents.path).sorted()[0]
        let bytes = Data("Aibek Sadykov, born 2 March 1991, cell 14\n".utf8)
        let planted = ["notes.txt", "documents/\(blind)/public/\(SyncGuardTests.Forgery.sha256(bytes))",
                       "log/\(SyncGuardTests.Forgery.sha256(bytes)).json", "documents/\(blind)/.gitattributes"]
        try team.admin.run(["add", try team.document(1, prefix: "VR-2043")])
        for path in planted {
            try bytes.write(to: root.appendingPathComponent(path))
        }
        // A local change to a written-once file too.
        let members = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("members").path).sorted()
        try Data("{}".utf8).write(to: root.appendingPathComponent("members/\(members[0])"))
        let sync = try team.admin.run(["sync"], expect: nil)
        print("sync with planted files: \(sync.status) \(sync.standardError)")
        for path in planted + ["members/\(members[0])"] {
            #expect(sync.standardError.contains(path), "\(path) not named: \(sync.standardError)")
        }
        let remoteFiles = try team.inGit(team.remote, ["log", "--all", "--name-only", "--format="]).output
        for path in planted { #expect(!remoteFiles.contains(path), "\(path) reached the remote") }
        let fresh = try team.clone("fresh", member: "Admin")
        #expect(try fresh.run(["list"]).standardOutput.contains("VR-2043-0001"))
    }

    // MARK: - Interruption

    /// A fake `git` first on PATH that kills the whole `tamga sync` process
    /// group (SIGKILL) when git is called with `at` among its arguments
    /// (after `delay` seconds of the real command running, or before it).
    static func killingGit(_ team: SyncTeam) throws -> String {
        let folder = team.origin.folder.path("fakebin")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let script = """
        #!/bin/bash
        if [ -n "$TAMGA_KILL_AT" ]; then
          for a in "$@"; do
            if [ "$a" = "$TAMGA_KILL_AT" ]; then
              pgid=$(ps -o pgid= -p $$ | tr -d ' ')
              if [ -n "$TAMGA_KILL_DELAY" ]; then
                "\(team.git)" "$@" & sleep "$TAMGA_KILL_DELAY"
              fi
              echo killed > "$TAMGA_KILL_MARK"
              kill -9 -- -"$pgid"
            fi
          done
        fi
        exec "\(team.git)" "$@"
        """
        try Data(script.utf8).write(to: URL(fileURLWithPath: folder + "/git"))
        chmod(folder + "/git", 0o755)
        return folder
    }

    static func syncKilled(_ copy: SyncTeam.Copy, fakebin: String, at: String, delay: String?) throws -> Bool {
        let mark = copy.team.origin.folder.path("kill-mark")
        try? FileManager.default.removeItem(atPath: mark)
        var extra = ["PATH": fakebin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
                     "TAMGA_KILL_AT": at, "TAMGA_KILL_MARK": mark]
        if let delay { extra["TAMGA_KILL_DELAY"] = delay }
        let process = try copy.startSync(extra: extra)
        process.waitUntilExit()
        return FileManager.default.fileExists(atPath: mark)
    }

    /// Kill points: before the fetch, during it, before the work tree is
    /// updated, between the work tree and the branch, before and during the push,
    /// and during the local commit.
    @Test(arguments: [("fetch", nil), ("fetch", "0.05"), ("read-tree", nil), ("tamga sync", nil), ("push", nil), ("push", "0.1"),
                      ("commit", nil), ("commit-tree", nil)] as [(String, String?)])
    func syncKilledAtAChosenMomentLosesNothing(at: String, delay: String?) throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let fakebin = try Self.killingGit(team)
        let bob = try team.clone("copy-bob", member: "Bob")
        try team.admin.run(["add", try team.document(1, prefix: "VR-2044-A")])
        try team.admin.run(["sync"])
        try bob.run(["add", try team.document(1, prefix: "VR-2044-B")])
        let killed = try Self.syncKilled(bob, fakebin: fakebin, at: at, delay: delay)
        #expect(killed, "the sync was not killed at \(at)")
        let again = try bob.run(["sync"], expect: nil)
        #expect(again.status == 0, "after a kill at \(at): \(again.standardError)")
        try team.admin.run(["sync"])
        try bob.run(["sync"])
        #expect(try team.admin.head() == bob.head())
        for copy in [team.admin, bob] {
            let list = try copy.run(["list"]).standardOutput
            #expect(list.contains("VR-2044-A-0001") && list.contains("VR-2044-B-0001"), "\(copy.member) after a kill at \(at): \(list)")
            #expect(list.components(separatedBy: "VR-2044-B-0001").count == 2, "duplicated: \(list)")
            let check = try copy.run(["check"])
            #expect(!check.standardOutput.contains("problem"), "\(copy.member): \(check.standardOutput)")
        }
        let status = try team.inGit(bob.path, ["status", "--porcelain"]).output
        #expect(status.isEmpty, "Bob's folder differs from his branch after a kill at \(at): \(status)")
    }

    /// Two syncs at once on one copy.
    @Test func twoSyncsAtOnceOnOneCopy() throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let bob = try team.clone("copy-bob", member: "Bob")
        for round in 1...3 {
            try team.admin.run(["add", try team.document(round, prefix: "VR-2045-A")])
            try team.admin.run(["sync"])
            try bob.run(["add", try team.document(round, prefix: "VR-2045-B")])
            var processes: [(Process, Pipe)] = []
            for _ in 0..<2 {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: team.origin.tamga.path)
                process.arguments = ["sync"]
                var environment = ProcessInfo.processInfo.environment
                for (key, value) in team.origin.environment { environment[key] = value }
                for (key, value) in team.environment(for: bob) { environment[key] = value }
                process.environment = environment
                let pipe = Pipe()
                process.standardError = pipe
                process.standardOutput = FileHandle.nullDevice
                try process.run()
                processes.append((process, pipe))
            }
            for (process, pipe) in processes {
                let errors = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                print("concurrent sync round \(round): \(process.terminationStatus) \(errors)")
            }
        }
        try bob.run(["sync"])
        try team.admin.run(["sync"])
        #expect(try team.admin.head() == bob.head())
        let list = try bob.run(["list"]).standardOutput
        for round in 1...3 { #expect(list.contains(String(format: "VR-2045-B-%04d", round)) && list.contains(String(format: "VR-2045-A-%04d", round))) }
        #expect(!(try bob.run(["check"]).standardOutput.contains("problem")))
    }

    // MARK: - Keyless writer: garbage under hash names, deletions of settings

    enum Garbage: String, CaseIterable, Sendable { case keyring, policy, logEntry, attachment, record, deletedConfig, deletedKeyring, deletedPolicyFolderFile }

    @Test(arguments: Garbage.allCases)
    func guardRefusesGarbageUnderHashNames(_ garbage: Garbage) throws {
        let team = try SyncTeam(guarded: true)
        try team.publish()
        let evil = try team.keylessClone("evil")
        let root = URL(fileURLWithPath: evil)
        let bytes = Data("{\"format\":\"tamga-keyring/1\",\"note\":\"Aibek Sadykov\"}\n".utf8)
        let hash = SyncGuardTests.Forgery.sha256(bytes)
        let documents = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("documents").path).sorted()
        var path: String
        switch garbage {
        case .keyring: path = "keyring/\(hash).json"
        case .policy: path = "policy/\(hash).json"
        case .logEntry: path = "log/\(hash).json"
        case .attachment: path = "attachments/\(documents[0])/\(hash)"
        case .record: path = "records/internal/\(hash)"
        case .deletedConfig: path = "config.json"
        case .deletedKeyring: path = "keyring/" + (try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("keyring").path).sorted()[0])
        case .deletedPolicyFolderFile: path = ".gitattributes"
        }
        let url = root.appendingPathComponent(path)
        switch garbage {
        case .deletedConfig, .deletedKeyring, .deletedPolicyFolderFile: try FileManager.default.removeItem(at: url)
        default:
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: url)
        }
        let push = try Self.commitAndPush(team, evil)
        print("garbage \(garbage): push status \(push.status): \(push.output.split(separator: "\n").filter { $0.contains("tamga guard") }.prefix(3).joined(separator: " | "))")
        if garbage == .deletedPolicyFolderFile {
            // Deleting .gitattributes would be harmless (the next sync writes it back), but a commit
            // not made by tamga sync is refused whatever it changes: a commit may carry no text of its own.
            #expect(push.status != 0 && push.output.contains("not made by tamga sync"), "\(push.output)")
        } else {
            #expect(push.status != 0 && push.output.contains(path), "\(garbage): \(push.output)")
        }
    }
}
