import Foundation
import Testing
import TamgaTestSupport

/// Issue 15: a refused export names the source place and the fix; with
/// `--explain` a member cleared internal also sees the text found there.
@Suite struct LeakExplainTests {
    static func vaultWithDisguisedName() throws -> CLIVault {
        let v = try CLIVault()
        let text = try CLIVault.example("VR-2014-017.md").replacingOccurrences(of: "id: VR-2014-017", with: "id: VR-2014-098")
            .replacingOccurrences(of: "persons:\n", with: "persons:\n  D-0099:\n    name: Aibek Sadykov\n    role: detainee\n    consent: []\n")
            + "\nThe team met Sa**dyk**ov in the yard.\n"
        let added = try v.run(["add", try v.folder.write("d.md", text)])
        #expect(added.status == 0, "\(added.standardError)")
        return v
    }

    @Test func theRefusalNamesThePlaceNotTheText() throws {
        let v = try Self.vaultWithDisguisedName()
        let result = try v.run(["export", "VR-2014-098", "--audience", "state", "-o", v.folder.path("out.md")])
        #expect(result.status == 1)
        #expect(result.standardError.contains("protected-name at VR-2014-098"), "\(result.standardError)")
        #expect(result.standardError.contains("person D-0099"))
        #expect(!result.standardError.contains("dyk"))
        #expect(!FileManager.default.fileExists(atPath: v.folder.path("out.md")))
    }

    @Test func explainShowsTheSourceTextToAnInternalMember() throws {
        let v = try Self.vaultWithDisguisedName()
        let result = try v.run(["export", "VR-2014-098", "--audience", "state", "-o", v.folder.path("out.md"), "--explain"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("explain: VR-2014-098"), "\(result.standardError)")
        #expect(result.standardError.contains("The team met Sa**dyk**ov in the yard."))
        #expect(!FileManager.default.fileExists(atPath: v.folder.path("out.md")))
    }
}
