import Foundation
import Testing
import TamgaTestSupport

/// Photo formats besides JPEG and PNG (session 30): GIF from messengers,
/// TIFF from scanners, HEIC from phones, WebP from the web. Before, tamga
/// took them for "other": the internal export wrote them as `.bin` with
/// their GPS, camera and author tags, and no audience below internal could
/// receive them. Now each is converted to PNG by libvips, for every
/// audience, and leaves stripped, blacked out and re-read like a PNG.
@Suite struct EvidencePhotoFormatTests {
    static let formats = ["photo.gif", "scan.tif", "phone.heic", "chat.webp"]

    @Test(arguments: formats)
    func everyAudienceGetsAStrippedPNG(_ name: String) throws {
        let v = try ExportTests.vaultWithExamples()
        let path = try EvidenceFixture.image(name, in: v.folder)
        try EvidenceFixture.tag(path, in: v.folder)
        let original = try AttachmentCommandTests.sha256sum(path)
        let reference = try EvidenceFixture.attach(v, "VR-2014-017", path, ["--level", "public"])
        for audience in ["internal", "state", "public"] {
            let out = v.folder.path("out-\(audience)")
            let export = try v.run(["export", "VR-2014-017", "--audience", audience, "--with-attachments", "-o", out + "/"])
            #expect(export.status == 0, "\(name) \(audience): \(export.standardError)")
            let file = "VR-2014-017.\(audience).attachment-1.png"
            #expect(EvidenceFixture.listing(out).contains(file), "\(name) \(audience): \(EvidenceFixture.listing(out))")
            let written = out + "/" + file
            guard FileManager.default.fileExists(atPath: written) else { continue }
            #expect(try EvidenceFixture.identifying(written, in: v.folder).isEmpty, "\(name) \(audience) keeps metadata")
            let raw = try Data(contentsOf: URL(fileURLWithPath: written))
            for secret in ["Sadykov", "Canon", "Lightroom", "Toktogulov"] {
                #expect(raw.range(of: Data(secret.utf8)) == nil, "\(name) \(audience) still holds \(secret)")
            }
            // Same size as the source, and the same pixels as libvips reads the source.
            let exported = try EvidenceFixture.pixels(written, in: v.folder), source = try EvidenceFixture.pixels(path, in: v.folder)
            #expect(exported.width == source.width && exported.height == source.height, "\(name) \(audience)")
            #expect(exported.rgb == source.rgb, "\(name) \(audience): the pixels changed")
        }
        // The evidence itself is untouched.
        let back = v.folder.path("back-" + name)
        #expect(try v.run(["attachment", "get", "VR-2014-017", reference, "-o", back]).status == 0)
        #expect(try AttachmentCommandTests.sha256sum(back) == original)
    }

    @Test func aBlackOutOnAScannedTIFFIsSolidInTheStateExport() throws {
        let v = try ExportTests.vaultWithExamples()
        let path = try EvidenceFixture.image("register.tif", in: v.folder)
        let reference = try EvidenceFixture.attach(v, "VR-2014-017", path, ["--level", "state"])
        let redact = try v.run(["attachment", "redact", "VR-2014-017", reference, "--rect", "10,5,20,12", "--audience", "state"])
        #expect(redact.status == 0, "\(redact.standardError)")
        let out = v.folder.path("out")
        let export = try v.run(["export", "VR-2014-017", "--audience", "state", "--with-attachments", "-o", out + "/"])
        #expect(export.status == 0, "\(export.standardError)")
        let image = try EvidenceFixture.pixels(out + "/VR-2014-017.state.attachment-1.png", in: v.folder)
        for y in 0..<image.height {
            for x in 0..<image.width {
                let offset = (y * image.width + x) * 3
                let got = Array(image.rgb[offset..<offset + 3])
                let inside = (10..<30).contains(x) && (5..<17).contains(y)
                #expect(got == (inside ? [0, 0, 0] : EvidenceFixture.pixel(x, y)), "pixel \(x),\(y)")
                if got != (inside ? [0, 0, 0] : EvidenceFixture.pixel(x, y)) { return }
            }
        }
    }

    @Test func aFileNamedLikeAPhotoButNotOneIsStillRefusedBelowInternal() throws {
        let v = try ExportTests.vaultWithExamples()
        let fake = v.folder.path("not-a-photo.heic")
        try Data("ftypheic but plain text, not an image".utf8).write(to: URL(fileURLWithPath: fake))
        _ = try EvidenceFixture.attach(v, "VR-2014-017", fake, ["--level", "public"])
        let export = try v.run(["export", "VR-2014-017", "--audience", "public", "--with-attachments", "-o", v.folder.path("out") + "/"])
        #expect(export.status != 0)
        #expect(EvidenceFixture.listing(v.folder.path("out")).isEmpty)
    }
}
