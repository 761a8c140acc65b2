import Foundation
import Testing
import TamgaTestSupport

/// An approval is of the request the second administrator read, its asker
/// and reason, not of whatever request holds the id when the button is
/// pressed (web red team 42, B1): a confirmation page read before the
/// request was withdrawn and asked again (another reason) approves nothing,
/// nor does a confirmation that names no request.
@Suite(.serialized) struct WebApprovalBindingTests {
    @Test func aConfirmationReadForAWithdrawnRequestDestroysNothing() throws {
        let v = try WebApprovalTests.vault()
        #expect(try v.run(["destroy", "INT-2014-044", "--reason", "retention: 5 years", "--yes", "--member", "Admin"]).status == 0)
        let server = try WebServer(v)
        let (second, csrf) = try server.unlockedClient(member: "Second")
        let read = try second.request("/approvals/destroy", form: [("csrf", csrf), ("id", "INT-2014-044")])
        #expect(read.status == 200 && read.body.contains("retention: 5 years"), "\(read.status) \(read.body.suffix(500))")
        let entry = try WebApprovalTests.entry(second, csrf, "destroy", "INT-2014-044")
        #expect(entry.count >= 12, "the confirmation names no request entry")

        // Withdrawn and asked again, for another reason, while the page stays open.
        #expect(try v.run(["destroy", "--cancel", "INT-2014-044", "--member", "Admin"]).status == 0)
        #expect(try v.run(["destroy", "INT-2014-044", "--reason", "another reason", "--yes", "--member", "Admin"]).status == 0)

        let old = try second.request("/approvals/destroy", form: [("csrf", csrf), ("id", "INT-2014-044"), ("entry", entry), ("confirm", "yes")])
        #expect(old.status == 422 && old.body.contains("changed since you read it"), "\(old.status) \(WebWritingTests.alert(old))")
        let bare = try second.request("/approvals/destroy", form: [("csrf", csrf), ("id", "INT-2014-044"), ("confirm", "yes")])
        #expect(bare.status == 422, "\(bare.status) \(WebWritingTests.alert(bare))")
        #expect(try v.run(["list", "--member", "Admin"]).standardOutput.contains("INT-2014-044"), "the old page's button destroyed")

        // Read again: the new request, approved.
        let again = try second.request("/approvals/destroy", form: [("csrf", csrf), ("id", "INT-2014-044")])
        #expect(again.body.contains("another reason"))
        let current = try WebApprovalTests.entry(second, csrf, "destroy", "INT-2014-044")
        #expect(current != entry)
        let done = try second.request("/approvals/destroy", form: [("csrf", csrf), ("id", "INT-2014-044"), ("entry", current), ("confirm", "yes")])
        #expect(done.status == 200 && done.body.contains("Destroyed INT-2014-044"), "\(WebWritingTests.alert(done))")
    }

    @Test func aConfirmationReadForAWithdrawnErasureRequestErasesNothing() throws {
        let v = try WebApprovalTests.vault(forErasure: true)
        #expect(try v.run(["person", "erase", "D-0042", "--reason", "erasure asked", "--yes", "--member", "Admin"]).status == 0)
        let server = try WebServer(v)
        let (second, csrf) = try server.unlockedClient(member: "Second")
        let entry = try WebApprovalTests.entry(second, csrf, "erase", "D-0042")
        #expect(entry.count >= 12, "the confirmation names no request entry")
        #expect(try v.run(["person", "erase", "--cancel", "D-0042", "--member", "Admin"]).status == 0)
        #expect(try v.run(["person", "erase", "D-0042", "--reason", "asked once more", "--yes", "--member", "Admin"]).status == 0)
        let old = try second.request("/approvals/erase", form: [("csrf", csrf), ("id", "D-0042"), ("entry", entry), ("confirm", "yes")])
        #expect(old.status == 422 && old.body.contains("changed since you read it"), "\(old.status) \(WebWritingTests.alert(old))")
        let bare = try second.request("/approvals/erase", form: [("csrf", csrf), ("id", "D-0042"), ("confirm", "yes")])
        #expect(bare.status == 422, "\(bare.status) \(WebWritingTests.alert(bare))")
        // Still asked for, not carried out.
        #expect(try v.run(["person", "erase", "--pending", "--member", "Admin"]).standardOutput.contains("D-0042"), "the old page's button erased")
    }
}

/// The command line's approval is bound the same way: `--request` names the
/// request read in `--pending` (its 12 characters), and another request
/// asked since is refused, nothing destroyed or erased.
@Suite(.serialized) struct ApprovalRequestOptionTests {
    static func listed(_ v: CLIVault, _ command: [String], _ id: String) throws -> String {
        let pending = try v.run(command + ["--pending", "--member", "Second"]).standardOutput
        let line = try #require(pending.split(separator: "\n").first { $0.hasPrefix(id) }, "\(pending)")
        return String(line.split(separator: " ").last ?? "")
    }

    @Test func anApprovalNamingAWithdrawnRequestIsRefusedOnTheCommandLine() throws {
        let v = try WebApprovalTests.vault()
        #expect(try v.run(["destroy", "INT-2014-044", "--reason", "retention: 5 years", "--yes", "--member", "Admin"]).status == 0)
        let read = try Self.listed(v, ["destroy"], "INT-2014-044")
        #expect(read.count == 12, "\(read)")
        #expect(try v.run(["destroy", "--cancel", "INT-2014-044", "--member", "Admin"]).status == 0)
        #expect(try v.run(["destroy", "INT-2014-044", "--reason", "another reason", "--yes", "--member", "Admin"]).status == 0)
        let refused = try v.run(["destroy", "--approve", "INT-2014-044", "--request", read, "--yes", "--member", "Second"])
        #expect(refused.status != 0 && refused.standardError.contains("changed since you read it"), "\(refused.standardError)")
        #expect(try v.run(["list", "--member", "Admin"]).standardOutput.contains("INT-2014-044"))
        #expect(try v.run(["destroy", "--request", read, "--pending", "--member", "Second"]).status != 0, "--request without --approve")
        let current = try Self.listed(v, ["destroy"], "INT-2014-044")
        let done = try v.run(["destroy", "--approve", "INT-2014-044", "--request", current, "--yes", "--member", "Second"])
        #expect(done.status == 0, "\(done.standardError)")
        #expect(!(try v.run(["list", "--member", "Admin"]).standardOutput.contains("INT-2014-044")))
    }

    @Test func anErasureApprovalNamingAWithdrawnRequestIsRefusedOnTheCommandLine() throws {
        let v = try WebApprovalTests.vault(forErasure: true)
        #expect(try v.run(["person", "erase", "D-0042", "--reason", "erasure asked", "--yes", "--member", "Admin"]).status == 0)
        let read = try Self.listed(v, ["person", "erase"], "D-0042")
        #expect(try v.run(["person", "erase", "--cancel", "D-0042", "--member", "Admin"]).status == 0)
        #expect(try v.run(["person", "erase", "D-0042", "--reason", "asked once more", "--yes", "--member", "Admin"]).status == 0)
        let refused = try v.run(["person", "erase", "--approve", "D-0042", "--request", read, "--yes", "--member", "Second"])
        #expect(refused.status != 0 && refused.standardError.contains("changed since you read it"), "\(refused.standardError)")
        #expect(try v.run(["person", "erase", "--pending", "--member", "Admin"]).standardOutput.contains("D-0042"))
    }
}
