import Foundation
import Testing
import TamgaTestSupport

/// Issue 3: "two copies of a vault changed apart can be merged by copying
/// files or by `git merge`, with no conflicts: an end-to-end test that uses
/// git, after which `tamga check` passes and both teams' documents and log
/// entries are there."
///
/// Two field teams (Admin and Bob, each on their own machine, so each with its
/// own remembered state) start from one vault, each adds documents and a
/// revision of the same document, and the copies are merged. The next entry
/// written after the merge names both log heads as previous, joining them.
@Suite struct MergeTests {
    enum Way: String, CaseIterable, Sendable { case gitMerge, copyFiles }

    @Test(arguments: Way.allCases)
    func twoCopiesChangedApartMergeWithoutConflict(_ way: Way) throws {
        let origin = try CLIVault()
        let shared = try CLIVault.example("VR-2014-017.md")
        #expect(try origin.run(["add", try origin.folder.write("shared.md", shared)]).status == 0)
        let key = try origin.run(["member", "invite", "--name", "Bob"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try origin.run(["member", "add", "--member", "Admin", "Bob", key, "--clearance", "internal"]).status == 0)

        let git = try #require(Command.find("git"), "git is needed (make test-deps installs it)")
        func inGit(_ directory: String, _ arguments: [String]) throws -> Command.Result {
            let result = try Command.run(git, ["-c", "user.name=tamga test", "-c", "user.email=test@tamga.invalid",
                                               "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"] + arguments,
                                         in: directory, environment: ["GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"])
            #expect(result.status == 0, "git \(arguments.joined(separator: " ")): \(result.output)")
            return result
        }
        let teamA = origin.folder.path("team-a"), teamB = origin.folder.path("team-b")
        switch way {
        case .gitMerge:
            _ = try inGit(origin.vault, ["init", "-q"])
            _ = try inGit(origin.vault, ["add", "-A"])
            _ = try inGit(origin.vault, ["commit", "-q", "-m", "vault"])
            _ = try inGit(origin.folder.url.path, ["clone", "-q", origin.vault, teamA])
            _ = try inGit(origin.folder.url.path, ["clone", "-q", origin.vault, teamB])
        case .copyFiles:
            try VaultFiles.copy(origin.vault, to: teamA)
            try VaultFiles.copy(origin.vault, to: teamB)
        }
        // Each team on its own machine: its own remembered state.
        func team(_ vault: String, _ member: String) -> (_ arguments: [String]) throws -> TamgaBinary.Result {
            { arguments in
                try origin.run(arguments, extra: ["TAMGA_VAULT": vault, "TAMGA_MEMBER": member,
                                                  "XDG_STATE_HOME": vault + "-state"])
            }
        }
        let a = team(teamA, "Admin"), b = team(teamB, "Bob")
        #expect(try a(["check"]).status == 0)
        #expect(try b(["check"]).status == 0)

        for number in [1, 2] {
            #expect(try a(["add", try origin.folder.write("a\(number).md", GeneratedDocument.text(number, prefix: "VR-2031-A"))]).status == 0)
            #expect(try b(["add", try origin.folder.write("b\(number).md", GeneratedDocument.text(number, prefix: "VR-2031-B"))]).status == 0)
        }
        let editedA = shared.replacingOccurrences(of: "unannounced visit", with: "unannounced visit (team A)")
        let editedB = shared.replacingOccurrences(of: "unannounced visit", with: "unannounced visit (team B)")
        #expect(try a(["add", try origin.folder.write("shared-a.md", editedA)]).standardOutput.contains("revision 2"))
        #expect(try b(["add", try origin.folder.write("shared-b.md", editedB)]).standardOutput.contains("revision 2"))
        #expect(try b(["show", "VR-2014-017"]).status == 0)
        let headsA = try Self.logHeads(teamA), headsB = try Self.logHeads(teamB)
        let common = try Self.logPrevious(origin.vault).count
        let apartA = try Self.logPrevious(teamA).count - common, apartB = try Self.logPrevious(teamB).count - common
        #expect(headsA.count == 1 && headsB.count == 1 && headsA != headsB)
        let logB = try b(["log"]).standardOutput

        switch way {
        case .gitMerge:
            _ = try inGit(teamA, ["add", "-A"])
            _ = try inGit(teamA, ["commit", "-q", "-m", "team A"])
            _ = try inGit(teamB, ["add", "-A"])
            _ = try inGit(teamB, ["commit", "-q", "-m", "team B"])
            _ = try inGit(teamA, ["pull", "-q", "--no-rebase", "--no-edit", teamB, "main"])
            #expect(try inGit(teamA, ["status", "--porcelain"]).output.isEmpty)
            #expect(try inGit(teamA, ["log", "--merges", "--oneline"]).output.split(separator: "\n").count == 1)
        case .copyFiles:
            // Copy every file of B that A lacks; nothing is overwritten.
            let copied = try Command.run("/bin/cp", ["-rn", teamB + "/.", teamA])
            #expect(copied.status == 0, "\(copied.output)")
        }

        // Issue 16: each copy's stored State and public parts were made
        // without the other copy's changes; check names them (a warning),
        // State readers are refused them, and a refresh heals.
        #expect(try Self.logHeads(teamA) == (headsA + headsB).sorted(), "the merged log has both heads")
        let stale = try a(["check"])
        #expect(stale.status == 0, "\(stale.standardOutput)\(stale.standardError)")
        #expect(stale.standardOutput.contains("stale: made before log/"))
        let refreshed = try a(["refresh"])
        #expect(refreshed.status == 0, "\(refreshed.standardError)")
        let checked = try a(["check"])
        #expect(checked.status == 0, "\(checked.standardOutput)\(checked.standardError)")
        #expect(!checked.standardOutput.contains("warning"), "\(checked.standardOutput)")
        let listed = try a(["list"]).standardOutput
        for id in ["VR-2031-A-0001", "VR-2031-A-0002", "VR-2031-B-0001", "VR-2031-B-0002", "VR-2014-017"] {
            #expect(listed.contains(id), "\(id) missing after the merge")
        }
        let historyRun = try a(["history", "VR-2014-017"])
        let history = historyRun.standardOutput
        #expect(history.split(separator: "\n").count == 4, "both teams' revisions and the first: \(history)")
        // Issue 16: the fork is visible in history and show, and resolvable.
        #expect(history.components(separatedBy: "(fork)").count - 1 == 2, "\(history)")
        #expect(historyRun.standardError.contains("a fork"))
        let shown = try a(["show", "VR-2014-017"])
        #expect(shown.standardError.contains("edited apart in two copies (a fork)"), "\(shown.standardError)")
        let keep = try #require(history.split(separator: "\n").first { $0.contains("(fork)") && $0.hasPrefix("2") })
            .split(separator: " ", omittingEmptySubsequences: true)[1]
        // Both branches' log entries are there, and the log has two heads.
        let log = try a(["log"]).standardOutput
        for line in logB.split(separator: "\n") { #expect(log.contains(line), "team B's log line missing: \(line)") }
        #expect(log.contains("add VR-2031-A-0001 rev 1") && log.contains("add VR-2031-B-0001 rev 1"))

        let resolved = try a(["resolve", "VR-2014-017", "--keep", String(keep)])
        #expect(resolved.status == 0, "\(resolved.standardError)")
        let after = try a(["history", "VR-2014-017"])
        #expect(!after.standardOutput.contains("(fork)") && after.standardOutput.split(separator: "\n").count == 5, "\(after.standardOutput)")
        #expect(!(try a(["show", "VR-2014-017"])).standardError.contains("fork"))

        // The refresh joined the two branches; so does any next write.
        #expect(try a(["add", try origin.folder.write("a3.md", GeneratedDocument.text(3, prefix: "VR-2031-A"))]).status == 0)
        let heads = try Self.logHeads(teamA)
        #expect(heads.count == 1)
        // (The add joins them; the refresh after it vouches for the merged parts.)
        #expect(try Self.logPrevious(teamA).values.contains { $0.sorted() == (headsA + headsB).sorted() })
        #expect(try a(["check"]).status == 0)
        // Team B takes the merged vault back: it checks clean there too.
        switch way {
        case .gitMerge:
            _ = try inGit(teamA, ["add", "-A"])
            _ = try inGit(teamA, ["commit", "-q", "-m", "joined"])
            _ = try inGit(teamB, ["pull", "-q", "--no-rebase", "--no-edit", teamA, "main"])
        case .copyFiles:
            #expect(try Command.run("/bin/cp", ["-rn", teamA + "/.", teamB]).status == 0)
        }
        let checkedB = try b(["check"])
        #expect(checkedB.status == 0, "\(checkedB.standardOutput)\(checkedB.standardError)")
        #expect(try b(["list"]).standardOutput.contains("VR-2031-A-0003"))
        print("merge[\(way.rawValue)]: 2 copies, \(apartA) + \(apartB) log entries written apart, merged with no conflict; " +
              "check passed on both; the next entry joined the 2 heads")
    }

    /// One copy removes a member and rekeys (deleting old parts); the other
    /// adds. Copying files back brings the old parts back beside the rekeyed
    /// ones: the vault must still read one revision each, pass check, and a
    /// rekey after the merge re-encrypts the other team's new parts too.
    @Test func removalAndRekeyInOneCopyMergeWithAddsInTheOther() throws {
        let origin = try CLIVault()
        #expect(try origin.run(["add", try origin.folder.write("d1.md", GeneratedDocument.text(1))]).status == 0)
        let key = try origin.run(["member", "invite", "--name", "Carol"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try origin.run(["member", "add", "--member", "Admin", "Carol", key, "--clearance", "internal"]).status == 0)
        let teamA = origin.folder.path("team-a"), teamB = origin.folder.path("team-b")
        try VaultFiles.copy(origin.vault, to: teamA)
        try VaultFiles.copy(origin.vault, to: teamB)
        func run(_ vault: String, _ arguments: [String]) throws -> TamgaBinary.Result {
            try origin.run(arguments, extra: ["TAMGA_VAULT": vault, "TAMGA_MEMBER": "Admin", "XDG_STATE_HOME": vault + "-state"])
        }
        #expect(try run(teamA, ["member", "remove", "Carol"]).status == 0)
        for level in ["internal", "state", "public"] { #expect(try run(teamA, ["rekey", "--level", level]).status == 0) }
        #expect(try run(teamB, ["add", try origin.folder.write("d2.md", GeneratedDocument.text(2))]).status == 0)
        #expect(try Command.run("/bin/cp", ["-rn", teamB + "/.", teamA]).status == 0)

        let checked = try run(teamA, ["check"])
        #expect(checked.status == 0, "\(checked.standardOutput)\(checked.standardError)")
        let listed = try run(teamA, ["list", "--json"]).standardOutput
        #expect(listed.components(separatedBy: "\"revisions\" : 1").count - 1 == 2, "\(listed)")
        // Plain copying cannot carry deletions: the removed member's old sealed
        // keys came back with team B's files. Check says so; removing again deletes them.
        #expect(checked.standardOutput.contains("held by Carol, who was removed"))
        #expect(try run(teamA, ["member", "remove", "Carol"]).status == 0)
        for level in ["internal", "state", "public"] { #expect(try run(teamA, ["rekey", "--level", level]).status == 0) }
        let rechecked = try run(teamA, ["check"])
        #expect(rechecked.status == 0)
        #expect(!rechecked.standardOutput.contains("warning"), "\(rechecked.standardOutput)")
        #expect(try run(teamA, ["show", GeneratedDocument.id(2)]).standardOutput == GeneratedDocument.text(2))
    }

    /// log entry name -> the entries it names as previous.
    static func logPrevious(_ vault: String) throws -> [String: [String]] {
        var result: [String: [String]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: vault + "/log") where name.hasSuffix(".json") {
            let envelope = try JSONSerialization.jsonObject(with: try VaultFiles.read(vault + "/log/" + name)) as? [String: Any]
            let body = try JSONSerialization.jsonObject(with: Data(((envelope?["body"] as? String) ?? "").utf8)) as? [String: Any]
            result[String(name.dropLast(5))] = body?["previous"] as? [String] ?? []
        }
        return result
    }

    /// The entries no other entry names.
    static func logHeads(_ vault: String) throws -> [String] {
        let log = try logPrevious(vault)
        let named = Set(log.values.flatMap { $0 })
        return log.keys.filter { !named.contains($0) }.sorted()
    }
}
