import Foundation
import Testing
import TamgaTestSupport

/// Sources `attach` must refuse before it stores anything (attacker round
/// 3, F9 and F14): with `--wipe`, a symbolic link was stored and logged,
/// then the wipe failed with exit status 1 and a hint blaming the vault; the
/// same file given twice was stored and wiped, then the second failed; and
/// a file inside the vault folder (a live object, a member's key file) was
/// zero-filled and unlinked. Each is now refused up front: nothing stored,
/// nothing logged, no source touched.
@Suite struct AttachWipeSourceTests {
    static func photo(_ name: String, in v: CLIVault) throws -> String {
        let path = v.folder.path(name)
        try Data([0xFF, 0xD8, 0xFF, 0xE0] + Array(name.utf8)).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Runs `attach` and checks it was refused with `phrase`, leaving the vault's files and log as they were.
    static func expectRefusedUpFront(_ v: CLIVault, _ arguments: [String], _ phrase: String,
                                     sourceLocation: SourceLocation = #_sourceLocation) throws {
        let files = v.files(), log = try v.run(["log"]).standardOutput
        let result = try v.run(["attach", "VR-2014-017"] + arguments)
        #expect(result.status == 65, "\(result.standardError)", sourceLocation: sourceLocation)
        #expect(result.standardError.contains(phrase), "\(result.standardError)", sourceLocation: sourceLocation)
        #expect(v.files() == files, "the vault changed", sourceLocation: sourceLocation)
        #expect(try v.run(["log"]).standardOutput == log, sourceLocation: sourceLocation)
    }

    @Test func aSymbolicLinkIsRefusedWithWipeBeforeAnythingIsStored() throws {
        let v = try ExportTests.vaultWithExamples()
        let real = try Self.photo("real.jpg", in: v)
        let link = v.folder.path("link.jpg")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        try Self.expectRefusedUpFront(v, [link, "--wipe"], "is a symbolic link")
        #expect(FileManager.default.fileExists(atPath: real) && FileManager.default.fileExists(atPath: link))
    }

    @Test func theSameFileTwiceIsRefusedWithWipe() throws {
        let v = try ExportTests.vaultWithExamples()
        let file = try Self.photo("w1.jpg", in: v)
        try Self.expectRefusedUpFront(v, [file, file, "--wipe"], "file 2 of 2 is the same file as an earlier one")
        #expect(FileManager.default.fileExists(atPath: file))
    }

    @Test(arguments: [true, false])
    func aFileInsideTheVaultIsRefused(wipe: Bool) throws {
        let v = try ExportTests.vaultWithExamples()
        _ = try EvidenceFixture.attach(v, "VR-2014-017", try Self.photo("first.jpg", in: v))
        let object = try #require(v.files().first { $0.hasPrefix("attachments/") })
        let keyFile = try #require(v.files().first { $0.hasPrefix("members/") })
        for inside in [v.vault + "/" + object, v.vault + "/" + keyFile] {
            let before = try Data(contentsOf: URL(fileURLWithPath: inside))
            try Self.expectRefusedUpFront(v, [inside] + (wipe ? ["--wipe"] : []), "lies inside the vault folder")
            #expect(try Data(contentsOf: URL(fileURLWithPath: inside)) == before)
        }
        // Through a symbolic link to the vault folder too.
        let alias = v.folder.path("alias")
        try FileManager.default.createSymbolicLink(atPath: alias, withDestinationPath: v.vault)
        try Self.expectRefusedUpFront(v, [alias + "/" + object], "lies inside the vault folder")
        #expect(try v.run(["check"]).status == 0)
    }
}
