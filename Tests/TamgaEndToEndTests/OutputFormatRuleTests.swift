import Foundation
import Testing
import TamgaTestSupport

/// Issue 19 items 3 and 4: one rule for the format of every file written
/// (`--format`, else the `-o` extension, else the command's default; a
/// contradiction is bad usage), and every such file signed.
@Suite struct OutputFormatRuleTests {
    static let outputs: [(command: [String], name: String)] = [
        (["export", "VR-2014-017", "--audience", "state"], "export"),
        (["summary", "--year", "2014"], "summary"),
        (["rec", "report", "--audience", "state", "--to", "Ministry of Health"], "follow-up"),
    ]

    @Test(arguments: [0, 1, 2], ["html", "md"])
    func theExtensionChoosesTheFormat(_ which: Int, _ ext: String) throws {
        let v = try ExportTests.vaultWithExamples()
        let out = v.folder.path("\(Self.outputs[which].name).\(ext)")
        let result = try v.run(Self.outputs[which].command + ["-o", out])
        #expect(result.status == 0, "\(result.standardError)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.hasPrefix("<!DOCTYPE html>") == (ext == "html"))
        #expect(FileManager.default.fileExists(atPath: out + ".minisig"))
        let verified = try v.run(["verify", out])
        #expect(verified.status == 0, "\(verified.standardError)")
    }

    @Test(arguments: [0, 1, 2])
    func aFormatThatContradictsTheExtensionIsBadUsage(_ which: Int) throws {
        let v = try ExportTests.vaultWithExamples()
        let out = v.folder.path("\(Self.outputs[which].name).html")
        let before = v.files()
        let result = try v.run(Self.outputs[which].command + ["--format", "md", "-o", out])
        #expect(result.status == 64, "\(result.standardError)")
        #expect(result.standardError.contains("--format md"))
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(v.files() == before)
    }

    @Test func anExtensionNoFormatHasIsBadUsageUnlessTheFormatIsGiven() throws {
        let v = try ExportTests.vaultWithExamples()
        let refused = try v.run(["export", "VR-2014-017", "--audience", "state", "-o", v.folder.path("x.pdf")])
        #expect(refused.status == 64)
        #expect(refused.standardError.contains("give --format"))
        #expect(!FileManager.default.fileExists(atPath: v.folder.path("x.pdf")))
        let given = try v.run(["export", "VR-2014-017", "--audience", "state", "--format", "html", "-o", v.folder.path("x.txt")])
        #expect(given.status == 0, "\(given.standardError)")
    }

    @Test func anUnsealedExportIsNotNamedAsAnAgeFile() throws {
        let v = try ExportTests.vaultWithExamples()
        let result = try v.run(["export", "VR-2014-017", "--audience", "state", "-o", v.folder.path("x.md.age")])
        #expect(result.status == 65)
        #expect(!FileManager.default.fileExists(atPath: v.folder.path("x.md.age")))
    }

    /// The follow-up report has no JSON form; it used to be offered and then
    /// fail with a leak-scan error naming a document.
    @Test func theFollowUpReportOffersOnlyItsFormats() throws {
        let v = try ExportTests.vaultWithExamples()
        let result = try v.run(["rec", "report", "--audience", "state", "--to", "Ministry of Health", "--format", "json",
                                "-o", v.folder.path("f.json")])
        #expect(result.status == 64)
        #expect(result.standardError.contains("md or html"))
        #expect(!result.standardError.contains("VR-2014"))
    }
}
