import Foundation
import Testing
import TamgaTestSupport

/// Issue 14, finding 12: `-o` through a symbolic link among the parent
/// folders must not put an export (or decrypted text) inside the vault.
@Suite struct OutputPathTests {
    @Test(arguments: ["link/x.md", "link/new/deeper/x.md", "link/documents/x.md"])
    func anOutputThroughALinkIntoTheVaultIsRefused(_ relative: String) throws {
        let v = try ExportTests.vaultWithExamples()
        try FileManager.default.createSymbolicLink(atPath: v.folder.path("link"), withDestinationPath: v.vault)
        let before = v.files()
        let result = try v.run(["export", "VR-2014-017", "--audience", "internal", "-o", v.folder.path(relative)])
        #expect(result.status != 0)
        #expect(result.standardError.contains("inside the vault"))
        #expect(v.files() == before)
    }

    @Test func anOutputFileThatIsALinkIsRefused() throws {
        let v = try ExportTests.vaultWithExamples()
        let target = v.folder.path("elsewhere.md")
        try FileManager.default.createSymbolicLink(atPath: v.folder.path("out.md"), withDestinationPath: target)
        let result = try v.run(["export", "VR-2014-017", "--audience", "state", "-o", v.folder.path("out.md"), "--force"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("symbolic link"))
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    /// A link to a folder not made yet, say inside the vault: realpath cannot
    /// follow it, and creating the folder would.
    @Test(arguments: ["dangling/x.md", "dangling/deeper/x.md"])
    func anOutputThroughALinkToNothingIsRefused(_ relative: String) throws {
        let v = try ExportTests.vaultWithExamples()
        try FileManager.default.createSymbolicLink(atPath: v.folder.path("dangling"), withDestinationPath: v.vault + "/new")
        let before = v.files()
        let result = try v.run(["export", "VR-2014-017", "--audience", "internal", "-o", v.folder.path(relative)])
        #expect(result.status != 0)
        #expect(result.standardError.contains("symbolic link to a folder that does not exist"))
        #expect(v.files() == before)
        #expect(!FileManager.default.fileExists(atPath: v.vault + "/new"))
    }
}
