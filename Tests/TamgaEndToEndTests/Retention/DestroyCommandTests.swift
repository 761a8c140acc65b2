import Foundation
import Testing
import TamgaTestSupport

/// `tamga destroy` through the built binary (issue 18): confirmation,
/// the tombstone, the files gone, the id spent, what it says it cannot do.
@Suite struct DestroyCommandTests {
    @Test func destroyNeedsAReasonAndAConfirmationThenRemovesTheDocumentForGood() throws {
        let v = try ExportTests.vaultWithExamples()
        // VR-2014-017 names D-0042, whom only INT-2014-044 declares: refused, nothing written (issue 18, L9).
        let files = v.files()
        let unprotecting = try v.run(["destroy", "INT-2014-044", "--reason", "retention", "--yes"])
        #expect(unprotecting.status != 0 && unprotecting.standardError.contains("VR-2014-017")
                && unprotecting.standardError.contains("D-0042") && !unprotecting.standardError.contains("Sadykov"), "\(unprotecting.standardError)")
        #expect(v.files() == files)
        try v.declareTheDetaineeInTheReport()
        let before = v.files().filter { $0.hasPrefix("documents/") }.count
        // No terminal and no --yes: refused, nothing written.
        let unconfirmed = try v.run(["destroy", "INT-2014-044", "--reason", "retention"])
        #expect(unconfirmed.status == 64, "\(unconfirmed.standardError)")
        #expect(unconfirmed.standardError.contains("--yes"))
        let empty = try v.run(["destroy", "INT-2014-044", "--reason", "  ", "--yes"])
        #expect(empty.status == 64)
        #expect(v.files().filter { $0.hasPrefix("documents/") }.count == before)

        let destroyed = try v.run(["destroy", "INT-2014-044", "--reason", "retention: interview, 5 years", "--yes"])
        #expect(destroyed.status == 0, "\(destroyed.standardError)")
        #expect(destroyed.standardOutput.contains("destroyed: INT-2014-044"))
        #expect(destroyed.standardOutput.contains("copies of the vault made before now"))
        #expect(!destroyed.standardError.contains("D-0042"), "VR-2014-017 declares D-0042 now: \(destroyed.standardError)")
        #expect(v.files().filter { $0.hasPrefix("documents/") }.count < before)

        let list = try v.run(["list"])
        #expect(list.status == 0 && !list.standardOutput.contains("INT-2014-044"))
        #expect(try v.run(["show", "INT-2014-044"]).status != 0)
        let again = try v.run(["add", try v.folder.write("again.md", try CLIVault.example("INT-2014-044.md"))])
        #expect(again.status != 0 && again.standardError.contains("destroyed"), "\(again.standardError)")
        let log = try v.run(["log"])
        #expect(log.standardOutput.contains("destroy"), "\(log.standardOutput)")
        let check = try v.run(["check"])
        #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
        // Other documents are untouched, and the detainee they name stays withheld.
        #expect(try v.run(["export", "VR-2014-017", "--audience", "public", "-o", v.folder.path("out.md")]).status == 0)
        let published = try String(contentsOfFile: v.folder.path("out.md"), encoding: .utf8)
        #expect(!published.contains("Sadykov") && !published.contains("Aibek"), "\(published)")
    }
}

/// `tamga destroy --due`: what the schedule makes due, and nothing else.
@Suite struct DestroyDueCommandTests {
    @Test func onlyWhatIsDueIsDestroyedEachWithItsRule() throws {
        let v = try RetentionCommandTests.vault()
        // Interviews are kept 5 years unless tagged case-open; visit reports 10 years.
        let none = try v.run(["destroy", "--due", "--as-of", "2015-01-01", "--yes"])
        #expect(none.status == 0 && none.standardOutput.contains("Nothing is due"), "\(none.standardOutput)\(none.standardError)")
        #expect(try v.run(["destroy", "--due", "INT-2014-044", "--yes"]).status == 64)
        #expect(try v.run(["destroy", "--due", "--as-of", "2020-01-01"]).status == 64, "no terminal and no --yes")
        let due = try v.run(["destroy", "--due", "--as-of", "2020-01-01", "--yes"])
        #expect(due.status == 0, "\(due.standardError)")
        #expect(due.standardOutput.contains("destroyed: INT-2014-044"), "\(due.standardOutput)")
        #expect(!due.standardOutput.contains("INT-2014-050") && !due.standardOutput.contains("VR-2014-017"), "\(due.standardOutput)")
        let list = try v.run(["list"]).standardOutput
        #expect(!list.contains("INT-2014-044") && list.contains("INT-2014-050") && list.contains("VR-2014-017"), "\(list)")
        let retention = try v.run(["retention", "--as-of", "2020-01-01"]).standardOutput
        #expect(retention.contains("Nothing is due"), "\(retention)")
    }
}
