import Foundation
import Testing
import TamgaTestSupport

/// `tamga handover` through the built binary (issue 18): a full hand-over
/// between two vaults, each with its own keys, checked by stock `minisign`
/// before and after. The former vault holds INT-2014-044 (detainee D-0042),
/// VR-2014-017 (an official; it names D-0042 too) and VR-2014-021 (detainee
/// D-0051).
@Suite struct HandoverCommandTests {
    struct Plan: Decodable {
        struct Item: Decodable { let id: String; let disposition: String; let withoutConsent: [String] }
        let items: [Item]
        func disposition(_ id: String) -> String? { items.first { $0.id == id }?.disposition }
    }

    static func plan(_ v: CLIVault, _ invitation: String) throws -> Plan {
        let run = try v.run(["handover", "plan", "--to", invitation, "--json"])
        #expect(run.status == 0, "\(run.standardError)")
        return try JSONDecoder().decode(Plan.self, from: Data(run.standardOutput.utf8))
    }

    static func minisign(_ folder: URL, _ file: String, key: String) throws -> (status: Int32, output: String) {
        try SignedExportTests.tool("minisign", ["-Vm", file, "-p", key], in: folder)
    }

    @Test func aFullHandOverBetweenTwoVaultsVerifiedByStockMinisign() throws {
        let former = try ExportTests.vaultWithExamples()
        let successor = try CLIVault()
        let invited = try successor.run(["handover", "invitation"])
        #expect(invited.status == 0, "\(invited.standardError)")
        let invitation = invited.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(invitation.hasPrefix("tamga-successor:") && invited.standardError.contains("by phone"))

        // Before: an export signed by the former body's key.
        #expect(try former.run(["export", "VR-2014-017", "--audience", "state", "-o", former.folder.path("before") + "/"]).status == 0)
        #expect(try former.run(["key", "public", "-o", former.folder.path("former.pub")]).status == 0)

        // Nobody consented to a transfer: every document concerns a detainee.
        let none = try Self.plan(former, invitation)
        #expect(none.items.allSatisfy { $0.disposition == "withheld" }, "\(none.items)")
        let consent = try former.run(["person", "consent", "D-0042", "--grant", "transfer", "--date", "2025-09-20", "--obtained-by", "Admin"])
        #expect(consent.status == 0, "\(consent.standardError)")
        let plan = try Self.plan(former, invitation)
        #expect(plan.disposition("INT-2014-044") == "transferred" && plan.disposition("VR-2014-017") == "transferred", "\(plan.items)")
        #expect(plan.disposition("VR-2014-021") == "withheld")
        let table = try former.run(["handover", "plan", "--to", invitation])
        #expect(table.standardOutput.contains("no transfer consent: D-0051"), "\(table.standardOutput)")

        let package = former.folder.path("package")
        let executed = try former.run(["handover", "execute", "--to", invitation, "-o", package])
        #expect(executed.status == 0, "\(executed.standardError)")
        // The former key signs the manifest and certifies the successor's key; stock minisign checks both.
        #expect(try Self.minisign(former.folder.url, "package/manifest.json", key: "former.pub").status == 0)
        let certified = try Self.minisign(former.folder.url, "package/successor-key.txt", key: "former.pub")
        #expect(certified.status == 0 && certified.output.contains("certifies successor export key"), "\(certified.output)")
        // The hand-over is a disclosure: listed under each person the transferred records concern.
        let disclosed = try former.run(["disclosures", "--person", "D-0042"]).standardOutput
        #expect(disclosed.contains("INT-2014-044 -> successor (handover)") && disclosed.contains("VR-2014-017 -> successor (handover)"),
                "\(disclosed)")
        #expect(!(try former.run(["disclosures", "--person", "D-0051"]).standardOutput.contains("successor")))
        let manifest = try String(contentsOfFile: package + "/manifest.json", encoding: .utf8)
        for absent in ["VR-2014-021", "D-0051", "D-0042", "Sadykov", "Interview"] { #expect(!manifest.contains(absent), "\(absent) in the manifest") }
        let payload = try Data(contentsOf: URL(fileURLWithPath: package + "/payload.sealed"))
        #expect(!String(decoding: payload, as: UTF8.self).contains("Sadykov"))

        // A manifest changed on the way is refused at accept, and nothing is imported.
        let forged = successor.folder.path("forged")
        try FileManager.default.copyItem(atPath: package, toPath: forged)
        try manifest.replacingOccurrences(of: "\"withheld\" : 1", with: "\"withheld\" : 0")
            .write(toFile: forged + "/manifest.json", atomically: true, encoding: .utf8)
        let refused = try successor.run(["handover", "accept", forged, "--former-key", former.folder.path("former.pub")])
        #expect(refused.status != 0 && refused.standardError.contains("signature does not verify"), "\(refused.standardError)")
        #expect(!(try successor.run(["list"]).standardOutput.contains("INT-2014-044")))

        let accepted = try successor.run(["handover", "accept", package, "--former-key", former.folder.path("former.pub")])
        #expect(accepted.status == 0, "\(accepted.standardError)")
        let list = try successor.run(["list"]).standardOutput
        #expect(list.contains("INT-2014-044") && list.contains("VR-2014-017") && !list.contains("VR-2014-021"), "\(list)")
        #expect(try successor.run(["handover", "accept", package, "--former-key", former.folder.path("former.pub")]).status != 0,
                "accepted twice")

