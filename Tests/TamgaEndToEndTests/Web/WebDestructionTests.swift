import Foundation
import Testing
import TamgaTestSupport

/// Destroying a document and erasing a person in the browser (issue 20),
/// through the built binary with curl as the browser: the confirmation page
/// names what will be lost and what cannot be recalled and writes nothing;
/// the form needs the reason, the id typed again and the session's CSRF
/// token; a refusal of the use case (`DocumentDestruction`, `PersonErasure`)
/// comes back with its reason (422) and nothing written; a member the use
/// case does not clear (State, contributor) gets 403; under a policy asking
/// for a second administrator the form only asks, and the request waits on
/// the approvals page.
@Suite(.serialized) struct WebDestructionTests {
    /// What a destruction or erasure writes or removes: documents, attachments, data keys and the log (not the index caches).
    static func stored(_ vault: CLIVault) -> [String] {
        vault.files().filter { ["documents/", "attachments/", "datakeys/", "log/"].contains(where: $0.hasPrefix) }
    }

    @Test func anInternalMemberDestroysAfterTheConfirmationAndARefusalWritesNothing() throws {
        let v = try ExportTests.vaultWithExamples()
        let server = try WebServer(v)
        let (admin, csrf) = try server.unlockedClient()
        #expect(try admin.request("/documents/INT-2014-044").body.contains("href=\"/documents/INT-2014-044/destroy\""))
        let before = Self.stored(v)

        // The confirmation page: what is lost, what cannot be recalled; nothing written.
        let page = try admin.request("/documents/INT-2014-044/destroy")
        #expect(page.status == 200 && page.body.contains("id=\"destroy-form\"") && page.body.contains("What this cannot recall")
                && page.body.contains("datakeys/") && page.body.contains("Exports already given out") && page.body.contains("D-0042")
                && !page.body.contains("approval-needed"), "\(page.status) \(page.body.suffix(1500))")
        #expect(Self.stored(v) == before, "the confirmation page wrote")

