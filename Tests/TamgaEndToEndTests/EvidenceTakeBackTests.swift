import Foundation
import Testing
import TamgaTestSupport

/// An attachment released to the State or the public could never be taken
/// back (attacker round 3, F13): `attachment restrict` refused it, and no
/// command lowered its release, so an intimate photo attached in a batch
/// with `--level state` kept leaving with every export. Restricting it now
/// takes it back: its release returns to internal, no later export writes
/// it, and the evidence keeps its content and hash.
@Suite struct EvidenceTakeBackTests {
    @Test(arguments: ["state", "public"])
    func aReleasedAttachmentCanBeRestrictedAndNoLongerLeaves(_ level: String) throws {
        let v = try ExportTests.vaultWithExamples()
        let photo = try EvidenceFixture.image("batch-7.png", in: v.folder)
        let hash = try AttachmentCommandTests.sha256sum(photo)
        let reference = try EvidenceFixture.attach(v, "VR-2014-017", photo, ["--level", level])
        let first = v.folder.path("first")
        let before = try v.run(["export", "VR-2014-017", "--audience", level, "--with-attachments", "-o", first + "/"])
        #expect(before.standardError.contains("attachments: 1 written"), "\(before.standardError)")
        let restrict = try v.run(["attachment", "restrict", "VR-2014-017", reference])
        #expect(restrict.status == 0, "\(restrict.standardError)")
        #expect(try v.run(["attachments", "VR-2014-017"]).standardOutput.contains("internal (restricted)"))
        for audience in ["internal", "state", "public"] {
            let out = v.folder.path("after-\(audience)")
            let export = try v.run(["export", "VR-2014-017", "--audience", audience, "--with-attachments", "-o", out + "/"])
            #expect(export.status == 0, "\(export.standardError)")
            #expect(export.standardError.contains("0 written"), "\(audience): \(export.standardError)")
            #expect(!EvidenceFixture.listing(out).contains { $0.contains("attachment-") }, "\(audience)")
        }
        let renamed = try #require(restrict.standardOutput.components(separatedBy: "its reference is now ").last?
            .trimmingCharacters(in: .whitespacesAndNewlines))
        let back = v.folder.path("back.png")
        #expect(try v.run(["attachment", "get", "VR-2014-017", renamed, "-o", back]).status == 0)
        #expect(try AttachmentCommandTests.sha256sum(back) == hash)
        #expect(try v.run(["check"]).status == 0)
    }
}
