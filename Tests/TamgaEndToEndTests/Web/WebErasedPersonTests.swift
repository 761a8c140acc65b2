import Foundation
import Testing
import TamgaTestSupport

/// The persons pages after `tamga person erase` (issue 18 in the browser,
/// issue 20): an erased person is shown as erased, and no spelling of the
/// erased name reaches the registry or the person's page.
@Suite(.serialized) struct WebErasedPersonTests {
    @Test func anErasedPersonIsShownAsErasedWithoutTheName() throws {
        let f = try DataKeyAttackVault()
        let server = try WebServer(f.v)
        let (client, _) = try server.unlockedClient(member: "Admin")
        // Before: the registry names him.
        #expect(try client.request("/persons").body.contains("Sadykov"))
        let erased = try f.v.run(["person", "erase", "D-0042", "--reason", "erasure asked", "--yes", "--member", "Admin"])
        #expect(erased.status == 0, "\(erased.standardError)")
        for path in ["/persons", "/persons/D-0042"] {
            let page = try client.request(path)
            #expect(page.status == 200 && page.body.contains("<em>erased</em>"), "\(path): \(page.status) \(page.body.suffix(600))")
            for form in ExportTests.sadykovForms { #expect(!page.body.contains(form), "\(path) shows \(form)") }
        }
    }
}
