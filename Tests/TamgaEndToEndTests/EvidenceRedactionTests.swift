import Foundation
import Testing
import TamgaTestSupport

/// `tamga attachment redact` (issue 17, phase 2): a signed record, applied
/// by exports for the audience: the rectangle's pixels are solid black, the
/// rest of the image is exactly the original (PNG: lossless), the evidence
/// in the vault keeps its hash, and a rectangle outside the image is refused.
@Suite struct EvidenceRedactionTests {
    @Test func theRectangleIsSolidAndTheRestUnchanged() throws {
        let v = try ExportTests.vaultWithExamples()
        let png = try EvidenceFixture.image("Sadykov face.png", in: v.folder)
        let originalHash = try AttachmentCommandTests.sha256sum(png)
        let reference = try EvidenceFixture.attach(v, "VR-2014-017", png, ["--level", "public"])
        let redact = try v.run(["attachment", "redact", "VR-2014-017", reference, "--rect", "10,5,20,12", "--audience", "state"])
        #expect(redact.status == 0, "\(redact.standardError)")
        #expect(try v.run(["attachments", "VR-2014-017"]).standardOutput.contains("state:1"))
        let out = v.folder.path("out")
        let export = try v.run(["export", "VR-2014-017", "--audience", "public", "--with-attachments", "-o", out + "/"])
        #expect(export.status == 0, "\(export.standardError)")
        let image = try EvidenceFixture.pixels(out + "/VR-2014-017.public.attachment-1.png", in: v.folder)
        #expect(image.width == 64 && image.height == 48)
        var inside = 0, outsideChanged = 0
        for y in 0..<image.height {
            for x in 0..<image.width {
                let at = (y * image.width + x) * 3
                let pixel = Array(image.rgb[at..<(at + 3)])
                if (10..<30).contains(x) && (5..<17).contains(y) {
                    #expect(pixel == [0, 0, 0], "(\(x),\(y)) is \(pixel)")
                    inside += 1
                } else if pixel != EvidenceFixture.pixel(x, y) {
                    outsideChanged += 1
                }
            }
        }
        #expect(inside == 20 * 12)
        #expect(outsideChanged == 0)
        // The original is untouched, and an internal export is not blacked out.
        let back = v.folder.path("back.png")
        #expect(try v.run(["attachment", "get", "VR-2014-017", reference, "-o", back]).status == 0)
        #expect(try AttachmentCommandTests.sha256sum(back) == originalHash)
        let internalOut = v.folder.path("internal")
        #expect(try v.run(["export", "VR-2014-017", "--audience", "internal", "--with-attachments", "-o", internalOut + "/"]).status == 0)
        let whole = try EvidenceFixture.pixels(internalOut + "/VR-2014-017.internal.attachment-1.png", in: v.folder)
        #expect(whole.rgb == (try EvidenceFixture.pixels(png, in: v.folder)).rgb)
        // The redaction is in the signed log, without the file's name.
        let log = try v.run(["log"]).standardOutput
        #expect(log.contains("attachment-redact") && !log.contains("Sadykov"), "\(log)")
    }

    @Test func aJPEGRectangleIsBlackWithinReencodingTolerance() throws {
        let v = try ExportTests.vaultWithExamples()
        let jpeg = try EvidenceFixture.image("photo.jpg", width: 96, height: 64, in: v.folder)
        let reference = try EvidenceFixture.attach(v, "VR-2014-017", jpeg, ["--level", "state"])
        #expect(try v.run(["attachment", "redact", "VR-2014-017", reference, "--rect", "16,16,32,24", "--audience", "state"]).status == 0)
        let out = v.folder.path("out")
        #expect(try v.run(["export", "VR-2014-017", "--audience", "state", "--with-attachments", "-o", out + "/"]).status == 0)
        let image = try EvidenceFixture.pixels(out + "/VR-2014-017.state.attachment-1.jpg", in: v.folder)
        // Away from the block edges (JPEG's 8x8 blocks), the region is black.
        for y in 24..<32 { for x in 24..<40 {
            let at = (y * image.width + x) * 3
            #expect(image.rgb[at..<(at + 3)].allSatisfy { $0 < 12 }, "(\(x),\(y)) is \(Array(image.rgb[at..<(at + 3)]))")
        } }
    }

    /// A phone held on its side writes the pixels as stored and an EXIF tag
    /// saying how to turn them. The rectangle is measured on the image as
    /// viewers show it, so the black-out covers what the monitor saw, and the
    /// exported image is upright with the tag gone (attacker, session 28:
    /// the face was exported whole).
    @Test func aRotatedPhotoIsBlackedOutWhereItIsShown() throws {
        let v = try ExportTests.vaultWithExamples()
        let jpeg = try EvidenceFixture.image("sideways.jpg", width: 96, height: 64, in: v.folder)
        #expect(try EvidenceFixture.tool("/usr/bin/exiftool", ["-q", "-overwrite_original", "-Orientation#=6", jpeg], in: v.folder.url).status == 0)
        let reference = try EvidenceFixture.attach(v, "VR-2014-017", jpeg, ["--level", "state"])
        // Shown 64 wide and 96 high: y 72 lies inside only as shown.
        let redact = try v.run(["attachment", "redact", "VR-2014-017", reference, "--rect", "16,64,24,24", "--audience", "state"])
        #expect(redact.status == 0, "\(redact.standardError)")
        let out = v.folder.path("out")
        #expect(try v.run(["export", "VR-2014-017", "--audience", "state", "--with-attachments", "-o", out + "/"]).status == 0)
        let exported = out + "/VR-2014-017.state.attachment-1.jpg"
        let image = try EvidenceFixture.pixels(exported, in: v.folder)
        #expect(image.width == 64 && image.height == 96, "\(image.width)x\(image.height)")
        for y in 72..<80 { for x in 24..<32 {
            let at = (y * image.width + x) * 3
            #expect(image.rgb[at..<(at + 3)].allSatisfy { $0 < 12 }, "(\(x),\(y)) is \(Array(image.rgb[at..<(at + 3)]))")
        } }
        #expect(try EvidenceFixture.tags(exported, in: v.folder).keys.allSatisfy { !$0.hasSuffix("Orientation") })
        // Outside the image as shown is refused, although it fits the stored pixels.
        let outside = try v.run(["attachment", "redact", "VR-2014-017", reference, "--rect", "70,10,10,10", "--audience", "state"])
        #expect(outside.status == 65 && outside.standardError.contains("(64x96 pixels)"), "\(outside.standardError)")
    }

    @Test func aRectangleOutsideTheImageIsRefusedAtRedactTime() throws {
        let v = try ExportTests.vaultWithExamples()
        let png = try EvidenceFixture.image("Sadykov.png", in: v.folder)
        let reference = try EvidenceFixture.attach(v, "VR-2014-017", png, ["--level", "state"])
        let before = try v.run(["log"]).standardOutput
        let result = try v.run(["attachment", "redact", "VR-2014-017", reference, "--rect", "50,40,20,20", "--audience", "state"])
        #expect(result.status == 65, "\(result.standardError)")
        #expect(result.standardError.contains("does not lie inside the image (64x48 pixels)"), "\(result.standardError)")
        #expect(!result.standardError.contains("Sadykov"))
        #expect(try v.run(["log"]).standardOutput == before)
        let malformed = try v.run(["attachment", "redact", "VR-2014-017", reference, "--rect", "1,2,3", "--audience", "state"])
        #expect(malformed.status == 65, "\(malformed.standardError)")
    }
}
