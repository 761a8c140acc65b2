import Foundation
import Testing
import TamgaTestSupport

/// Issue 16: "one damaged object stops `list` for the whole vault". A
/// damaged document is listed apart and the others are shown; what needs
/// every document's persons (exports, projections) still stops, naming the
/// folder, since the damaged one may declare a person; `check` names it.
@Suite struct ContainedDamageTests {
    @Test func aDamagedDocumentDoesNotHideTheOthers() throws {
        let v = try CLIVault()
        #expect(try v.run(["add", try v.folder.write("a.md", try CLIVault.example("VR-2014-017.md"))]).status == 0)
        #expect(try v.run(["add", try v.folder.write("b.md", try CLIVault.example("INT-2014-044.md"))]).status == 0)
        // Damage every internal part of one document folder.
        let documents = v.vault + "/documents"
        let folder = try #require(try FileManager.default.contentsOfDirectory(atPath: documents).sorted().first)
        let internalFolder = documents + "/" + folder + "/internal"
        for name in try FileManager.default.contentsOfDirectory(atPath: internalFolder) {
            var bytes = try Data(contentsOf: URL(fileURLWithPath: internalFolder + "/" + name))
            bytes[bytes.count / 2] ^= 0xFF
            try VaultFiles.write(bytes, internalFolder + "/" + name)
        }
        // Read on another machine (no index cached from before the damage), as after a merge or a restore.
        let fresh = ["XDG_STATE_HOME": v.folder.path("other-machine")]
        let listed = try v.run(["list"], extra: fresh)
        #expect(listed.status == 0, "\(listed.standardError)")
        let shown = ["VR-2014-017", "INT-2014-044"].filter { listed.standardOutput.contains($0) }
        #expect(shown.count == 1, "\(listed.standardOutput)")
        #expect(listed.standardError.contains("a document could not be read and is not listed (documents/\(folder))"))
        let export = try v.run(["export", try #require(shown.first), "--audience", "state", "-o", v.folder.path("out.md")], extra: fresh)
        #expect(export.status != 0)
        #expect(export.standardError.contains("documents/\(folder)") && export.standardError.contains("nothing is exported"))
        #expect(!FileManager.default.fileExists(atPath: v.folder.path("out.md")))
        let checked = try v.run(["check"], extra: fresh)
        #expect(checked.status == 1 && checked.standardOutput.contains("documents/\(folder)"), "\(checked.standardOutput)")
    }
}
