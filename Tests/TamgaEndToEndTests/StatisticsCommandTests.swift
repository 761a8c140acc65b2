import Foundation
import Testing
import TamgaTestSupport

/// `tamga stats` and `tamga summary` through the binary.
@Suite struct StatisticsCommandTests {
    @Test func publicCountsAreSuppressedStateCountsAreExact() throws {
        let v = try ExportTests.vaultWithExamples()
        let publicTable = try v.run(["stats", "--audience", "public", "--by", "facility", "--format", "json"])
        #expect(publicTable.status == 0, "\(publicTable.standardError)")
        #expect(publicTable.standardOutput.contains("null"))
        let state = try v.run(["stats", "--audience", "state", "--by", "month", "--format", "csv"])
        #expect(state.standardOutput.contains("2014-10,2"))
        #expect(state.standardOutput.contains("2014-11,1"))
        for output in [publicTable.standardOutput, state.standardOutput] {
            for secret in ["Sadykov", "Жумабаев", "cell 14"] { #expect(!output.contains(secret)) }
        }
        #expect(try v.run(["stats", "--audience", "public"]).status == 64)
        #expect(try v.run(["stats", "--audience", "public", "--by", "tag", "--from", "2014-13-01"]).status == 64)
    }

    @Test func theAnnualSummaryIsSignedAndHoldsNoPersonData() throws {
        let v = try ExportTests.vaultWithExamples()
        let out = v.folder.path("summary-2014.html")
        let result = try v.run(["summary", "--year", "2014", "-o", out])
        #expect(result.status == 0, "\(result.standardError)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.contains("<svg") && html.contains("PUBLIC"))
        #expect(html.contains("IVS-1 Bishkek"))
        for secret in ["Sadykov", "Садыков", "Osmonov", "Жумабаев", "cell 14", "night-shift", "INT-2014-044"] {
            #expect(!html.contains(secret), "\(secret) in the summary")
        }
        #expect(try v.run(["verify", out]).status == 0)
        let markdown = try v.run(["summary", "--year", "2014", "--format", "md", "-o", "-"])
        #expect(markdown.status == 0)
        #expect(markdown.standardOutput.contains("2014"))
    }
}
