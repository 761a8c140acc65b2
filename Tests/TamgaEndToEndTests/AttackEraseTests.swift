import Foundation
import Testing
import TamgaTestSupport

/// `tamga person erase` (issue 18) against the attackers of the data-key
/// rounds, through the built binary: a State member and a contributor who
/// try to erase, and a keyless writer who keeps every file they saw and puts
/// the named revisions back, with or without deleting the erase entry.
@Suite struct AttackEraseTests {
    static let report = "VR-2014-017"

    /// Erases D-0042 as Admin; returns the new log entries.
    static func erase(_ f: DataKeyAttackVault) throws -> Set<String> {
        let log = f.names("log")
        let result = try f.v.run(["person", "erase", "D-0042", "--reason", "erasure asked", "--yes", "--member", "Admin"])
        guard result.status == 0 else { throw CLIVaultError(message: "erase: \(result.standardError)") }
        return f.names("log").subtracting(log)
    }

    /// What Admin reads of the report that named him, or nil when the command refuses.
    static func adminReads(_ f: DataKeyAttackVault) throws -> String? {
        let show = try f.v.run(["show", report, "--member", "Admin"])
        return show.status == 0 ? show.standardOutput : nil
    }

    @Test func aStateMemberOrAContributorCannotErase() throws {
        let f = try DataKeyAttackVault()
        let log = f.names("log")
        for member in ["Liaison", "Field"] {
            let tried = try f.v.run(["person", "erase", "D-0042", "--reason", "x", "--yes", "--member", member])
            #expect(tried.status != 0, "\(member) erased: \(tried.standardOutput)")
        }
        #expect(f.names("log") == log)
        #expect(try Self.adminReads(f)?.contains("Sadykov") == true)
    }

    @Test func namedRevisionsPutBackBringNothingBackAndAreTidied() throws {
        let f = try DataKeyAttackVault()
        let before = try f.copy("before")
        _ = try Self.erase(f)
        let keys = f.names("datakeys")
        for folder in ["datakeys", "documents", "attachments"] { try f.restore(folder, from: before) }
        #expect(f.names("datakeys").count >= keys.count)
        let read = try #require(try Self.adminReads(f))
        #expect(!read.contains("Sadykov") && read.contains("@D-0042"), "\(read)")
        let person = try f.v.run(["person", "show", "D-0042", "--member", "Admin"]).standardOutput
        #expect(person.contains("erased") && !person.contains("Sadykov"), "\(person)")
        let check = try f.v.run(["check", "--member", "Admin"])
        #expect((check.standardOutput + check.standardError).contains("superseded by an erasure"), "\(check.standardOutput)")
        #expect(try f.v.run(["check", "--tidy", "--member", "Admin"]).status == 0)
        let after = try f.v.run(["check", "--member", "Admin"])
        #expect(!(after.standardOutput + after.standardError).contains("superseded by an erasure"), "\(after.standardOutput)")
    }

    /// The erase entry deleted from the middle of the log (the refresh after
    /// it names it), and the named revisions put back: the machine that saw
    /// the erasure refuses the log, naming the entry; it never shows the name.
    @Test func theEraseEntryDeletedFromTheMiddleOfTheLogShowsNoName() throws {
        let f = try DataKeyAttackVault()
        let before = try f.copy("before")
        let written = try Self.erase(f)
        #expect(try f.v.run(["export", "VR-2014-017", "--audience", "public", "-o", f.v.folder.path("out.md"), "--member", "Admin"]).status == 0)
        var erasure: String?
        for name in written where try String(contentsOf: f.root.appendingPathComponent("log/\(name)"), encoding: .utf8).contains("erased") {
            erasure = name
        }
        let entry = try #require(erasure)
        try FileManager.default.removeItem(at: f.root.appendingPathComponent("log/\(entry)"))
        for folder in ["datakeys", "documents"] { try f.restore(folder, from: before) }
        let show = try f.v.run(["show", Self.report, "--member", "Admin"])
        #expect(!show.standardOutput.contains("Sadykov"), "the name is back: \(show.standardOutput)")
        #expect(show.status != 0 && show.standardError.contains(String(entry.prefix(12))), "\(show.standardError)")
    }
}
