import Foundation
import Testing
import TamgaTestSupport

/// Web red team 40, F11: a body whose lines end in a bare CR (classic Mac
/// text, some paste paths), or in another character an editor shows as a
/// new line (Word's manual line break is a vertical tab; form feed, NEL, the
/// Unicode line and paragraph separators), was read as one paragraph: its
/// `::: internal` block went to the State in the Markdown and JSON exports,
/// which said "Nothing was withheld". Each is a line end now, as the
/// monitor sees it, and the block is withheld in every format.
@Suite struct LineEndTests {
    static let ends: [(String, String)] = [
        ("bare CR", "\r"), ("vertical tab", "\u{0B}"), ("form feed", "\u{0C}"), ("NEL", "\u{85}"),
        ("line separator", "\u{2028}"), ("paragraph separator", "\u{2029}"), ("CR then CRLF", "\r\r\n"),
    ]

    @Test(arguments: ends)
    func anInternalBlockAfterAnyLineEndIsWithheld(_ name: String, _ end: String) throws {
        let v = try CLIVault()
        let body = ["The team visited.", "", "::: internal", "The informant in cell 9 is Kubat, the night guard.", ":::", "",
                    "End of the visit."].joined(separator: end)
        let source = "---\nid: VR-2026-990\nkind: visit-report\ntitle: Line ends\ndate: 2026-11-30\nlevel: state\n---\n" + body + end
        let added = try v.run(["add", try v.folder.write("doc.md", source)])
        #expect(added.status == 0, "\(name): \(added.standardError)")
        for format in ["md", "json", "html"] {
            let result = try v.run(["export", "VR-2026-990", "--audience", "state", "--format", format, "-o", "-"])
            #expect(result.status == 0, "\(name) \(format): \(result.standardError)")
            #expect(!result.standardOutput.contains("informant"), "\(name) \(format): \(result.standardOutput)")
            #expect(result.standardOutput.contains("End of the visit"), "\(name) \(format)")
        }
    }
}
