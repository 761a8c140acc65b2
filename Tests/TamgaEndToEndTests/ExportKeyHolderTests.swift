import Foundation
import Testing
import TamgaTestSupport

/// Issue 14, finding 3: only members cleared internal hold the export-signing
/// key, and a State member who asks to export is told so in plain words.
@Suite struct ExportKeyHolderTests {
    @Test(arguments: [["export", "VR-2014-017", "--audience", "state", "-o", "out/"],
                      ["summary", "--year", "2014", "--audience", "state", "-o", "out/summary.md"]])
    func aStateMemberIsToldWhoSignsExports(_ command: [String]) throws {
        let v = try ExportTests.vaultWithExamples()
        let key = try v.run(["member", "invite", "--name", "Liaison"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Liaison", key, "--clearance", "state"]).status == 0)
        // Sealed to the administrator and the recovery key only.
        #expect(v.files().filter { $0.hasPrefix("keys/signing/") }.count == 2)
        let result = try v.run(command + ["--member", "Liaison"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("exports are signed by members cleared internal"))
        #expect(!FileManager.default.fileExists(atPath: v.folder.path("out")))
    }
}
