import Foundation
import Testing
import TamgaTestSupport

/// A recommendation's follow-up in the browser (issue 20): its page, and an
/// authority's response and a later visit's finding recorded through the
/// use case `tamga rec respond` and `rec verify` call, so the command sees
/// them; a form without the CSRF token or with a bad date records nothing.
@Suite(.serialized) struct WebFollowUpTests {
    @Test func aResponseAndAVerificationRecordedInTheBrowserAreTheCommandsToo() throws {
        let vault = try ExportTests.vaultWithExamples()
        let server = try WebServer(vault)
        let (client, csrf) = try server.unlockedClient()
        let list = try client.request("/recommendations?audience=state")
        let id = try #require(list.body.firstMatch(of: /href="\/recommendations\/(R-2014-017-[0-9]+)"/)?.output.1).description
        let page = try client.request("/recommendations/\(id)")
        #expect(page.status == 200 && page.body.contains("no-response") && page.body.contains("VR-2014-021"), "\(page.body.suffix(800))")
        let responded = try client.request("/recommendations/\(id)/respond", form: [
            ("csrf", csrf), ("from", "Ministry of Interior"), ("date", "2014-11-01"), ("status", "in-progress"),
            ("text", "Works are planned."), ("level", "state")])
        #expect(responded.status == 200 && responded.body.contains("Ministry of Interior") && responded.body.contains("Works are planned."),
                "\(responded.body.suffix(800))")
        let verified = try client.request("/recommendations/\(id)/verify", form: [
            ("csrf", csrf), ("visit", "VR-2014-021"), ("finding", "partially"), ("level", "public")])
        #expect(verified.status == 200 && verified.body.contains("partially"), "\(verified.body.suffix(800))")
        let shown = try vault.run(["rec", "show", id]).standardOutput
        #expect(shown.contains("Ministry of Interior") && shown.contains("VR-2014-021"), "\(shown)")
        // The later of the two decides: the visit of 2014-11-03 after the answer of 2014-11-01.
        #expect(shown.contains("status: partially-implemented"), "\(shown)")
        // Without the token, or with a bad date or an internal level, nothing more is recorded.
        #expect(try client.request("/recommendations/\(id)/respond", form: [("from", "X"), ("date", "2015-02-01"),
                                                                            ("status", "accepted"), ("level", "state")]).status == 403)
        let badDate = try client.request("/recommendations/\(id)/respond", form: [("csrf", csrf), ("from", "X"), ("date", "01.02.2015"),
                                                                                  ("status", "accepted"), ("level", "state")])
        #expect(badDate.status == 422)
        let atInternal = try client.request("/recommendations/\(id)/verify", form: [("csrf", csrf), ("visit", "VR-2014-021"),
                                                                                  ("finding", "implemented"), ("level", "internal")])
        #expect(atInternal.status == 422)
        #expect(try vault.run(["rec", "show", id]).standardOutput == shown)
        #expect(try client.request("/recommendations/R-9999-999-9").status != 200)
    }
}
