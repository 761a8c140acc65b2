import Foundation
import Testing
import TamgaTestSupport

/// Issue 14, findings 4 and 5: with no key at all, deleting the newest log
/// entries or the policy file must not silently undo a consent withdrawal or
/// a policy; and after a merge, consent follows the log, not a number a
/// writer chose, with a concurrent withdrawal winning.
@Suite struct RollbackTests {
    /// A vault with the interview (detainee D-0042 named "Aibek Sadykov")
    /// where consent to be named to the State was granted, then withdrawn.
    static func withdrawnVault() throws -> CLIVault {
        let v = try CLIVault()
        #expect(try v.run(["add", try v.folder.write("int.md", try CLIVault.example("INT-2014-044.md"))]).status == 0)
        #expect(try v.run(["person", "consent", "D-0042", "--grant", "state", "--date", "2014-11-02", "--obtained-by", "G. A."]).status == 0)
        #expect(try v.run(["person", "consent", "D-0042", "--withdraw", "state", "--date", "2015-01-10", "--obtained-by", "G. A."]).status == 0)
        return v
    }

    static func stateExport(_ v: CLIVault, extra: [String: String] = [:]) throws -> TamgaBinary.Result {
        try v.run(["export", "INT-2014-044", "--audience", "state", "-o", "-"], extra: extra)
    }

    /// The log entries, newest (by file time) last.
    static func newestLogEntry(_ v: CLIVault) throws -> String {
        let log = v.vault + "/log"
        let names = try FileManager.default.contentsOfDirectory(atPath: log)
        return try names.max { a, b in
            let ta = try FileManager.default.attributesOfItem(atPath: "\(log)/\(a)")[.modificationDate] as! Date
            let tb = try FileManager.default.attributesOfItem(atPath: "\(log)/\(b)")[.modificationDate] as! Date
            return ta < tb
        }.map { "\(log)/\($0)" }!
    }

    @Test func deletingTheNewestLogEntriesIsRefusedNotAConsentGrant() throws {
        let v = try Self.withdrawnVault()
        let before = try Self.stateExport(v)
        #expect(before.status == 0)
        #expect(!before.standardOutput.contains("Sadykov"))
        // Keyless: delete the newest entries (the refresh, the withdrawal) until the grant is the newest.
        var removed = 0
        while removed < 2 {
            try FileManager.default.removeItem(atPath: try Self.newestLogEntry(v))
            removed += 1
        }
        let after = try Self.stateExport(v)
        #expect(after.status == 1)
        #expect(after.standardError.contains("went backwards"))
        #expect(!after.standardOutput.contains("Sadykov"))
        let show = try v.run(["show", "INT-2014-044"])
        #expect(show.status == 1)
        let check = try v.run(["check"])
        #expect(check.status == 1)
        #expect(check.standardOutput.contains("went backwards"))
        // Accepting an older copy is explicit and logged.
        let accepted = try v.run(["check", "--accept-older"])
        #expect(accepted.standardOutput.contains("accept-older: accepted"))
        #expect(try v.run(["log"]).standardOutput.contains("accept-older"))
    }

    @Test func aMachineThatNeverSawTheEntriesStillRefusesAGapInTheLog() throws {
        let v = try Self.withdrawnVault()
        // Delete an entry in the middle: the withdrawal's refresh names it.
        let log = v.vault + "/log"
        let dated = try FileManager.default.contentsOfDirectory(atPath: log).map { name in
            (name, try FileManager.default.attributesOfItem(atPath: "\(log)/\(name)")[.modificationDate] as! Date)
        }.sorted { $0.1 < $1.1 }
        try FileManager.default.removeItem(atPath: "\(log)/\(dated[dated.count - 2].0)")
        // Another machine (no memory of this vault).
        let fresh = try Self.stateExport(v, extra: ["XDG_STATE_HOME": v.folder.path("other-machine")])
        #expect(fresh.status == 1)
        #expect(fresh.standardError.contains("missing"))
        #expect(!fresh.standardOutput.contains("Sadykov"))
    }

