import Foundation
import Testing
import TamgaTestSupport

/// `tamga person erase` through the built binary (issue 18): confirmation,
/// the names gone from every read, the documents kept, `person show`.
@Suite struct PersonEraseCommandTests {
    @Test func eraseNeedsAReasonAndAConfirmationThenNoCommandShowsTheName() throws {
        let v = try ExportTests.vaultWithExamples()
        let unconfirmed = try v.run(["person", "erase", "D-0042", "--reason", "erasure asked"])
        #expect(unconfirmed.status == 64 && unconfirmed.standardError.contains("--yes"), "\(unconfirmed.standardError)")
        #expect(try v.run(["person", "erase", "D-0042", "--reason", " ", "--yes"]).status == 64)
        let naming = try v.run(["person", "erase", "D-0042", "--reason", "Sadykov asked", "--yes"])
        #expect(naming.status != 0 && !naming.standardError.contains("Sadykov"), "\(naming.standardError)")

        let erased = try v.run(["person", "erase", "D-0042", "--reason", "erasure asked", "--yes"])
        #expect(erased.status == 0, "\(erased.standardError)")
        #expect(erased.standardOutput.contains("erased: D-0042"), "\(erased.standardOutput)")
        #expect(!(erased.standardOutput + erased.standardError).contains("Sadykov"))

        let show = try v.run(["person", "show", "D-0042"])
        #expect(show.status == 0 && show.standardOutput.contains("erased"), "\(show.standardOutput)\(show.standardError)")
        #expect(!show.standardOutput.contains("Sadykov"))
        let list = try v.run(["person", "list"]).standardOutput
        #expect(list.contains("(erased)") && !list.contains("Sadykov"), "\(list)")
        let source = try v.run(["show", "INT-2014-044"])
        #expect(source.status == 0 && !source.standardOutput.contains("Sadykov") && !source.standardOutput.contains("Садыков"),
                "\(source.standardOutput)")
        #expect(source.standardOutput.contains("erased: true"))
        // The visit report named him without declaring him: rewritten too, exported with the pseudonym, internal included.
        #expect(erased.standardOutput.contains("2 document(s)"), "\(erased.standardOutput)")
        let report = try v.run(["show", "VR-2014-017"]).standardOutput
        #expect(report.contains("@D-0042") && !report.contains("Sadykov"), "\(report)")
        for audience in ["internal", "state"] {
            let out = v.folder.path("out-\(audience).md")
            let export = try v.run(["export", "VR-2014-017", "--audience", audience, "-o", out])
            #expect(export.status == 0, "\(export.standardError)")
            let text = try String(contentsOfFile: out, encoding: .utf8)
            #expect(!text.contains("Sadykov") && text.contains("Detainee"), "\(audience): \(text)")
        }
        #expect(try v.run(["list"]).standardOutput.contains("INT-2014-044"))
        let check = try v.run(["check"])
        #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
        #expect(try v.run(["person", "erase", "D-0042", "--reason", "again", "--yes"]).status != 0)
    }
}
