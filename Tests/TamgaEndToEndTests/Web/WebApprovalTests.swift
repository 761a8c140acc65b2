import Foundation
import Testing
import TamgaTestSupport

/// Destructions and erasures waiting for a second administrator (issue 18),
/// approved in the browser (issue 20) through the use cases `tamga destroy
/// --approve` and `tamga person erase --approve` call: the one who asked is
/// refused, another administrator approves after a confirmation page that
/// writes nothing, and a State member is refused.
@Suite(.serialized) struct WebApprovalTests {
    /// The examples under a policy asking for a second administrator; Second is one, Liaison a State member.
    static func vault(forErasure: Bool = false) throws -> CLIVault {
        let v: CLIVault
        if forErasure {
            // The vault of `DestroyApprovalCommandTests`' erasure: D-0042 is named by INT-2014-044 and VR-2014-017 only.
            v = try CLIVault()
            let files = try ["INT-2014-044.md", "VR-2014-017.md"].map { try v.folder.write($0, try CLIVault.example($0)) }
            #expect(try v.run(["add"] + files).status == 0)
        } else {
            v = try RetentionCommandTests.vault(schedule: RetentionCommandTests.schedule)
        }
        // Second is made before the policy asks: an administrator Admin makes afterwards never approves Admin's requests.
        for (name, clearance) in [("Second", ["--clearance", "internal", "--administrator"]), ("Liaison", ["--clearance", "state"])] {
            let key = try WebMemberTests.invite(v, name)
            let added = try v.run(["member", "add", "--member", "Admin", name, key] + clearance)
            #expect(added.status == 0, "\(added.standardError)")
        }
        try DestroyApprovalCommandTests.setAsking(v, schedule: forErasure ? "" : RetentionCommandTests.schedule)
        return v
    }

    /// The request entry the confirmation page of `id` names (the form field an approval posts back).
    static func entry(_ client: WebServer.Client, _ csrf: String, _ kind: String, _ id: String) throws -> String {
        let page = try client.request("/approvals/\(kind)", form: [("csrf", csrf), ("id", id)])
        guard let range = page.body.range(of: #"name="entry" value="[0-9a-f]+""#, options: .regularExpression) else { return "" }
        return String(page.body[range].dropLast().split(separator: "\"").last ?? "")
    }

    @Test func anotherAdministratorApprovesADestruction() throws {
        let v = try Self.vault()
        #expect(try v.run(["destroy", "INT-2014-044", "--reason", "retention: 5 years", "--yes", "--member", "Admin"]).status == 0)
        let server = try WebServer(v)

        // The one who asked sees the requests but no button, and a posted approval is refused with the use case's reason.
        let (admin, csrf) = try server.unlockedClient(member: "Admin")
        let own = try admin.request("/approvals")
        #expect(own.status == 200 && own.body.contains("INT-2014-044") && !own.body.contains("action=\"/approvals/destroy\""),
                "\(own.status) \(own.body.suffix(800))")
        let refused = try admin.request("/approvals/destroy", form: [("csrf", csrf), ("id", "INT-2014-044"), ("entry", try Self.entry(admin, csrf, "destroy", "INT-2014-044")), ("confirm", "yes")])
        #expect(refused.status == 422 && refused.body.contains("other than you"), "\(refused.status) \(refused.body.suffix(500))")
        #expect(try v.run(["list", "--member", "Admin"]).standardOutput.contains("INT-2014-044"))

        // Another administrator: the confirmation names what will happen and destroys nothing; the confirmation destroys.
        #expect(try admin.request("/lock", form: [("csrf", csrf)]).status == 303)
        #expect(try admin.request("/unlock", form: [("csrf", csrf), ("passphrase", v.passphrase), ("member", "Second")]).status == 303)
        let page = try admin.request("/approvals")
        #expect(page.body.contains("action=\"/approvals/destroy\""), "\(page.body.suffix(800))")
        let confirm = try admin.request("/approvals/destroy", form: [("csrf", csrf), ("id", "INT-2014-044")])
        #expect(confirm.status == 200 && confirm.body.contains("id=\"confirm-form\"") && confirm.body.contains("retention: 5 years"),
                "\(confirm.status) \(confirm.body.suffix(600))")
        #expect(try v.run(["list", "--member", "Admin"]).standardOutput.contains("INT-2014-044"), "the confirmation page destroyed")
        let destroyed = try admin.request("/approvals/destroy", form: [("csrf", csrf), ("id", "INT-2014-044"), ("entry", try Self.entry(admin, csrf, "destroy", "INT-2014-044")), ("confirm", "yes")])
        #expect(destroyed.status == 200 && destroyed.body.contains("Destroyed INT-2014-044"), "\(WebWritingTests.alert(destroyed))")
        #expect(!(try v.run(["list", "--member", "Admin"]).standardOutput.contains("INT-2014-044")))
        #expect(try v.run(["destroy", "--pending", "--member", "Admin"]).standardOutput.contains("No request"))

