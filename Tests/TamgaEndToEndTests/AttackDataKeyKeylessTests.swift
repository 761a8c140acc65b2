import Foundation
import Testing
import TamgaTestSupport

/// Crypto-shredding (issue 18) against someone who can write files in a
/// synced copy and holds no key (a git host, a Syncthing peer): they keep
/// every file they ever saw, so they can put a destroyed document's data keys
/// and parts back, delete the tombstone, or plant links. Each is refused or
/// detected, and none brings the document back to a reader.
@Suite struct AttackDataKeyKeylessTests {
    /// The tombstone deleted from the middle of the log (a later entry names
    /// it, so it is no longer a head the machine remembers), and the data keys
    /// and parts put back from a copy made before: every reader showed the
    /// document again, only `check` and exports noticed (attacker, session 34).
    /// Every machine that saw a tombstone now refuses a log that lost it.
    @Test func aTombstoneDeletedFromTheMiddleOfTheLogBringsNothingBack() throws {
        let f = try DataKeyAttackVault()
        let before = try f.copy("before")
        let (_, tombstone) = try f.destroy()
        #expect(try f.v.run(["list", "--member", "Liaison"]).status == 0)
        // A later entry names the tombstone as its predecessor.
        #expect(try f.v.run(["export", "VR-2014-017", "--audience", "public", "-o", f.v.folder.path("out.md"), "--member", "Admin"]).status == 0)

        try FileManager.default.removeItem(at: f.root.appendingPathComponent("log/\(tombstone)"))
        for folder in ["datakeys", "documents"] { try f.restore(folder, from: before) }

        for member in ["Admin", "Liaison"] {
            let list = try f.v.run(["list", "--member", member])
            #expect(!list.standardOutput.contains(DataKeyAttackVault.interview), "\(member) lists it again: \(list.standardOutput)")
            let show = try f.v.run(["show", DataKeyAttackVault.interview, "--member", member])
            #expect(show.status != 0 && !show.standardOutput.contains("Interview in temporary detention"),
                    "\(member) reads the destroyed document again: \(show.standardOutput)")
            #expect(show.standardError.contains(String(tombstone.prefix(12))), "the missing tombstone is not named: \(show.standardError)")
        }
    }

    /// Data keys and parts put back without touching the log: nothing reads
    /// them, `check` names them and `check --tidy` removes them again.
    @Test func putBackDataKeysStayDestroyedAndAreTidiedAgain() throws {
        let f = try DataKeyAttackVault()
        let before = try f.copy("before")
        let (blind, _) = try f.destroy()
        for folder in ["datakeys", "documents"] { try f.restore(folder, from: before) }
        #expect(f.names("datakeys").contains(blind))
        for member in ["Admin", "Liaison"] {
            #expect(try f.v.run(["show", DataKeyAttackVault.interview, "--member", member]).status != 0)
            #expect(!(try f.v.run(["list", "--member", member]).standardOutput.contains(DataKeyAttackVault.interview)))
        }
        let check = try f.v.run(["check", "--member", "Admin"])
        #expect((check.standardOutput + check.standardError).contains("datakeys/\(blind)"), "\(check.standardOutput)\(check.standardError)")
        #expect(try f.v.run(["check", "--tidy", "--member", "Admin"]).status == 0)
        #expect(!f.names("datakeys").contains(blind) && !f.names("documents").contains(blind))
    }

    /// `check --tidy` on a copy that had not seen the destruction, where the
    /// keyless writer made the destroyed document's folders links to another
    /// document's: the links go, what they point to stays whole.
    @Test func tidyRemovesLinksNeverWhatTheyPointTo() throws {
        let f = try DataKeyAttackVault()
        let other = try f.copy("other")
        let (blind, tombstone) = try f.destroy()
        // The other copy receives the tombstone, and the planted links.
        try FileManager.default.copyItem(atPath: f.v.vault + "/log/" + tombstone, toPath: other + "/log/" + tombstone)
        let victim = try #require(f.names("datakeys", in: other).subtracting([blind]).sorted().first)
        let victimKeys = other + "/datakeys/" + victim
        let keysBefore = try FileManager.default.subpathsOfDirectory(atPath: victimKeys).sorted()
        try FileManager.default.removeItem(atPath: other + "/datakeys/" + blind)
        try FileManager.default.createSymbolicLink(atPath: other + "/datakeys/" + blind, withDestinationPath: victim)
        let parts = other + "/documents/\(blind)/internal"
        let part = try #require(f.names("documents/\(blind)/internal", in: other).first)
        try FileManager.default.removeItem(atPath: parts + "/" + part)
        let victimPart = try #require(f.names("documents/\(victim)/internal", in: other).first)
        try FileManager.default.createSymbolicLink(atPath: parts + "/" + part, withDestinationPath: "../../\(victim)/internal/\(victimPart)")

        let machine = f.v.folder.path("other-machine")
        let env = ["TAMGA_VAULT": other, "XDG_STATE_HOME": machine]
        let tidy = try f.v.run(["check", "--tidy", "--member", "Admin"], extra: env)
        #expect(tidy.status == 0, "\(tidy.standardOutput)\(tidy.standardError)")
        #expect(try FileManager.default.subpathsOfDirectory(atPath: victimKeys).sorted() == keysBefore)
        let check = try f.v.run(["check", "--member", "Admin"], extra: env)
        #expect(check.status == 0, "the other document was harmed: \(check.standardOutput)\(check.standardError)")
    }
}
