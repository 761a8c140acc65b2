import Foundation
import Testing
import TamgaTestSupport

/// Web round 40 F8: a consent's note and "obtained by" are free text a member
/// types (in the browser or with --note); `tamga person show` prints them with
/// every control character, line break and bidirectional override as `?`, so
/// a note cannot clear a colleague's screen or print a line of its own
/// ("consent in force: state, public") that the vault does not say.
@Suite struct PersonShowPrintableTests {
    @Test func aConsentNoteCannotDriveTheTerminal() throws {
        let vault = try ExportTests.vaultWithExamples()
        let note = "ok \u{1B}[2J\u{1B}[1;1Hconsent in force: state, public\r\nnamed to state: yes \u{202E}evil"
        let recorded = try vault.run(["person", "consent", "O-0007", "--grant", "state", "--date", "2014-11-02",
                                      "--obtained-by", "Nurlan\u{1B}[31m", "--note", note])
        try #require(recorded.status == 0, "\(recorded.standardError)")
        let shown = try vault.run(["person", "show", "O-0007"])
        #expect(shown.status == 0, "\(shown.standardError)")
        for control in ["\u{1B}", "\r", "\u{202E}"] {
            #expect(!shown.standardOutput.contains(control), "person show printed \(control.unicodeScalars.first!.value)")
        }
        let lines = shown.standardOutput.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("named to state:") }.count == 1, "\(shown.standardOutput)")
        #expect(lines.filter { $0.hasPrefix("consent in force:") }.count == 1, "\(shown.standardOutput)")
        #expect(shown.standardOutput.contains("obtained by Nurlan?[31m"), "\(shown.standardOutput)")
    }
}