        // Approving again: nothing asks for it any more (422).
        #expect(try admin.request("/approvals/destroy", form: [("csrf", csrf), ("id", "INT-2014-044"), ("confirm", "yes")]).status == 422)
        #expect(try v.run(["check", "--member", "Admin"]).status == 0)
    }

    @Test func anotherAdministratorApprovesAnErasure() throws {
        let v = try Self.vault(forErasure: true)
        let asked = try v.run(["person", "erase", "D-0042", "--reason", "erasure asked", "--yes", "--member", "Admin"])
        #expect(asked.status == 0, "\(asked.standardError)")
        let server = try WebServer(v)
        let (admin, csrf) = try server.unlockedClient(member: "Admin")
        let own = try admin.request("/approvals/erase", form: [("csrf", csrf), ("id", "D-0042"), ("entry", try Self.entry(admin, csrf, "erase", "D-0042")), ("confirm", "yes")])
        #expect(own.status == 422 && own.body.contains("other than you"), "\(WebWritingTests.alert(own))")
        #expect(try admin.request("/lock", form: [("csrf", csrf)]).status == 303)
        #expect(try admin.request("/unlock", form: [("csrf", csrf), ("passphrase", v.passphrase), ("member", "Second")]).status == 303)
        #expect(try admin.request("/approvals").body.contains("action=\"/approvals/erase\""))
        let eraseConfirm = try admin.request("/approvals/erase", form: [("csrf", csrf), ("id", "D-0042")])
        #expect(eraseConfirm.status == 200 && eraseConfirm.body.contains("INT-2014-044") && eraseConfirm.body.contains("erasure asked"), "\(eraseConfirm.status) \(eraseConfirm.body.suffix(600))")
        let erased = try admin.request("/approvals/erase", form: [("csrf", csrf), ("id", "D-0042"), ("entry", try Self.entry(admin, csrf, "erase", "D-0042")), ("confirm", "yes")])
        #expect(erased.status == 200 && erased.body.contains("Erased D-0042"), "\(WebWritingTests.alert(erased))")
        let person = try admin.request("/persons/D-0042")
        #expect(person.body.contains("<em>erased</em>"), "\(person.body.suffix(600))")
        #expect(try v.run(["person", "erase", "--pending", "--member", "Admin"]).standardOutput.contains("No request"))
        #expect(try v.run(["check", "--member", "Admin"]).status == 0)
    }

    @Test func aStateMemberOrAFormWithoutTheTokenApprovesNothing() throws {
        let v = try Self.vault()
        #expect(try v.run(["destroy", "INT-2014-044", "--reason", "retention: 5 years", "--yes", "--member", "Admin"]).status == 0)
        let server = try WebServer(v)
        let (liaison, csrf) = try server.unlockedClient(member: "Liaison")
        let refused = try liaison.request("/approvals/destroy", form: [("csrf", csrf), ("id", "INT-2014-044"), ("confirm", "yes")])
        #expect(refused.status == 422 || refused.status == 403, "\(refused.status) \(refused.body.suffix(400))")
        #expect(try liaison.request("/approvals/destroy", form: [("id", "INT-2014-044"), ("confirm", "yes")]).status == 403)
        #expect(try v.run(["list", "--member", "Admin"]).standardOutput.contains("INT-2014-044"))
    }

    @Test func theOneWhoAskedOrAnAdministratorWithdrawsARequestAndAStateMemberCannot() throws {
        let v = try Self.vault()
        #expect(try v.run(["destroy", "INT-2014-044", "--reason", "retention: 5 years", "--yes", "--member", "Admin"]).status == 0)
        let server = try WebServer(v)
        let (client, csrf) = try server.unlockedClient(member: "Liaison")
        let refused = try client.request("/approvals/withdraw", form: [("csrf", csrf), ("kind", "destroy"), ("id", "INT-2014-044")])
        #expect(refused.status == 422 || refused.status == 403, "\(refused.status) \(refused.body.suffix(400))")
        #expect(try client.request("/approvals/withdraw", form: [("kind", "destroy"), ("id", "INT-2014-044")]).status == 403)
        #expect(try v.run(["destroy", "--pending", "--member", "Admin"]).standardOutput.contains("INT-2014-044"))

        #expect(try client.request("/lock", form: [("csrf", csrf)]).status == 303)
        #expect(try client.request("/unlock", form: [("csrf", csrf), ("passphrase", v.passphrase), ("member", "Admin")]).status == 303)
        let page = try client.request("/approvals")
        #expect(page.body.contains("action=\"/approvals/withdraw\""), "\(page.body.suffix(800))")
        let withdrawn = try client.request("/approvals/withdraw", form: [("csrf", csrf), ("kind", "destroy"), ("id", "INT-2014-044")])
        #expect(withdrawn.status == 200 && withdrawn.body.contains("is withdrawn"), "\(WebWritingTests.alert(withdrawn))")
        #expect(try v.run(["destroy", "--pending", "--member", "Admin"]).standardOutput.contains("No request"))
        #expect(try v.run(["list", "--member", "Admin"]).standardOutput.contains("INT-2014-044"))
        // Nothing left to withdraw: refused, with the use case's reason.
        let again = try client.request("/approvals/withdraw", form: [("csrf", csrf), ("kind", "destroy"), ("id", "INT-2014-044")])
        #expect(again.status == 422 && again.body.contains("nothing asks for INT-2014-044"), "\(again.status)")
    }
}
