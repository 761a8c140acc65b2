import Foundation
import Testing
import TamgaTestSupport

/// Issue 19 item 5: each status is the one README's table documents, the
/// same for the same kind of input whichever command reads it.
@Suite struct ExitStatusTableTests {
    @Test func aMissingPassphraseFileIsAMissingInput() throws {
        let v = try CLIVault()
        let result = try v.run(["list"], extra: ["TAMGA_PASSPHRASE_FILE": v.folder.path("no-such-file")])
        #expect(result.status == 66, "\(result.standardError)")
        #expect(result.standardError.contains("does not exist"))
        #expect(try v.run(["list", "--passphrase-file", v.folder.path("nor-this")]).status == 66)
    }

    /// A folder where a file belongs is bad input to `add` as to `attach`.
    @Test(arguments: [["add"], ["attach", "VR-2014-017"]])
    func aFolderInsteadOfAFileIsBadInput(_ command: [String]) throws {
        let v = try ExportTests.vaultWithExamples()
        let folder = v.folder.path("reports")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let before = v.files()
        let result = try v.run(command + [folder])
        #expect(result.status == 65, "\(result.standardError)")
        #expect(result.standardError.contains("not a regular file"))
        #expect(v.files() == before)
    }

    @Test func anUnknownPersonIsAMissingInputEverywhere() throws {
        let v = try ExportTests.vaultWithExamples()
        for command in [["disclosures", "--person", "D-9999"], ["person", "show", "D-9999"],
                        ["person", "retire", "D-9999", "--reason", "typo"]] {
            let result = try v.run(command)
            #expect(result.status == 66, "\(command): \(result.standardError)")
            #expect(result.standardError.contains("no person D-9999"))
        }
        // A person an attachment depicts must be one its document declares (issue 17).
        let photo = try v.folder.write("photo.jpg", "not really a photo")
        let attach = try v.run(["attach", "INT-2014-044", photo, "--depicts", "D-9999"])
        #expect(attach.status == 66, "\(attach.standardError)")
        #expect(attach.standardError.contains("no person D-9999"))
        // A known person with nothing disclosed yet is no error.
        let known = try v.run(["disclosures", "--person", "D-0042"])
        #expect(known.status == 0, "\(known.standardError)")
    }
}
