import Foundation
import Testing
import TamgaTestSupport

/// Issue 15, class 7: the path an export is written to is read like the
/// export: a file or folder named after a protected person stops it.
@Suite struct OutputNameLeakTests {
    @Test(arguments: ["Aibek Sadykov.md", "Sadykov_case/export.md", "out/aibek.sadykov/x.md", "Айбек-Садыков.md"])
    func anOutputNamedAfterADetaineeIsRefused(_ relative: String) throws {
        let v = try ExportTests.vaultWithExamples()
        let before = v.files()
        let result = try v.run(["export", "INT-2014-044", "--audience", "state", "-o", v.folder.path(relative)])
        #expect(result.status == 1, "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: v.folder.path(relative)))
        #expect(!result.standardError.contains("Sadykov") && !result.standardError.contains("Садыков"))
        #expect(v.files() == before)
    }

    @Test func theSameNameIsFineForTheInternalAudience() throws {
        let v = try ExportTests.vaultWithExamples()
        let result = try v.run(["export", "INT-2014-044", "--audience", "internal", "-o", v.folder.path("Aibek Sadykov.md")])
        #expect(result.status == 0, "\(result.standardError)")
    }
}

/// Issue 15, class 6: labels a command prints for an audience (tags, themes)
/// are scanned like exports.
@Suite struct PrintedLabelLeakTests {
    @Test(arguments: ["public", "state"])
    func aTagNamedAfterADetaineeStopsTheStatistics(_ audience: String) throws {
        let v = try ExportTests.vaultWithExamples()
        let tagged = try CLIVault.example("VR-2014-017.md").replacingOccurrences(of: "id: VR-2014-017", with: "id: VR-2014-099")
            .replacingOccurrences(of: "tags: [overcrowding, medical-care, ill-treatment]", with: "tags: [overcrowding, sadykov-case]")
        #expect(try v.run(["add", try v.folder.write("tagged.md", tagged)]).status == 0)
        let result = try v.run(["stats", "--audience", audience, "--by", "tag"])
        #expect(result.status == 1, "\(result.standardOutput)")
        #expect(!result.standardOutput.lowercased().contains("sadykov"))
        #expect(!result.standardError.lowercased().contains("sadykov"))
        #expect(try v.run(["stats", "--audience", "internal", "--by", "tag"]).standardOutput.contains("sadykov-case"))
    }
}

/// Issue 15, class 6: an HTML comment in a document is refused at add (an
/// export would show it as text); in code it is fine.
@Suite struct HTMLCommentIntakeTests {
    @Test func aCommentIsRefusedWithItsPlaceAndNothingStored() throws {
        let v = try CLIVault()
        let text = try CLIVault.example("VR-2014-017.md") + "\nSeen in the register. <!-- ask Aibek Sadykov's mother -->\n"
        let before = v.files()
        let result = try v.run(["add", try v.folder.write("c.md", text)])
        #expect(result.status == 65, "\(result.standardError)")
        #expect(result.standardError.contains("HTML comment"))
        #expect(!result.standardError.contains("Sadykov"))
        #expect(v.files() == before)
    }

    @Test func aCommentInCodeIsText() throws {
        let v = try CLIVault()
        let text = try CLIVault.example("VR-2014-017.md") + "\nThe form's field is `<!-- x -->`.\n\n```\n<!-- sample -->\n```\n"
        #expect(try v.run(["add", try v.folder.write("c.md", text)]).status == 0)
    }

    /// Raw HTML tags are refused at add too, with their place; autolinks,
    /// `<` before a number and tags in code are text.
    @Test(arguments: ["Then Sady<span></span>kov spoke.", "<b>Aibek</b> spoke.", "A photo: <img src=\"x.png\">", "Line<br/>break"])
    func aRawTagIsRefused(_ line: String) throws {
        let v = try CLIVault()
        let before = v.files()
        let result = try v.run(["add", try v.folder.write("h.md", try CLIVault.example("VR-2014-017.md") + "\n" + line + "\n")])
        #expect(result.status == 65, "\(result.standardError)")
        #expect(result.standardError.contains("raw HTML"))
        #expect(!result.standardError.contains("Aibek"))
        #expect(v.files() == before)
    }

    @Test func autolinksAndLessThanAreText() throws {
        let v = try CLIVault()
        let text = try CLIVault.example("VR-2014-017.md") + "\nFewer than <5 persons; write to <npm@example.kg> or <https://example.kg>; the form says `<b>`.\n"
        let result = try v.run(["add", try v.folder.write("h.md", text)])
        #expect(result.status == 0, "\(result.standardError)")
    }
}