    @Test func deletingThePolicyFileDoesNotRestoreTheShippedPolicy() throws {
        let v = try CLIVault()
        let strict = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("policy/default.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "named-to: [state]", with: "named-to: []")
        #expect(try v.run(["policy", "set", try v.folder.write("strict.yaml", strict)]).status == 0)
        #expect(try v.run(["add", try v.folder.write("vr.md", try CLIVault.example("VR-2014-017.md"))]).status == 0)
        let policies = v.vault + "/policy"
        for name in try FileManager.default.contentsOfDirectory(atPath: policies) { try FileManager.default.removeItem(atPath: "\(policies)/\(name)") }
        for extra in [[:], ["XDG_STATE_HOME": v.folder.path("other-machine")]] {
            let export = try v.run(["export", "VR-2014-017", "--audience", "state", "-o", "-"], extra: extra)
            #expect(export.status != 0)
            #expect(export.standardError.contains("policy"))
            #expect(!export.standardOutput.contains("Osmonov"))
        }
        let check = try v.run(["check"])
        #expect(check.status == 1)
        #expect(check.standardOutput.contains("policy"))
    }

    @Test func aGrantAndAWithdrawalMadeApartMergeToWithdrawn() throws {
        let origin = try CLIVault()
        #expect(try origin.run(["add", try origin.folder.write("int.md", try CLIVault.example("INT-2014-044.md"))]).status == 0)
        let a = origin.folder.path("copy-a"), b = origin.folder.path("copy-b")
        try VaultFiles.copy(origin.vault, to: a)
        try VaultFiles.copy(origin.vault, to: b)
        func on(_ vault: String) -> (_ arguments: [String]) throws -> TamgaBinary.Result {
            { try origin.run($0, extra: ["TAMGA_VAULT": vault, "XDG_STATE_HOME": vault + "-state"]) }
        }
        // Copy A withdraws first; copy B grants later, with many more entries (higher sequence numbers).
        #expect(try on(a)(["person", "consent", "D-0042", "--grant", "state", "--date", "2014-11-02", "--obtained-by", "G. A."]).status == 0)
        #expect(try on(a)(["person", "consent", "D-0042", "--withdraw", "state", "--date", "2015-01-10", "--obtained-by", "G. A."]).status == 0)
        for number in 1...3 {
            #expect(try on(b)(["add", try origin.folder.write("b\(number).md", GeneratedDocument.text(number, prefix: "VR-2031-B"))]).status == 0)
        }
        #expect(try on(b)(["person", "consent", "D-0042", "--grant", "state", "--date", "2015-02-01", "--obtained-by", "N. T."]).status == 0)
        // Merge B into A by copying files.
        #expect(try Command.run("/bin/cp", ["-rn", b + "/.", a]).status == 0)
        let export = try on(a)(["export", "INT-2014-044", "--audience", "state", "-o", "-"])
        #expect(export.status == 0)
        #expect(!export.standardOutput.contains("Sadykov"))
        let person = try on(a)(["person", "show", "D-0042"])
        #expect(person.standardOutput.contains("consent in force: none"))
    }

    /// A whole older copy put back on purpose (an older keyring and an older
    /// log): refused until accepted, and the acceptance is logged.
    @Test func restoringAnOlderBackupOnPurposeIsAcceptedAndLogged() throws {
        let v = try CLIVault()
        #expect(try v.run(["add", try v.folder.write("vr.md", try CLIVault.example("VR-2014-017.md"))]).status == 0)
        let backup = v.folder.path("backup")
        try VaultFiles.copy(v.vault, to: backup)
        let key = try v.run(["member", "invite", "--name", "Liaison"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Liaison", key, "--clearance", "state"]).status == 0)
        try FileManager.default.removeItem(atPath: v.vault)
        try VaultFiles.copy(backup, to: v.vault)
        let refused = try v.run(["list", "--member", "Admin"])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("went backwards"))
        #expect(refused.standardError.contains("--accept-older"))
        let accepted = try v.run(["check", "--member", "Admin", "--accept-older"])
        #expect(accepted.standardOutput.contains("with an older keyring"), "\(accepted.standardOutput)\(accepted.standardError)")
        #expect(try v.run(["list", "--member", "Admin"]).status == 0)
        #expect(try v.run(["log", "--member", "Admin"]).standardOutput.contains("accept-older"))
    }
}
