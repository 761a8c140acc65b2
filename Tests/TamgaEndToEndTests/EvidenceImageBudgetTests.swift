import Foundation
import Testing
import TamgaTestSupport

/// Decompression bombs (attacker round 3, F16): a 2 KB animated GIF
/// declaring a 2000x2000 canvas and a hundred one-pixel frames made libvips
/// write 1.1 GB into `/dev/shm` (memory) before mat2 failed. Every image's
/// header is now read first and an image above the budget (100 megapixels
/// across all frames, 500 frames, 1 GiB decoded) is refused by export,
/// preview and redact alike, before a pixel is decoded, naming only its
/// reference and size.
@Suite struct EvidenceImageBudgetTests {
    /// A GIF with a `width`x`height` canvas and `frames` frames of one pixel each (637 bytes for 26 frames).
    static func gif(width: Int, height: Int, frames: Int) -> [UInt8] {
        func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
        var out = Array("GIF89a".utf8) + le16(width) + le16(height) + [0xF0, 0, 0] + [0, 0, 0, 255, 255, 255]
        out += [0x21, 0xFF, 0x0B] + Array("NETSCAPE2.0".utf8) + [0x03, 0x01, 0x00, 0x00, 0x00]
        for _ in 0..<frames {
            out += [0x21, 0xF9, 0x04, 0x00, 0x0A, 0x00, 0x00, 0x00]
            // One 1x1 image: LZW minimum code size 2, codes clear (4), 1, end (5) in three bits each.
            out += [0x2C] + le16(0) + le16(0) + le16(1) + le16(1) + [0x00] + [0x02, 0x02, 0x4C, 0x01, 0x00]
        }
        return out + [0x3B]
    }

    static func expectRefused(_ result: TamgaBinary.Result, _ reference: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 1, "\(result.standardError)", sourceLocation: sourceLocation)
        #expect(result.standardError.contains("attachment \(reference) is too large to process safely"), "\(result.standardError)",
                sourceLocation: sourceLocation)
        #expect(result.standardError.contains("100 megapixels"), "\(result.standardError)", sourceLocation: sourceLocation)
    }

    @Test func aGIFBombIsRefusedBeforeItIsDecoded() throws {
        let v = try ExportTests.vaultWithExamples()
        let bomb = v.folder.path("Sadykov.gif")
        try Data(Self.gif(width: 2000, height: 2000, frames: 26)).write(to: URL(fileURLWithPath: bomb))
        let reference = try EvidenceFixture.attach(v, "VR-2014-017", bomb, ["--level", "public"])
        for audience in ["internal", "public"] {
            let out = v.folder.path("out-\(audience)")
            let export = try v.run(["export", "VR-2014-017", "--audience", audience, "--with-attachments", "-o", out + "/"])
            Self.expectRefused(export, reference)
            #expect(!export.standardError.contains("Sadykov"))
            #expect(EvidenceFixture.listing(out).isEmpty, "\(EvidenceFixture.listing(out))")
        }
        let redact = try v.run(["attachment", "redact", "VR-2014-017", reference, "--rect", "0,0,10,10", "--audience", "state"])
        Self.expectRefused(redact, reference)
        let preview = try v.run(["preview", "VR-2014-017", "-o", v.folder.path("preview.html")])
        #expect(!preview.standardError.contains("mat2 failed"), "\(preview.standardError)")
        // The evidence itself is still there, untouched.
        #expect(try v.run(["attachment", "get", "VR-2014-017", reference, "-o", v.folder.path("back.gif")]).status == 0)
    }

    @Test func tooManyFramesAreRefused() throws {
        let v = try ExportTests.vaultWithExamples()
        let path = v.folder.path("chat.gif")
        try Data(Self.gif(width: 4, height: 4, frames: 501)).write(to: URL(fileURLWithPath: path))
        let reference = try EvidenceFixture.attach(v, "VR-2014-017", path, ["--level", "public"])
        let export = try v.run(["export", "VR-2014-017", "--audience", "public", "--with-attachments", "-o", v.folder.path("out") + "/"])
        Self.expectRefused(export, reference)
        #expect(export.standardError.contains("x 501 frame(s)"), "\(export.standardError)")
    }

    @Test func aStillImageAboveThePixelBudgetIsRefused() throws {
        let v = try ExportTests.vaultWithExamples()
        let path = v.folder.path("huge.png")
        try #require(try EvidenceFixture.tool("/usr/bin/vips", ["black", path, "11000", "10000"], in: v.folder.url).status == 0)
        let reference = try EvidenceFixture.attach(v, "VR-2014-017", path, ["--level", "public"])
        let export = try v.run(["export", "VR-2014-017", "--audience", "public", "--with-attachments", "-o", v.folder.path("out") + "/"])
        Self.expectRefused(export, reference)
        #expect(export.standardError.contains("11000x10000 pixels"), "\(export.standardError)")
    }
}
