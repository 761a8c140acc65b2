import Foundation
import Testing
import TamgaTestSupport

/// Restriction by content, not by object (attacker round 3, F5): the same
/// intimate photo attached elsewhere unrestricted (a phone's batch on the
/// visit report, the one restricted on the interview) still left with the
/// State export of the other document. Any attachment whose original is
/// the same file (SHA-256 recorded at intake) as a restricted one is now
/// withheld as restricted, in every export and preview.
@Suite struct EvidenceSameContentTests {
    @Test(arguments: [true, false])
    func aCopyOfARestrictedImageIsWithheldToo(restrictedAtIntake: Bool) throws {
        let v = try ExportTests.vaultWithExamples()
        let photo = try EvidenceFixture.image("batch-3.png", in: v.folder)
        _ = try EvidenceFixture.attach(v, "VR-2014-017", photo, ["--level", "state"])
        if restrictedAtIntake {
            _ = try EvidenceFixture.attach(v, "INT-2014-044", photo, ["--restricted", "--caption", "intimate"])
        } else {
            let copy = try EvidenceFixture.attach(v, "INT-2014-044", photo)
            #expect(try v.run(["attachment", "restrict", "INT-2014-044", copy]).status == 0)
        }
        let out = v.folder.path("out")
        let export = try v.run(["export", "VR-2014-017", "--audience", "state", "--with-attachments", "-o", out + "/"])
        #expect(export.status == 0, "\(export.standardError)")
        #expect(export.standardError.contains("0 written, 1 withheld (restricted)"), "\(export.standardError)")
        #expect(!EvidenceFixture.listing(out).contains { $0.contains("attachment-") }, "\(EvidenceFixture.listing(out))")
        // Another photo of the same document still leaves.
        _ = try EvidenceFixture.attach(v, "VR-2014-017", try EvidenceFixture.image("plan.png", width: 40, in: v.folder), ["--level", "state"])
        let later = v.folder.path("later")
        let again = try v.run(["export", "VR-2014-017", "--audience", "state", "--with-attachments", "-o", later + "/"])
        #expect(again.standardError.contains("1 written, 1 withheld (restricted)"), "\(again.standardError)")
    }

    /// The copy opens for the image's viewers only: another member cleared
    /// internal could `attachment get` it (attacker round 3, F5, left open
    /// until session 36). Other attachments still open for them.
    @Test func aCopyOfARestrictedImageOpensForItsViewersOnly() throws {
        let v = try ExportTests.vaultWithExamples()
        let photo = try EvidenceFixture.image("batch-3.png", in: v.folder)
        let copy = try EvidenceFixture.attach(v, "VR-2014-017", photo, ["--level", "state"])
        _ = try EvidenceFixture.attach(v, "INT-2014-044", photo, ["--restricted", "--caption", "intimate"])
        let plan = try EvidenceFixture.attach(v, "VR-2014-017", try EvidenceFixture.image("plan.png", width: 40, in: v.folder))
        let key = try v.run(["member", "invite", "--name", "Colleague"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Colleague", key, "--clearance", "internal"]).status == 0)

        let out = v.folder.path("copy.png")
        let refused = try v.run(["attachment", "get", "VR-2014-017", copy, "-o", out, "--member", "Colleague"])
        #expect(refused.status != 0 && refused.standardError.contains("restricted image"), "\(refused.standardError)")
        #expect(!FileManager.default.fileExists(atPath: out))
        let log = try v.run(["log", "--member", "Admin"]).standardOutput
        #expect(log.components(separatedBy: "read").count - 1 == 0, "a refused get is not logged as a read: \(log)")
        #expect(try v.run(["attachment", "get", "VR-2014-017", plan, "-o", v.folder.path("plan-back"), "--member", "Colleague"]).status == 0)
        #expect(try v.run(["attachment", "get", "VR-2014-017", copy, "-o", out, "--member", "Admin"]).status == 0, "the viewer opens it")
    }
}