        // The use case refuses: VR-2014-017 names D-0042, whom only INT-2014-044 declares. 422, the reason, the typed reason kept.
        let refused = try admin.request("/documents/INT-2014-044/destroy", form: [("csrf", csrf), ("reason", "retention: 5 years"),
                                                                                  ("typed", "INT-2014-044")])
        #expect(refused.status == 422 && refused.body.contains("Nothing was changed") && refused.body.contains("VR-2014-017")
                && refused.body.contains(">retention: 5 years</textarea>") && !refused.body.contains("Sadykov"),
                "\(refused.status) \(WebWritingTests.alert(refused))")
        #expect(Self.stored(v) == before)

        try v.declareTheDetaineeInTheReport()
        let declared = Self.stored(v)
        // The id typed wrong, no reason, no CSRF token, a wrong one: nothing written.
        let mistyped = try admin.request("/documents/INT-2014-044/destroy", form: [("csrf", csrf), ("reason", "retention"), ("typed", "INT-2014-04")])
        #expect(mistyped.status == 422 && mistyped.body.contains("does not match INT-2014-044"), "\(mistyped.status)")
        let empty = try admin.request("/documents/INT-2014-044/destroy", form: [("csrf", csrf), ("reason", "  "), ("typed", "INT-2014-044")])
        #expect(empty.status == 422 && empty.body.contains("reason"), "\(empty.status) \(WebWritingTests.alert(empty))")
        #expect(try admin.request("/documents/INT-2014-044/destroy", form: [("reason", "retention"), ("typed", "INT-2014-044")]).status == 403)
        #expect(try admin.request("/documents/INT-2014-044/destroy", form: [("csrf", String(repeating: "0", count: 64)), ("reason", "retention"),
                                                                            ("typed", "INT-2014-044")]).status == 403)
        #expect(Self.stored(v) == declared)
        #expect(try v.run(["list"]).standardOutput.contains("INT-2014-044"))

        let destroyed = try admin.request("/documents/INT-2014-044/destroy", form: [("csrf", csrf), ("reason", "retention: interview, 5 years"),
                                                                                    ("typed", "INT-2014-044")])
        #expect(destroyed.status == 200 && destroyed.body.contains("Destroyed INT-2014-044") && destroyed.body.contains("overwritten and removed here"),
                "\(destroyed.status) \(WebWritingTests.alert(destroyed))")
        #expect(!(try v.run(["list"]).standardOutput.contains("INT-2014-044")))
        #expect(try v.run(["log"]).standardOutput.contains("destroy"))
        #expect(try v.run(["check"]).status == 0)
        // Again: the id is spent, refused with the reason.
        let again = try admin.request("/documents/INT-2014-044/destroy", form: [("csrf", csrf), ("reason", "again"), ("typed", "INT-2014-044")])
        #expect(again.status == 422 && again.body.contains("destroyed already"), "\(again.status) \(again.body.suffix(500))")
        let errors = try String(contentsOfFile: server.errorFile, encoding: .utf8)
        for secret in ["retention: interview", "Sadykov"] { #expect(!errors.contains(secret), "\(secret) in the server's error stream") }
    }

    @Test func anInternalMemberErasesAPersonAfterTheConfirmationAndARefusalWritesNothing() throws {
        let v = try ExportTests.vaultWithExamples()
        let server = try WebServer(v)
        let (admin, csrf) = try server.unlockedClient()
        #expect(try admin.request("/persons/D-0042").body.contains("href=\"/persons/D-0042/erase\""))
        let before = Self.stored(v)
        let page = try admin.request("/persons/D-0042/erase")
        #expect(page.status == 200 && page.body.contains("id=\"destroy-form\"") && page.body.contains("INT-2014-044, VR-2014-017")
                && page.body.contains("content of photographs and scans") && !page.body.contains("Sadykov"), "\(page.status) \(page.body.suffix(1500))")
        // A reason naming the person: the use case refuses before anything is written.
        let naming = try admin.request("/persons/D-0042/erase", form: [("csrf", csrf), ("reason", "Sadykov asked"), ("typed", "D-0042")])
        #expect(naming.status == 422 && naming.body.contains("Nothing was changed"), "\(naming.status) \(WebWritingTests.alert(naming))")
        let mistyped = try admin.request("/persons/D-0042/erase", form: [("csrf", csrf), ("reason", "erasure asked"), ("typed", "D-0043")])
        #expect(mistyped.status == 422 && mistyped.body.contains("does not match D-0042"))
        #expect(try admin.request("/persons/D-0042/erase", form: [("reason", "erasure asked"), ("typed", "D-0042")]).status == 403)
        #expect(Self.stored(v) == before)

        let erased = try admin.request("/persons/D-0042/erase", form: [("csrf", csrf), ("reason", "erasure asked"), ("typed", "D-0042")])
        #expect(erased.status == 200 && erased.body.contains("Erased D-0042 from 2 document(s)") && !erased.body.contains("Sadykov"),
                "\(erased.status) \(WebWritingTests.alert(erased))")
        let show = try v.run(["person", "show", "D-0042"]).standardOutput
        #expect(show.contains("erased") && !show.contains("Sadykov"), "\(show)")
        #expect(!(try v.run(["show", "INT-2014-044"]).standardOutput.contains("Sadykov")))
        #expect(try admin.request("/persons/D-0042").body.contains("<em>erased</em>"))
        #expect(!(try admin.request("/persons/D-0042").body.contains("/persons/D-0042/erase")), "an erased person offers no erasure")
        #expect(try v.run(["check"]).status == 0)
        // The server's error stream holds neither the name nor the reasons typed.
        let errors = try String(contentsOfFile: server.errorFile, encoding: .utf8)
        for secret in ["Sadykov", "erasure asked"] { #expect(!errors.contains(secret), "\(secret) in the server's error stream") }
    }

    @Test func aStateMemberOrAContributorIsRefused403AndNothingIsWritten() throws {
        let attack = try DataKeyAttackVault()
        let server = try WebServer(attack.v)
        let before = Self.stored(attack.v)
        let (client, csrf) = try server.unlockedClient(member: "Liaison")
        for member in ["Liaison", "Field"] {
            if member != "Liaison" {
                #expect(try client.request("/lock", form: [("csrf", csrf)]).status == 303)
                #expect(try client.request("/unlock", form: [("csrf", csrf), ("passphrase", attack.v.passphrase), ("member", member)]).status == 303)
            }
            #expect(!(try client.request("/documents/INT-2014-044").body.contains("/destroy\"")), "\(member)")
            let page = try client.request("/documents/INT-2014-044/destroy")
            #expect(page.status == 403 && page.body.contains("not cleared"), "\(member): \(page.status) \(page.body.suffix(400))")
            let posted = try client.request("/documents/INT-2014-044/destroy", form: [("csrf", csrf), ("reason", "retention"), ("typed", "INT-2014-044")])
            #expect(posted.status == 403, "\(member): \(posted.status)")
            #expect(try client.request("/persons/D-0042/erase").status == 403, "\(member)")
            let erase = try client.request("/persons/D-0042/erase", form: [("csrf", csrf), ("reason", "asked"), ("typed", "D-0042")])
            #expect(erase.status == 403, "\(member): \(erase.status) \(erase.body.suffix(300))")
        }
        #expect(Self.stored(attack.v) == before)
        #expect(try attack.v.run(["list", "--member", "Admin"]).standardOutput.contains("INT-2014-044"))
    }

    /// Under `approval: second-administrator`: the form asks and destroys nothing; the request is on the approvals
    /// page; asking twice is refused; another administrator approves it there.
    @Test func underASecondApprovalTheFormAsksAndAnotherAdministratorApproves() throws {
        let v = try WebApprovalTests.vault()
        let server = try WebServer(v)
        let (admin, csrf) = try server.unlockedClient(member: "Admin")
        let page = try admin.request("/documents/INT-2014-044/destroy")
        #expect(page.status == 200 && page.body.contains("id=\"approval-needed\"") && page.body.contains("Ask for the destruction"),
                "\(page.status) \(page.body.suffix(800))")
        let asked = try admin.request("/documents/INT-2014-044/destroy", form: [("csrf", csrf), ("reason", "retention: 5 years"),
                                                                                ("typed", "INT-2014-044")])
        #expect(asked.status == 200 && asked.body.contains("Asked: the destruction of INT-2014-044"), "\(asked.status) \(WebWritingTests.alert(asked))")
        #expect(try v.run(["list", "--member", "Admin"]).standardOutput.contains("INT-2014-044"), "asking destroyed")
        #expect(try v.run(["destroy", "--pending", "--member", "Admin"]).standardOutput.contains("INT-2014-044"))
        let approvals = try admin.request("/approvals")
        #expect(approvals.body.contains("INT-2014-044") && approvals.body.contains("retention: 5 years"))
        let twice = try admin.request("/documents/INT-2014-044/destroy", form: [("csrf", csrf), ("reason", "again"), ("typed", "INT-2014-044")])
        #expect(twice.status == 422 && twice.body.contains("already asked"), "\(twice.status) \(WebWritingTests.alert(twice))")

        #expect(try admin.request("/lock", form: [("csrf", csrf)]).status == 303)
        #expect(try admin.request("/unlock", form: [("csrf", csrf), ("passphrase", v.passphrase), ("member", "Second")]).status == 303)
        let approved = try admin.request("/approvals/destroy", form: [("csrf", csrf), ("id", "INT-2014-044"),
                                                                   ("entry", try WebApprovalTests.entry(admin, csrf, "destroy", "INT-2014-044")),
                                                                   ("confirm", "yes")])
        #expect(approved.status == 200 && approved.body.contains("Destroyed INT-2014-044"), "\(WebWritingTests.alert(approved))")
        #expect(!(try v.run(["list", "--member", "Admin"]).standardOutput.contains("INT-2014-044")))
        #expect(try v.run(["check", "--member", "Admin"]).status == 0)
    }

    @Test func underASecondApprovalAnErasureIsAskedForAndNothingRewritten() throws {
        let v = try WebApprovalTests.vault(forErasure: true)
        let server = try WebServer(v)
        let (admin, csrf) = try server.unlockedClient(member: "Admin")
        let before = Self.stored(v).filter { !$0.hasPrefix("log/") }
        let page = try admin.request("/persons/D-0042/erase")
        #expect(page.status == 200 && page.body.contains("id=\"approval-needed\"") && page.body.contains("Ask for the erasure"))
        let asked = try admin.request("/persons/D-0042/erase", form: [("csrf", csrf), ("reason", "erasure asked"), ("typed", "D-0042")])
        #expect(asked.status == 200 && asked.body.contains("Asked: the erasure of D-0042"), "\(asked.status) \(WebWritingTests.alert(asked))")
        #expect(Self.stored(v).filter { !$0.hasPrefix("log/") } == before, "asking rewrote")
        #expect(try v.run(["person", "erase", "--pending", "--member", "Admin"]).standardOutput.contains("D-0042"))
        #expect(try admin.request("/approvals").body.contains("D-0042"))
    }
}
