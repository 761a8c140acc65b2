import Foundation
import Testing
import TamgaTestSupport

/// Issue 3: "kills `tamga add` at random points (at least 50 times) and the
/// vault then passes `tamga check` with every acknowledged document present".
/// The longer campaign over add, edit, member remove and rekey is
/// `scripts/crash-test.sh`.
@Suite struct CrashSafetyTests {
    /// The seed of the kill schedule; `TAMGA_CRASH_SEED` replays another one.
    static let seed = UInt64(ProcessInfo.processInfo.environment["TAMGA_CRASH_SEED"] ?? "") ?? 20_141_028

    @Test func killedAddsLoseNoAcknowledgedDocument() throws {
        let v = try CLIVault()
        var random = SeededGenerator(seed: Self.seed)
        let runs = 50
        func add(_ number: Int, killAfter: Double?) throws -> KillableRun.Outcome {
            let file = try v.folder.write("doc-\(number).md", GeneratedDocument.text(number))
            return try KillableRun(executable: v.tamga.path, arguments: ["add", file], environment: v.environment,
                                   directory: v.folder.url.path).run(killAfter: killAfter)
        }
        // How long one add takes here, so the kills spread over the whole of it.
        var acknowledged: [Int] = []
        var durations: [Double] = []
        for number in 1...3 {
            let outcome = try add(number, killAfter: nil)
            #expect(outcome.exitStatus == 0, "\(outcome.standardError)")
            durations.append(outcome.seconds)
            acknowledged.append(number)
        }
        let span = durations.sorted()[1]

        var killed = 0, killedMidWrite = 0, completed = 0
        for run in 0..<runs {
            let number = 100 + run
            let before = VaultFiles.allEntries(v.vault)
            let outcome = try add(number, killAfter: Double.random(in: 0...span, using: &random))
            if outcome.standardOutput.contains("added \(GeneratedDocument.id(number)) (revision 1)") {
                acknowledged.append(number)
            }
            if outcome.killed {
                killed += 1
                if VaultFiles.allEntries(v.vault) != before { killedMidWrite += 1 }
            } else {
                completed += 1
                #expect(outcome.exitStatus == 0, "run \(run): \(outcome.standardError)")
            }
        }

        // The vault opens and passes check; leftovers of interrupted writes are warnings only.
        let checked = try v.run(["check"])
        #expect(checked.status == 0, "\(checked.standardOutput)\(checked.standardError)")
        #expect(checked.standardOutput.hasSuffix("ok\n"))

        // Every acknowledged document is there, whole; every listed one opens.
        let listed = try v.run(["list", "--json"])
        #expect(listed.status == 0)
        var lost = 0
        for number in acknowledged {
            let shown = try v.run(["show", GeneratedDocument.id(number)])
            if shown.status != 0 || !shown.standardOutput.contains("Generated visit report \(number)\n") { lost += 1 }
        }
        #expect(lost == 0)
        let ids = try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [[String: Any]] ?? []
        for entry in ids {
            let id = try #require(entry["id"] as? String)
            #expect(entry["revisions"] as? Int == 1, "\(id) has \(entry["revisions"] ?? "?") revisions")
            #expect(try v.run(["show", id]).status == 0, "\(id) is listed but does not open")
        }
        // Every acknowledged add has its log entry.
        let log = try v.run(["log"]).standardOutput
        for number in acknowledged {
            #expect(log.contains("add \(GeneratedDocument.id(number)) rev 1"), "no log entry for \(GeneratedDocument.id(number))")
        }

        // Adding works afterwards: the killed documents again (stored once,
        // never twice) and a new one.
        for run in 0..<runs where !acknowledged.contains(100 + run) {
            let retried = try add(100 + run, killAfter: nil)
            #expect(retried.exitStatus == 0)
            #expect(retried.standardOutput.contains("revision 1"), "\(retried.standardOutput)")
        }
        #expect(try add(999, killAfter: nil).exitStatus == 0)
        let final = try v.run(["check"])
        #expect(final.status == 0, "\(final.standardOutput)")
        #expect(try v.run(["list", "--json"]).standardOutput.components(separatedBy: "\"id\"").count - 1 == 3 + runs + 1)

        print("crash[add]: \(runs) kills (seed \(Self.seed), delays 0–\(Int(span * 1000)) ms): \(killed) killed, " +
              "\(killedMidWrite) killed after writing began, \(completed) finished first, " +
              "\(acknowledged.count - 3) acknowledged, \(lost) lost; check passed")
    }