        // After: an export signed by the successor's key, which the certificate names.
        #expect(try successor.run(["export", "INT-2014-044", "--audience", "state", "-o", successor.folder.path("after") + "/"]).status == 0)
        let certificate = try String(contentsOfFile: package + "/successor-key.txt", encoding: .utf8)
        let keyLines = certificate.split(separator: "\n").drop { !$0.hasPrefix("untrusted comment: minisign public key") }.prefix(2)
        try (keyLines.joined(separator: "\n") + "\n").write(toFile: successor.folder.path("certified.pub"), atomically: true, encoding: .utf8)
        #expect(try successor.run(["key", "public", "-o", successor.folder.path("successor.pub")]).status == 0)
        #expect(try String(contentsOfFile: successor.folder.path("successor.pub"), encoding: .utf8)
                == String(contentsOfFile: successor.folder.path("certified.pub"), encoding: .utf8))
        let after = try Self.minisign(successor.folder.url, "after/INT-2014-044.state.md", key: "certified.pub")
        #expect(after.status == 0, "\(after.output)")
        #expect(try Self.minisign(former.folder.url, "before/VR-2014-017.state.md", key: "former.pub").status == 0)
        try FileManager.default.copyItem(atPath: former.folder.path("former.pub"), toPath: successor.folder.path("former.pub"))
        #expect(try Self.minisign(successor.folder.url, "after/INT-2014-044.state.md", key: "former.pub").status != 0)
        // The successor's countersignature, checked by stock minisign with the certified key, then recorded by the former.
        #expect(try SignedExportTests.tool("minisign", ["-Vm", package + "/manifest.json", "-x", package + "/manifest.json.accepted.minisig",
                                                         "-p", successor.folder.path("certified.pub")], in: successor.folder.url).status == 0)
        let closed = try former.run(["handover", "close", package])
        #expect(closed.status == 0, "\(closed.standardError)")
        let formerLog = try former.run(["log"]).standardOutput
        #expect(formerLog.contains("handover ") && formerLog.contains("handover-accepted"), "\(formerLog)")
        let successorLog = try successor.run(["log"]).standardOutput
        #expect(successorLog.contains("handover-accept"), "\(successorLog)")
        #expect(try former.run(["check"]).status == 0 && successor.run(["check"]).status == 0)
    }

    @Test func onlyAnAdministratorClearedInternalPlansAndExecutesAndARemovedMemberCannotAtAll() throws {
        let former = try ExportTests.vaultWithExamples()
        let successor = try CLIVault()
        let invitation = try successor.run(["handover", "invitation"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        for (name, clearance) in [("Liaison", "state"), ("Writer", "contributor"), ("Monitor", "internal")] {
            let key = try former.run(["member", "invite", "--name", name]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(try former.run(["member", "add", "--member", "Admin", name, key, "--clearance", clearance]).status == 0)
            for step in [["plan"], ["execute", "-o", former.folder.path("out-\(name)")]] {
                let run = try former.run(["handover"] + step + ["--to", invitation, "--member", name])
                #expect(run.status != 0 && run.standardError.contains("administrator cleared internal"), "\(name): \(run.standardError)")
            }
            #expect(!FileManager.default.fileExists(atPath: former.folder.path("out-\(name)")))
        }
        #expect(try former.run(["member", "remove", "--member", "Admin", "Monitor"]).status == 0)
        #expect(try former.run(["handover", "plan", "--to", invitation, "--member", "Monitor"]).status != 0)
        // A successor member who is not an administrator makes no invitation.
        let key = try successor.run(["member", "invite", "--name", "Clerk"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try successor.run(["member", "add", "--member", "Admin", "Clerk", key, "--clearance", "state"]).status == 0)
        #expect(try successor.run(["handover", "invitation", "--member", "Clerk"]).status != 0)
    }

    /// Records the schedule makes due are destroyed first, not skipped: the
    /// manifest counts tombstones. Attachments go with their document; a
    /// restricted image is left behind, and only knowingly.
    @Test func dueRecordsAndAttachmentsStopExecuteUntilDealtWith() throws {
        let former = try RetentionCommandTests.vault()
        let successor = try CLIVault()
        let invitation = try successor.run(["handover", "invitation"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        for person in ["D-0042", "D-0050"] {
            #expect(try former.run(["person", "consent", person, "--grant", "transfer", "--date", "2025-09-20", "--obtained-by", "Admin"]).status == 0)
        }
        // Interviews are kept 5 years unless tagged case-open: INT-2014-044 is due, INT-2014-050 held.
        let plan = try former.run(["handover", "plan", "--to", invitation, "--as-of", "2020-01-01"])
        #expect(plan.standardOutput.contains("due") && plan.standardOutput.contains("retention: interview"), "\(plan.standardOutput)")
        let package = former.folder.path("package")
        let refused = try former.run(["handover", "execute", "--to", invitation, "--as-of", "2020-01-01", "-o", package])
        #expect(refused.status != 0 && refused.standardError.contains("tamga destroy --due"), "\(refused.standardError)")
        #expect(!FileManager.default.fileExists(atPath: package))
        #expect(try former.run(["destroy", "--due", "--as-of", "2020-01-01", "--yes"]).status == 0)

        // An attachment goes with its document; a restricted (intimate) image stays, and only knowingly.
        let photo = former.folder.path("photo.bin"), intimate = former.folder.path("intimate.bin")
        let photoBytes = Data((0..<20_000).map { UInt8($0 % 251) })
        try photoBytes.write(to: URL(fileURLWithPath: photo))
        try Data((0..<5_000).map { UInt8($0 % 13) }).write(to: URL(fileURLWithPath: intimate))
        #expect(try former.run(["attach", "VR-2014-017", photo]).status == 0)
        #expect(try former.run(["attach", "VR-2014-017", intimate, "--restricted"]).status == 0)
        let withAttachment = try former.run(["handover", "execute", "--to", invitation, "--as-of", "2020-01-01", "-o", package])
        #expect(withAttachment.status != 0 && withAttachment.standardError.contains("--without-attachments"), "\(withAttachment.standardError)")
        #expect(!FileManager.default.fileExists(atPath: package))
        let executed = try former.run(["handover", "execute", "--to", invitation, "--as-of", "2020-01-01", "--without-attachments", "-o", package])
        #expect(executed.status == 0, "\(executed.standardError)")
        let manifest = try String(contentsOfFile: package + "/manifest.json", encoding: .utf8)
        #expect(manifest.contains("\"destroyed\" : 1") && manifest.contains("\"attachmentsNotCarried\" : 1"), "\(manifest)")
        #expect(manifest.contains(try AttachmentCommandTests.sha256sum(photo)), "the carried photograph's hash is listed")
        #expect(!manifest.contains("INT-2014-044") && manifest.contains("INT-2014-050") && manifest.contains("VR-2014-017"))
        #expect(try former.run(["key", "public", "-o", former.folder.path("former.pub")]).status == 0)
        let accepted = try successor.run(["handover", "accept", package, "--former-key", former.folder.path("former.pub")])
        #expect(accepted.status == 0 && accepted.standardOutput.contains("1 attachment(s)") && accepted.standardError.contains("not carried"),
                "\(accepted.standardOutput)\(accepted.standardError)")
        let list = try successor.run(["list"]).standardOutput
        #expect(list.contains("INT-2014-050") && list.contains("VR-2014-017") && !list.contains("INT-2014-044"), "\(list)")
        let attachments = try successor.run(["attachments", "VR-2014-017"]).standardOutput
        #expect(attachments.contains("photo.bin") && !attachments.contains("intimate"), "\(attachments)")
        let reference = try #require(try AttachmentCommandTests.references(successor, "VR-2014-017").first)
        #expect(try successor.run(["attachment", "get", "VR-2014-017", reference, "-o", successor.folder.path("got.bin")]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: successor.folder.path("got.bin"))) == photoBytes)
        #expect(try successor.run(["check"]).status == 0)
    }
}
