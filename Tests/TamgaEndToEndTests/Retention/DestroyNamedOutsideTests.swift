import Foundation
import Testing
import TamgaTestSupport

/// The destroy check reads texts no projection stands in front of
/// (attacker session 38, #7): a State-level recommendation response and
/// another document's State-level text attachment. Only INT-2014-044
/// declares D-0042; once it is gone, the leak scan no longer knows him, so
/// `rec report` and `export --with-attachments` would print his name. The
/// destruction is refused instead, naming the document to declare him in.
@Suite struct DestroyNamedOutsideTests {
    static let sentence = "the beating of Aibek Sadykov in IVS-1"

    static func vault(_ extra: String) throws -> CLIVault {
        let v = try CLIVault()
        let files = [try v.folder.write("INT-2014-044.md", try CLIVault.example("INT-2014-044.md")),
                     try v.folder.write(extra, try CLIVault.example(extra))]
        let added = try v.run(["add"] + files)
        guard added.status == 0 else { throw CLIVaultError(message: "add: \(added.standardError)") }
        return v
    }

    @Test func aResponseNamingThePersonStopsTheDestruction() throws {
        let v = try Self.vault("VR-2015-003.md")
        let text = try v.folder.write("response.txt", "The Ministry of Health opened an inquiry into \(Self.sentence).\n")
        let responded = try v.run(["rec", "respond", "R-2015-003-1", "--from", "Ministry of Health", "--date", "2015-01-20",
                                   "--status", "accepted", "--text", text, "--level", "state"])
        #expect(responded.status == 0, "\(responded.standardError)")
        let destroyed = try v.run(["destroy", "INT-2014-044", "--reason", "retention", "--yes"])
        #expect(destroyed.status != 0 && destroyed.standardError.contains("VR-2015-003's recommendation records"), "\(destroyed.standardError)")
        #expect(destroyed.standardError.contains("tamga edit VR-2015-003") && !destroyed.standardError.contains("Sadykov"))
        #expect(try v.run(["list"]).standardOutput.contains("INT-2014-044"))
        // An internal response never goes out: no reason to refuse.
        let w = try Self.vault("VR-2015-003.md")
        let inner = try w.folder.write("response.txt", "Noted: \(Self.sentence).\n")
        #expect(try w.run(["rec", "respond", "R-2015-003-1", "--from", "Ministry of Health", "--date", "2015-01-20",
                           "--status", "accepted", "--text", inner, "--level", "internal"]).status == 0)
        let allowed = try w.run(["destroy", "INT-2014-044", "--reason", "retention", "--yes"])
        #expect(allowed.status == 0, "\(allowed.standardError)")
    }

    @Test func aTextAttachmentOfAnotherDocumentNamingThePersonStopsTheDestruction() throws {
        let v = try Self.vault("VR-2015-003.md")
        let statement = try v.folder.write("statement.txt", "Statement of a cellmate: Aibek Sadykov came back with bruises.\n")
        let attached = try v.run(["attach", "VR-2015-003", statement, "--level", "state", "--caption", "cellmate statement"])
        #expect(attached.status == 0, "\(attached.standardError)")
        let destroyed = try v.run(["destroy", "INT-2014-044", "--reason", "retention", "--yes"])
        #expect(destroyed.status != 0 && destroyed.standardError.contains("VR-2015-003 (an attachment)"), "\(destroyed.standardError)")
        #expect(!destroyed.standardError.contains("Sadykov"))
        #expect(try v.run(["list"]).standardOutput.contains("INT-2014-044"))
        let out = v.folder.path("out")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let export = try v.run(["export", "VR-2015-003", "--audience", "state", "--with-attachments", "-o", out + "/"])
        #expect(export.status != 0, "the export is refused while he is declared: \(export.standardOutput)")
    }
}
