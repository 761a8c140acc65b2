import Foundation
import Testing
import TamgaTestSupport

/// Animations and multi-page scans (attacker round 3, F2): a black-out
/// measured on a GIF, TIFF, WebP or HEIF as a viewer shows it (one frame)
/// covered the first frame only, and the face left in every other frame
/// while the export said "blacked out". Now each rectangle is filled in
/// every frame and page, a rectangle that fits the stack but not one frame
/// is refused, and what leaves is exactly the frames that were converted.
@Suite struct EvidenceMultiFrameTests {
    static let formats = ["anim.gif", "pages.tif", "anim.webp", "pages.heic"]
    static let width = 40, frameHeight = 20, frames = 3

    /// A `frames`-frame image whose frames are 40x20, in the format `name`
    /// says (vips writes each `page-height` rows as one frame or page).
    static func animation(_ name: String, in folder: TemporaryFolder) throws -> String {
        var ppm = Array("P6\n\(width) \(frameHeight * frames)\n255\n".utf8)
        for y in 0..<(frameHeight * frames) { for x in 0..<width { ppm += [200, UInt8(60 + 40 * (y / frameHeight)), UInt8(x * 5)] } }
        let source = folder.path("stack-\(UUID().uuidString).ppm")
        try Data(ppm).write(to: URL(fileURLWithPath: source))
        let options = name.hasSuffix(".webp") ? "[page-height=\(frameHeight),lossless]" : "[page-height=\(frameHeight)]"
        try #require(try EvidenceFixture.tool("/usr/bin/vips", ["copy", source, folder.path(name) + options], in: folder.url).status == 0)
        let pages = try EvidenceFixture.tool("/usr/bin/vipsheader", ["-f", "n-pages", folder.path(name)], in: folder.url).output
        try #require(pages.trimmingCharacters(in: .whitespacesAndNewlines) == "\(frames)", "\(name): \(pages)")
        return folder.path(name)
    }

    @Test(arguments: formats)
    func aBlackOutCoversEveryFrame(_ name: String) throws {
        let v = try ExportTests.vaultWithExamples()
        let path = try Self.animation(name, in: v.folder)
        let reference = try EvidenceFixture.attach(v, "VR-2014-017", path, ["--level", "public"])
        let redact = try v.run(["attachment", "redact", "VR-2014-017", reference, "--rect", "10,5,12,8", "--audience", "state"])
        #expect(redact.status == 0, "\(name): \(redact.standardError)")
        #expect(redact.standardOutput.contains("\(Self.frames) frames or pages"), "\(name): \(redact.standardOutput)")
        for audience in ["state", "public"] {
            let out = v.folder.path("out-\(audience)")
            let export = try v.run(["export", "VR-2014-017", "--audience", audience, "--with-attachments", "-o", out + "/"])
            #expect(export.status == 0, "\(name) \(audience): \(export.standardError)")
            let image = try EvidenceFixture.pixels(out + "/VR-2014-017.\(audience).attachment-1.png", in: v.folder)
            #expect(image.width == Self.width && image.height == Self.frameHeight * Self.frames, "\(name): \(image.width)x\(image.height)")
            var unredacted = 0, blackOutside = 0
            for y in 0..<image.height { for x in 0..<image.width {
                let at = (y * image.width + x) * 3
                let pixel = Array(image.rgb[at..<(at + 3)])
                let inside = (10..<22).contains(x) && (5..<13).contains(y % Self.frameHeight)
                if inside && pixel != [0, 0, 0] { unredacted += 1 }
                if !inside && pixel == [0, 0, 0] { blackOutside += 1 }
            } }
            #expect(unredacted == 0, "\(name) \(audience): \(unredacted) pixels of the rectangle are not black (frames after the first)")
            #expect(blackOutside == 0, "\(name) \(audience)")
        }
        // Unredacted, every frame leaves, stacked: what was converted is what is exported.
        let whole = v.folder.path("out-internal")
        #expect(try v.run(["export", "VR-2014-017", "--audience", "internal", "--with-attachments", "-o", whole + "/"]).status == 0)
        let unredacted = try EvidenceFixture.pixels(whole + "/VR-2014-017.internal.attachment-1.png", in: v.folder)
        #expect(unredacted.width == Self.width && unredacted.height == Self.frameHeight * Self.frames, "\(name): \(unredacted.height)")
        // Red is 200 in every source pixel: nothing was blacked out for internal.
        #expect(stride(from: 0, to: unredacted.rgb.count, by: 3).allSatisfy { unredacted.rgb[$0] > 150 }, "\(name): internal changed")
    }

    /// A rectangle that fits the stack of frames but not one frame would
    /// cover parts of two frames: refused, with the frame's size.
    @Test func aRectangleOutsideOneFrameIsRefused() throws {
        let v = try ExportTests.vaultWithExamples()
        let path = try Self.animation("pages.tif", in: v.folder)
        let reference = try EvidenceFixture.attach(v, "VR-2014-017", path, ["--level", "state"])
        let before = try v.run(["log"]).standardOutput
        let result = try v.run(["attachment", "redact", "VR-2014-017", reference, "--rect", "0,15,10,10", "--audience", "state"])
        #expect(result.status == 65, "\(result.standardError)")
        #expect(result.standardError.contains("(40x20 pixels, 3 frames or pages)"), "\(result.standardError)")
        #expect(try v.run(["log"]).standardOutput == before)
    }
}
