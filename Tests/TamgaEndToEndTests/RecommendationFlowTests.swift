import Foundation
import Testing
import TamgaTestSupport

/// Recommendations through the binary: list, respond, verify, status, repeats, the follow-up report.
@Suite struct RecommendationFlowTests {
    @Test func responsesAndVerificationsDriveTheStatus() throws {
        let v = try ExportTests.vaultWithExamples()
        var result = try v.run(["rec", "list", "--json"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("R-2014-017-1") && result.standardOutput.contains("\"status\" : \"no-response\""))
        result = try v.run(["rec", "respond", "R-2014-017-2", "--from", "Ministry of Health", "--date", "2015-02-01", "--status", "accepted"])
        #expect(result.status == 0, "\(result.standardError)")
        result = try v.run(["rec", "list", "--status", "accepted"])
        #expect(result.standardOutput.contains("R-2014-017-2") && !result.standardOutput.contains("R-2014-017-1"))
        let later = try v.folder.write("later.md", "---\nid: VR-2016-001\nkind: visit-report\ndate: 2016-03-01\n---\n\nFollow-up visit.\n")
        #expect(try v.run(["add", later]).status == 0)
        result = try v.run(["rec", "verify", "R-2014-017-2", "--visit", "VR-2016-001", "--finding", "not-implemented"])
        #expect(result.status == 0, "\(result.standardError)")
        result = try v.run(["rec", "show", "R-2014-017-2"])
        #expect(result.standardOutput.contains("status: not-implemented"))
        #expect(result.standardOutput.contains("Ministry of Health answered accepted") || result.standardOutput.contains("response from Ministry of Health: accepted"))
        result = try v.run(["log"])
        #expect(result.standardOutput.contains("rec-respond R-2014-017-2") && result.standardOutput.contains("rec-verify R-2014-017-2"))
        #expect(try v.run(["check"]).status == 0)
    }

    @Test func unknownRecommendationsAndBadStatusesAreRefused() throws {
        let v = try ExportTests.vaultWithExamples()
        var result = try v.run(["rec", "respond", "R-0000", "--from", "X", "--date", "2015-02-01", "--status", "accepted"])
        #expect(result.status == 65)
        #expect(result.standardError.contains("R-0000"))
        result = try v.run(["rec", "respond", "R-2014-017-1", "--from", "X", "--date", "2015-02-01", "--status", "not-implemented"])
        #expect(result.status == 64)
        result = try v.run(["rec", "respond", "R-2014-017-1", "--from", "X", "--date", "01.02.2015", "--status", "accepted"])
        #expect(result.status == 64)
    }

    @Test func theStateFollowUpReportHoldsNoInternalTextOrNames() throws {
        let v = try ExportTests.vaultWithExamples()
        let note = try v.folder.write("note.txt", "We will examine every person on admission from March.")
        #expect(try v.run(["rec", "respond", "R-2014-017-2", "--from", "Ministry of Health", "--date", "2015-02-01",
                           "--status", "in-progress", "--text", note]).status == 0)
        let out = v.folder.path("follow-up.html")
        let result = try v.run(["rec", "report", "--audience", "state", "--to", "Ministry of Health", "-o", out])
        #expect(result.status == 0, "\(result.standardError)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.contains("R-2014-017-2") && html.contains("examine every person on admission from March"))
        #expect(html.contains("SHARED WITH STATE AUTHORITIES"))
        #expect(!html.contains("R-2014-017-1"))
        for secret in ["Sadykov", "cell 14", "night-shift", "Osmonov"] { #expect(!html.contains(secret)) }
        #expect(try v.run(["disclosures"]).standardOutput.contains("follow-up: Ministry of Health"))
    }

    @Test func aResponseNamingADetaineeIsStoppedByTheLeakScan() throws {
        let v = try ExportTests.vaultWithExamples()
        let note = try v.folder.write("note.txt", "Mr Sadykov was examined on 3 February.")
        #expect(try v.run(["rec", "respond", "R-2014-017-2", "--from", "Ministry of Health", "--date", "2015-02-01",
                           "--status", "in-progress", "--text", note]).status == 0)
        let out = v.folder.path("follow-up.md")
        let result = try v.run(["rec", "report", "--audience", "state", "--to", "Ministry of Health", "--format", "md", "-o", out])
        #expect(result.status == 1)
        #expect(!result.standardError.contains("Sadykov"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func aClashingRecommendationIdIsRefusedAtAdd() throws {
        let v = try ExportTests.vaultWithExamples()
        let file = try v.folder.write("clash.md", """
        ---
        id: VR-2016-001
        kind: visit-report
        date: 2016-01-01
        level: public
        ---

        [Something else entirely.]{.recommendation #R-2014-017-1}
        """)
        let before = v.files()
        let result = try v.run(["add", file])
        #expect(result.status == 65)
        #expect(result.standardError.contains("R-2014-017-1"))
        #expect(v.files() == before)
    }
}

/// The status table for the public annual report.
@Suite struct RecommendationTableTests {
    @Test func thePublicStatusTableSuppressesSmallCountsAndListsPublicRecommendations() throws {
        let v = try ExportTests.vaultWithExamples()
        #expect(try v.run(["rec", "respond", "R-2014-017-2", "--from", "Ministry of Health", "--date", "2015-02-01", "--status", "accepted"]).status == 0)
        let result = try v.run(["rec", "table", "--audience", "public"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("status \\ theme"))
        #expect(result.standardOutput.contains("<5"))
        #expect(result.standardOutput.hasPrefix("Recommendations by status and theme"))
        // Issue 19 item 14: a status beside a suppressed cell would give its count away.
        #expect(result.standardOutput.contains("R-2014-017-2  status withheld (small count)  Ensure a medical examination"))
        #expect(!result.standardOutput.contains("R-2014-017-1  no-response"))
        for secret in ["Sadykov", "cell 14"] { #expect(!result.standardOutput.contains(secret)) }
        let state = try v.run(["rec", "table", "--audience", "state", "--csv"])
        #expect(state.standardOutput.contains("accepted,"))
        #expect(try v.run(["stats", "--audience", "public", "--by", "status"]).status == 64)
    }
}