    /// `rekey` writes the new part, then deletes the old: stopped in between,
    /// both are on disk. That must read as one revision, and a second `rekey`
    /// must finish the job (it used to leave two parts for ever, and `list`
    /// counted two revisions).
    @Test func rekeyStoppedBetweenWriteAndDeleteLeavesOneRevision() throws {
        let v = try CLIVault()
        let text = GeneratedDocument.text(7)
        let file = try v.folder.write("doc.md", text)
        #expect(try v.run(["add", file]).status == 0)
        let key = try v.run(["member", "invite", "--name", "Carol"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Carol", key, "--clearance", "internal"]).status == 0)
        #expect(try v.run(["member", "remove", "--member", "Admin", "Carol"]).status == 0)
        let oldParts = v.files().filter { $0.hasPrefix("documents/") && $0.contains("/internal/") }
        let saved = try oldParts.map { try VaultFiles.read(v.vault + "/" + $0) }
        #expect(try v.run(["rekey", "--level", "internal"]).status == 0)
        // Put the old part back: the state a kill after the write leaves.
        for (path, data) in zip(oldParts, saved) { try VaultFiles.write(data, v.vault + "/" + path) }
        #expect(v.files().filter { $0.hasPrefix("documents/") && $0.contains("/internal/") }.count == 2)

        let listed = try v.run(["list", "--json"])
        #expect(listed.standardOutput.contains("\"revisions\" : 1"))
        #expect(try v.run(["history", GeneratedDocument.id(7)]).standardOutput.split(separator: "\n").count == 2)
        #expect(try v.run(["add", file]).standardOutput.contains("unchanged"))
        let checked = try v.run(["check"])
        #expect(checked.status == 0)
        #expect(checked.standardOutput.contains("superseded by a rekey"))

        #expect(try v.run(["rekey", "--level", "internal"]).status == 0)
        #expect(v.files().filter { $0.hasPrefix("documents/") && $0.contains("/internal/") }.count == 1)
        let rechecked = try v.run(["check"])
        #expect(rechecked.status == 0)
        #expect(!rechecked.standardOutput.contains("warning"))
        #expect(try v.run(["show", GeneratedDocument.id(7)]).standardOutput == text)
    }

    /// `member remove` writes the new keyring, then deletes the member's
    /// sealed keys and key file, then the log entry. Stopped after the keyring,
    /// the member was removed but their keys stayed, and running the command
    /// again said "no member named": the removal could never be finished.
    @Test func memberRemoveStoppedAfterTheKeyringCanBeFinished() throws {
        let v = try CLIVault()
        #expect(try v.run(["add", try v.folder.write("doc.md", GeneratedDocument.text(8))]).status == 0)
        let key = try v.run(["member", "invite", "--name", "Carol"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Carol", key, "--clearance", "state"]).status == 0)
        let before = Set(v.files())
        let saved = try before.reduce(into: [String: Data]()) { $0[$1] = try VaultFiles.read(v.vault + "/" + $1) }
        // The machine's memory as a kill after the keyring would leave it (the
        // command remembers the new keyring and heads only once it is done).
        try VaultFiles.copy(v.folder.path("state"), to: v.folder.path("state-before"))
        #expect(try v.run(["member", "remove", "--member", "Admin", "Carol"]).status == 0)
        let after = Set(v.files())
        let deleted = before.subtracting(after), written = after.subtracting(before)
        #expect(deleted.contains { $0.hasPrefix("members/") } && deleted.contains { $0.hasPrefix("keys/") })
        // The state a kill right after the keyring leaves: deleted files back, no log entry.
        for path in deleted { try VaultFiles.write(saved[path]!, v.vault + "/" + path) }
        let entry = try #require(written.first { $0.hasPrefix("log/") })
        try FileManager.default.removeItem(atPath: v.vault + "/" + entry)
        try FileManager.default.removeItem(atPath: v.folder.path("state"))
        try VaultFiles.copy(v.folder.path("state-before"), to: v.folder.path("state"))

        let checked = try v.run(["check", "--member", "Admin"])
        #expect(checked.status == 0)
        #expect(checked.standardOutput.contains("held by Carol, who was removed"))
        let finished = try v.run(["member", "remove", "--member", "Admin", "Carol"])
        #expect(finished.status == 0, "\(finished.standardError)")
        #expect(Set(v.files()).isDisjoint(with: deleted))
        let rechecked = try v.run(["check"])
        #expect(rechecked.status == 0)
        #expect(!rechecked.standardOutput.contains("warning"))
        #expect(try v.run(["log"]).standardOutput.contains("member-remove member=Carol"))
        // A member never removed is still unknown.
        #expect(try v.run(["member", "remove", "Nobody"]).status == 66)
    }
}
