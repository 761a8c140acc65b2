import Foundation
import Testing
import TamgaTestSupport

/// Issue 16, "forks are silent": two files with one id in one `add` are an
/// error, and a file based on an older revision than the newest is refused
/// unless `--force`, naming the revision it is based on.
@Suite struct AddForkTests {
    @Test func twoFilesWithOneIdInOneAddAreAnError() throws {
        let v = try CLIVault()
        let first = try CLIVault.example("VR-2014-017.md")
        let second = first.replacingOccurrences(of: "unannounced visit", with: "announced visit")
        let before = v.files()
        let result = try v.run(["add", try v.folder.write("a.md", first), try v.folder.write("b.md", second)])
        #expect(result.status == 65, "\(result.standardError)")
        #expect(result.standardError.contains("both have id VR-2014-017"))
        #expect(v.files() == before)
    }

    @Test func anOldCopyIsRefusedUnlessForced() throws {
        let v = try CLIVault()
        let original = try CLIVault.example("VR-2014-017.md")
        let edited = original.replacingOccurrences(of: "unannounced visit", with: "unannounced visit, the second that year,")
        #expect(try v.run(["add", try v.folder.write("v1.md", original)]).status == 0)
        #expect(try v.run(["add", try v.folder.write("v2.md", edited)]).standardOutput.contains("revision 2"))
        // Someone adds the old file again (with a small change of their own).
        let stale = original.replacingOccurrences(of: "Ventilation was inadequate", with: "Ventilation was poor")
        let before = v.files()
        let refused = try v.run(["add", try v.folder.write("old.md", stale)])
        #expect(refused.status == 65, "\(refused.standardOutput)")
        #expect(refused.standardError.contains("based on revision 1, not on the newest (revision 2)"))
        #expect(v.files() == before)
        let forced = try v.run(["add", "--force", v.folder.path("old.md")])
        #expect(forced.standardOutput.contains("revision 3"), "\(forced.standardError)")
    }
}
