import Foundation
import Testing
import TamgaTestSupport

/// A destruction's reason, kept for good in the log, may not name a person
/// the document declares, as an erasure's may not name the person (web red
/// team 42, N1): on the command line, in the browser, and when asking under
/// a second approval; nothing is destroyed or asked.
@Suite(.serialized) struct WebDestroyReasonTests {
    static let namingReasons = ["Aibek Sadykov asked us to", "asked by aibek sadykov", "Айбек Садыков просил", "A. Sadykov asked"]

    @Test func aReasonNamingAPersonTheDocumentDeclaresIsRefusedOnTheCommandLineAndInTheBrowser() throws {
        let v = try ExportTests.vaultWithExamples()
        try v.declareTheDetaineeInTheReport()
        let before = WebDestructionTests.stored(v)
        for reason in Self.namingReasons {
            let refused = try v.run(["destroy", "INT-2014-044", "--reason", reason, "--yes"])
            #expect(refused.status != 0 && refused.standardError.contains("the reason names D-0042"), "\(reason): \(refused.standardError)")
            #expect(!refused.standardError.contains("Sadykov") && !refused.standardError.contains("Садыков"))
        }
        #expect(WebDestructionTests.stored(v) == before)

        let server = try WebServer(v)
        let (admin, csrf) = try server.unlockedClient()
        let page = try admin.request("/documents/INT-2014-044/destroy")
        #expect(page.body.contains("name no person"), "the form does not say it")
        let web = try admin.request("/documents/INT-2014-044/destroy", form: [("csrf", csrf), ("reason", Self.namingReasons[0]),
                                                                              ("typed", "INT-2014-044")])
        #expect(web.status == 422 && web.body.contains("the reason names D-0042"), "\(web.status) \(WebWritingTests.alert(web))")
        #expect(WebDestructionTests.stored(v) == before)
        // Without the name: destroyed.
        let done = try admin.request("/documents/INT-2014-044/destroy", form: [("csrf", csrf), ("reason", "retention: 5 years"),
                                                                               ("typed", "INT-2014-044")])
        #expect(done.status == 200 && done.body.contains("Destroyed INT-2014-044"), "\(done.status) \(WebWritingTests.alert(done))")
    }

    @Test func aRequestWhoseReasonNamesAPersonIsNotAsked() throws {
        let v = try WebApprovalTests.vault()
        let asked = try v.run(["destroy", "INT-2014-044", "--reason", Self.namingReasons[0], "--yes", "--member", "Admin"])
        #expect(asked.status != 0 && asked.standardError.contains("the reason names D-0042"), "\(asked.standardError)")
        #expect(try v.run(["destroy", "--pending", "--member", "Admin"]).standardOutput.contains("No request"))
    }
}
