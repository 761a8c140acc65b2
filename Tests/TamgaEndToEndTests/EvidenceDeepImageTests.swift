import Foundation
import Testing
import TamgaTestSupport

/// 16-bit images with an alpha band (attacker round 3, F3): the black-out
/// was drawn with alpha 255 of 65535, nearly transparent, and left the
/// export as a see-through hole instead of solid black. The fill is now
/// opaque at the image's depth; the exported pixels are read back.
@Suite struct EvidenceDeepImageTests {
    /// A 64x48 16-bit PNG, grey 40000, opaque, with `bands` bands (2: grey+alpha, 4: RGB+alpha).
    static func deepImage(bands: Int, in folder: TemporaryFolder) throws -> String {
        let tool = { (arguments: [String]) in
            try #require(try EvidenceFixture.tool("/usr/bin/vips", arguments, in: folder.url).status == 0, "vips \(arguments)")
        }
        try tool(["black", folder.path("zero.v"), "64", "48"])
        try tool(["linear", folder.path("zero.v"), folder.path("grey.v"), "1", "40000"])
        try tool(["cast", folder.path("grey.v"), folder.path("grey16.v"), "ushort"])
        try tool(["linear", folder.path("zero.v"), folder.path("opaque.v"), "1", "65535"])
        try tool(["cast", folder.path("opaque.v"), folder.path("alpha16.v"), "ushort"])
        let colour = bands == 4 ? ["grey16.v", "grey16.v", "grey16.v"] : ["grey16.v"]
        try tool(["bandjoin", (colour + ["alpha16.v"]).map { folder.path($0) }.joined(separator: " "), folder.path("joined.v")])
        let path = folder.path("deep-\(bands).png")
        try tool(["copy", folder.path("joined.v"), path, "--interpretation", bands == 4 ? "rgb16" : "grey16"])
        return path
    }

    /// The values of every band at x,y (vips getpoint) and the maximum a band of the file holds.
    static func point(_ path: String, _ x: Int, _ y: Int, in folder: TemporaryFolder) throws -> (values: [Double], maximum: Double) {
        let read = try EvidenceFixture.tool("/usr/bin/vips", ["getpoint", path, "\(x)", "\(y)"], in: folder.url)
        try #require(read.status == 0)
        let format = try EvidenceFixture.tool("/usr/bin/vipsheader", ["-f", "format", path], in: folder.url).output
        return (read.output.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }, format.contains("USHORT") ? 65535 : 255)
    }

    @Test(arguments: [4, 2])
    func theFillIsOpaqueBlackAtTheImagesDepth(bands: Int) throws {
        let v = try ExportTests.vaultWithExamples()
        let path = try Self.deepImage(bands: bands, in: v.folder)
        let reference = try EvidenceFixture.attach(v, "VR-2014-017", path, ["--level", "public"])
        #expect(try v.run(["attachment", "redact", "VR-2014-017", reference, "--rect", "10,5,20,12", "--audience", "state"]).status == 0)
        let out = v.folder.path("out")
        let export = try v.run(["export", "VR-2014-017", "--audience", "state", "--with-attachments", "-o", out + "/"])
        #expect(export.status == 0, "\(export.standardError)")
        let exported = out + "/VR-2014-017.state.attachment-1.png"
        for (x, y) in [(10, 5), (20, 10), (29, 16)] {
            let (values, maximum) = try Self.point(exported, x, y, in: v.folder)
            try #require(values.count >= 1, "\(values)")
            let hasAlpha = values.count == 2 || values.count == 4
            let colour = hasAlpha ? values.dropLast() : values[...]
            #expect(colour.allSatisfy { $0 == 0 }, "bands \(bands) (\(x),\(y)): \(values)")
            if hasAlpha { #expect(values.last == maximum, "bands \(bands) (\(x),\(y)) is not opaque: \(values) of \(maximum)") }
        }
        // Outside the rectangle the image is as it was: grey, opaque.
        let (outside, maximum) = try Self.point(exported, 40, 30, in: v.folder)
        #expect(outside.first ?? 0 > 0 && (outside.count % 2 == 1 || outside.last == maximum), "\(outside)")
    }
}
