import Foundation
import Testing
import TamgaTestSupport

/// Web red team 40, F2: a membership change made elsewhere (here on the
/// command line) while `tamga serve` is unlocked. The administrator's
/// session follows the newest keyring on its next request, so a report it
/// writes is sealed to the new epoch the removed member cannot open; the
/// removed member's own open session is locked out.
@Suite(.serialized) struct WebMemberChangeElsewhereTests {
    @Test func aRemovalOnTheCommandLineReachesOpenSessions() throws {
        let attack = try DataKeyAttackVault()
        let vault = attack.v
        let adminServer = try WebServer(vault), liaisonServer = try WebServer(vault)
        let (admin, csrf) = try adminServer.unlockedClient(member: "Admin")
        let (liaison, _) = try liaisonServer.unlockedClient(member: "Liaison")
        #expect(try liaison.request("/documents").status == 200)

        let removed = try vault.run(["member", "remove", "--member", "Admin", "Liaison"])
        #expect(removed.status == 0, "\(removed.standardError)")

        let folders = attack.names("datakeys")
        let written = try admin.request("/documents/new", form: WebWritingTests.newReport(csrf, id: "VR-2026-502"))
        #expect(written.status == 200, "\(WebWritingTests.alert(written))")
        try WebMemberTests.expectNewReportSealedToEpoch2(attack, besides: folders)
        #expect(try vault.run(["check", "--member", "Admin"]).status == 0)
        #expect(try liaison.request("/documents").status == 303, "the removed member's session is locked")
    }
}
