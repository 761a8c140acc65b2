import Foundation
import Testing
import TamgaTestSupport

/// Which evidence files an audience receives (issue 17, phase 2): an
/// internal attachment never leaves for the State, an image depicting a
/// person who did not consent to the audience is withheld and counted, and
/// what did leave is in the disclosure ledger under each depicted person.
@Suite struct EvidenceWithholdingTests {
    @Test func internalAndNonConsentingAttachmentsAreWithheldAndCounted() throws {
        let v = try ExportTests.vaultWithExamples()
        let internalPhoto = try EvidenceFixture.image("cell.jpg", in: v.folder)
        let noConsent = try EvidenceFixture.image("face.png", in: v.folder)
        let consented = try EvidenceFixture.image("official.png", in: v.folder)
        _ = try EvidenceFixture.attach(v, "VR-2014-017", internalPhoto)
        _ = try EvidenceFixture.attach(v, "VR-2014-017", noConsent, ["--level", "state", "--depicts", "O-0007"])
        _ = try EvidenceFixture.attach(v, "VR-2014-017", consented, ["--level", "state", "--depicts", "O-0007", "--consent", "state"])
        let out = v.folder.path("out")
        let export = try v.run(["export", "VR-2014-017", "--audience", "state", "--with-attachments", "-o", out + "/"])
        #expect(export.status == 0, "\(export.standardError)")
        #expect(export.standardError.contains("attachments: 1 written"), "\(export.standardError)")
        #expect(export.standardError.contains("1 withheld (level above state)"), "\(export.standardError)")
        #expect(export.standardError.contains("1 withheld (no consent for state)"), "\(export.standardError)")
        let attachments = EvidenceFixture.listing(out).filter { $0.contains("attachment-") && !$0.hasSuffix(".minisig") }
        #expect(attachments == ["VR-2014-017.state.attachment-1.png"], "\(attachments)")
        // The one that left is the consented image: the same pixels.
        let sent = try EvidenceFixture.pixels(out + "/VR-2014-017.state.attachment-1.png", in: v.folder)
        #expect(sent.rgb == (try EvidenceFixture.pixels(consented, in: v.folder)).rgb)
        // The ledger records it for the depicted person.
        let ledger = try v.run(["disclosures", "--person", "O-0007"])
        #expect(ledger.status == 0, "\(ledger.standardError)")
        #expect(ledger.standardOutput.contains("attachment"), "\(ledger.standardOutput)")
        // An internal export carries all three.
        let internalOut = v.folder.path("internal")
        #expect(try v.run(["export", "VR-2014-017", "--audience", "internal", "--with-attachments", "-o", internalOut + "/"]).status == 0)
        #expect(EvidenceFixture.listing(internalOut).filter { $0.contains("attachment-") && !$0.hasSuffix(".minisig") }.count == 3)
    }

    @Test func anUnknownTypeIsRefusedForTheStateAndNothingIsWritten() throws {
        let v = try ExportTests.vaultWithExamples()
        let blob = v.folder.path("Sadykov recording.m4a")
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 * 31) }).write(to: URL(fileURLWithPath: blob))
        let reference = try EvidenceFixture.attach(v, "VR-2014-017", blob, ["--level", "state"])
        let out = v.folder.path("out")
        let export = try v.run(["export", "VR-2014-017", "--audience", "state", "--with-attachments", "-o", out + "/"])
        #expect(export.status == 1, "\(export.standardError)")
        #expect(export.standardError.contains("attachment \(reference) cannot be exported for state"), "\(export.standardError)")
        #expect(!export.standardError.contains("Sadykov") && !export.standardError.contains("m4a"))
        #expect(EvidenceFixture.listing(out).isEmpty, "\(EvidenceFixture.listing(out))")
    }

    @Test func aRestrictedImageLeavesInNoExportAndIsMarkedInTheListing() throws {
        let v = try ExportTests.vaultWithExamples()
        let intimate = try EvidenceFixture.image("intimate.png", in: v.folder)
        #expect(try v.run(["attach", "VR-2014-017", intimate, "--restricted", "--level", "state"]).status == 64)
        _ = try EvidenceFixture.attach(v, "VR-2014-017", intimate, ["--restricted"])
        let listing = try v.run(["attachments", "VR-2014-017"])
        #expect(listing.standardOutput.contains("internal (restricted)"), "\(listing.standardOutput)")
        let out = v.folder.path("out")
        let export = try v.run(["export", "VR-2014-017", "--audience", "internal", "--with-attachments", "-o", out + "/"])
        #expect(export.status == 0, "\(export.standardError)")
        #expect(export.standardError.contains("attachments: 0 written, 1 withheld (restricted)"), "\(export.standardError)")
        #expect(!EvidenceFixture.listing(out).contains { $0.contains("attachment-") })
    }

    @Test func restrictingAfterTheFactWithholdsItAndKeepsItsHash() throws {
        let v = try ExportTests.vaultWithExamples()
        let photo = try EvidenceFixture.image("intimate.jpg", in: v.folder)
        let hash = try AttachmentCommandTests.sha256sum(photo)
        let reference = try EvidenceFixture.attach(v, "VR-2014-017", photo)
        let restrict = try v.run(["attachment", "restrict", "VR-2014-017", reference])
        #expect(restrict.status == 0, "\(restrict.standardError)")
        // Re-encrypted for its viewers (here the member alone): a new object, so a new reference.
        let renamed = try #require(restrict.standardOutput.components(separatedBy: "its reference is now ").last?
            .trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(renamed.count == 12 && renamed != reference, "\(restrict.standardOutput)")
        #expect(try v.run(["attachments", "VR-2014-017"]).standardOutput.contains("internal (restricted)"))
        let out = v.folder.path("out")
        let export = try v.run(["export", "VR-2014-017", "--audience", "internal", "--with-attachments", "-o", out + "/"])
        #expect(export.standardError.contains("1 withheld (restricted)"), "\(export.standardError)")
        let back = v.folder.path("back.jpg")
        #expect(try v.run(["attachment", "get", "VR-2014-017", renamed, "-o", back]).status == 0)
        #expect(try AttachmentCommandTests.sha256sum(back) == hash)
        let state = try EvidenceFixture.image("plan.png", in: v.folder)
        let stateReference = try EvidenceFixture.attach(v, "VR-2014-017", state, ["--level", "state"])
        // A released one is taken back to internal by restricting it (attacker round 3, F13: refused before).
        #expect(try v.run(["attachment", "restrict", "VR-2014-017", stateReference]).status == 0)
    }
}

/// Consent withdrawn after intake (issue 17): the photo that went to the
/// State before is withheld from every later State export, the listing says
/// so, and a new grant ends the withdrawal.
@Suite struct EvidenceConsentWithdrawalTests {
    @Test func aWithdrawalAfterIntakeWithholdsTheImageUntilANewGrant() throws {
        let v = try ExportTests.vaultWithExamples()
        let photo = try EvidenceFixture.image("injuries.png", in: v.folder)
        _ = try EvidenceFixture.attach(v, "INT-2014-044", photo, ["--level", "state", "--depicts", "D-0042", "--consent", "state"])
        func stateExport(_ name: String) throws -> (status: Int32, error: String, files: [String]) {
            let out = v.folder.path(name)
            let run = try v.run(["export", "INT-2014-044", "--audience", "state", "--with-attachments", "-o", out + "/"])
            return (run.status, run.standardError,
                    EvidenceFixture.listing(out).filter { $0.contains("attachment-") && !$0.hasSuffix(".minisig") })
        }
        let before = try stateExport("before")
        #expect(before.status == 0, "\(before.error)")
        #expect(before.files.count == 1, "\(before.files)")

        let withdraw = try v.run(["person", "consent", "D-0042", "--withdraw", "state", "--date", "2014-12-01", "--obtained-by", "Monitor One"])
        #expect(withdraw.status == 0, "\(withdraw.standardError)")
        let after = try stateExport("after")
        #expect(after.status == 0, "\(after.error)")
        #expect(after.files.isEmpty, "\(after.files)")
        #expect(after.error.contains("1 withheld (no consent for state)"), "\(after.error)")
        #expect(try v.run(["attachments", "INT-2014-044"]).standardOutput.contains("state (withdrawn)"))

        let grant = try v.run(["person", "consent", "D-0042", "--grant", "state", "--date", "2015-01-10", "--obtained-by", "Monitor One"])
        #expect(grant.status == 0, "\(grant.standardError)")
        let again = try stateExport("again")
        #expect(again.files.count == 1, "\(again.error)")
    }

    /// Evidence red team F10: consent taken away by editing the front matter
    /// (as FORMAT.md documents consent) withholds the photo as a logged
    /// withdrawal does; consent never given there does not (the intake's
    /// specific consent decides, as the test above shows).
    @Test func consentRemovedInTheFrontMatterWithholdsTheImageUntilGivenBack() throws {
        let v = try ExportTests.vaultWithExamples()
        var current = try CLIVault.example("INT-2014-044.md")
        func revise(_ consent: String, _ name: String) throws {
            // Each revision starts from the newest (an older base is refused) and changes its consent line.
            let line = try #require(current.components(separatedBy: "\n").first { $0.hasPrefix("    consent: ") })
            current = current.replacingOccurrences(of: line, with: "    consent: \(consent)") + "\nRevised: \(name).\n"
            let added = try v.run(["add", try v.folder.write(name, current)])
            #expect(added.status == 0, "\(added.standardError)")
        }
        try revise("[state]", "consenting.md")
        let photo = try EvidenceFixture.image("injuries.png", in: v.folder)
        _ = try EvidenceFixture.attach(v, "INT-2014-044", photo, ["--level", "state", "--depicts", "D-0042", "--consent", "state"])
        func stateFiles(_ name: String) throws -> (error: String, files: [String]) {
            let out = v.folder.path(name)
            let run = try v.run(["export", "INT-2014-044", "--audience", "state", "--with-attachments", "-o", out + "/"])
            #expect(run.status == 0, "\(run.standardError)")
            return (run.standardError, EvidenceFixture.listing(out).filter { $0.contains("attachment-") && !$0.hasSuffix(".minisig") })
        }
        #expect(try stateFiles("before").files.count == 1)

        try revise("[]", "withdrawn.md")
        let after = try stateFiles("after")
        #expect(after.files.isEmpty, "\(after.files)")
        #expect(after.error.contains("1 withheld (no consent for state)"), "\(after.error)")
        #expect(try v.run(["attachments", "INT-2014-044"]).standardOutput.contains("state (withdrawn)"))

        // Declared again in the front matter, it stays withdrawn (attacker 40b: a re-declared or kept
        // `consent:` is no grant); a logged grant gives it back.
        try revise("[state]", "again.md")
        #expect(try stateFiles("again").files.isEmpty)
        let grant = try v.run(["person", "consent", "D-0042", "--grant", "state", "--date", "2015-01-10", "--obtained-by", "Monitor One"])
        #expect(grant.status == 0, "\(grant.standardError)")
        #expect(try stateFiles("granted").files.count == 1)
    }
}
