import Foundation
import Testing
import TamgaTestSupport

/// `tamga preview` shows each attachment as each audience would get it
/// (issue 17): the State and public columns carry the image with its
/// region blacked out and its metadata gone, the internal column the whole
/// image; a file above an audience's level, or showing a person who did not
/// consent to it, is named as withheld; an intimate image is shown nowhere.
@Suite struct EvidencePreviewTests {
    /// Each audience's column of the page, by audience.
    static func columns(_ html: String) -> [String: String] {
        var columns: [String: String] = [:]
        for audience in ["internal", "state", "public"] {
            guard let start = html.range(of: "data-audience=\"\(audience)\"") else { continue }
            let rest = html[start.upperBound...]
            let end = rest.range(of: "</section>")?.lowerBound ?? rest.endIndex
            columns[audience] = String(rest[..<end])
        }
        return columns
    }

    /// The figure of attachment `reference` in a column.
    static func figure(_ column: String, _ reference: String) -> String? {
        guard let start = column.range(of: "data-attachment=\"\(reference)\"") else { return nil }
        let rest = column[start.upperBound...]
        return String(rest[..<(rest.range(of: "</figure>")?.lowerBound ?? rest.endIndex)])
    }

    /// The image a figure embeds, written to a file.
    static func embedded(_ figure: String, as name: String, in folder: TemporaryFolder) throws -> String {
        let marker = try #require(figure.range(of: ";base64,"))
        let rest = figure[marker.upperBound...]
        let encoded = String(rest[..<(rest.firstIndex(of: "\"") ?? rest.endIndex)])
        let bytes = try #require(Data(base64Encoded: encoded))
        let path = folder.path(name)
        try bytes.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func eachColumnShowsTheAttachmentAsItsAudienceGetsIt() throws {
        let v = try ExportTests.vaultWithExamples()
        let png = try EvidenceFixture.image("Sadykov face.png", in: v.folder)
        try EvidenceFixture.tag(png, in: v.folder)
        let photo = try EvidenceFixture.attach(v, "VR-2014-017", png, ["--level", "public"])
        #expect(try v.run(["attachment", "redact", "VR-2014-017", photo, "--rect", "10,5,20,12", "--audience", "state"]).status == 0)
        // Distinct sizes, so distinct files: a copy of the restricted image is restricted too (attacker round 3, F5).
        let internalOnly = try EvidenceFixture.attach(v, "VR-2014-017", try EvidenceFixture.image("register.png", width: 60, in: v.folder))
        let noConsent = try EvidenceFixture.attach(v, "VR-2014-017", try EvidenceFixture.image("cell.png", width: 56, in: v.folder),
                                                   ["--level", "public", "--depicts", "O-0007", "--consent", "state"])
        let intimate = try EvidenceFixture.attach(v, "VR-2014-017", try EvidenceFixture.image("injury.png", width: 52, in: v.folder),
                                                  ["--restricted"])

        let page = v.folder.path("preview.html")
        let result = try v.run(["preview", "VR-2014-017", "-o", page])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("preparing attachment 4 of 4"), "\(result.standardError)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        let columns = Self.columns(html)
        #expect(columns.count == 3)

        // The photo: whole for internal, blacked out and stripped for State and public.
        for audience in ["internal", "state", "public"] {
            let figure = try #require(Self.figure(columns[audience] ?? "", photo), "\(audience)")
            let image = try Self.embedded(figure, as: "\(audience).png", in: v.folder)
            let pixels = try EvidenceFixture.pixels(image, in: v.folder)
            #expect(pixels.width == 64 && pixels.height == 48)
            let at = (10 * pixels.width + 15) * 3
            let inside = Array(pixels.rgb[at..<(at + 3)])
            if audience == "internal" {
                #expect(inside == EvidenceFixture.pixel(15, 10))
            } else {
                #expect(inside == [0, 0, 0], "\(audience): \(inside)")
                #expect(figure.contains("regions blacked out"))
            }
            #expect(try EvidenceFixture.identifying(image, in: v.folder).isEmpty, "\(audience)")
        }
        // Above the level, and without consent: named, not shown.
        #expect(Self.figure(columns["internal"] ?? "", internalOnly)?.contains("<img") == true)
        for audience in ["state", "public"] {
            let figure = try #require(Self.figure(columns[audience] ?? "", internalOnly))
            #expect(!figure.contains("<img") && figure.contains("above this audience"))
        }
        #expect(Self.figure(columns["state"] ?? "", noConsent)?.contains("<img") == true)
        let withheld = try #require(Self.figure(columns["public"] ?? "", noConsent))
        #expect(!withheld.contains("<img") && withheld.contains("has not consented"))
        // The intimate image: in no column, not even the internal one.
        for audience in ["internal", "state", "public"] {
            let figure = try #require(Self.figure(columns[audience] ?? "", intimate))
            #expect(!figure.contains("<img") && figure.contains("restricted viewing"), "\(audience)")
        }
        // The page names attachments by reference, never by their file names.
        #expect(!html.contains("Sadykov face") && !html.contains("injury.png"))
        // Each attachment whose image the page holds is logged as read, as `attachment get` is; the intimate one is not.
        let log = try v.run(["log", "--doc", "VR-2014-017"]).standardOutput
        let reads = log.split(separator: "\n").filter { $0.contains(" read VR-2014-017 ") && $0.contains("original-sha256=") }
        #expect(reads.count == 3, "\(log)")
        #expect(!reads.contains { $0.contains("sha256=\(intimate)") }, "\(log)")
    }

    @Test func thePageFollowsLangAndADocumentWithoutAttachmentsHasNone() throws {
        let v = try ExportTests.vaultWithExamples()
        let photo = try EvidenceFixture.attach(v, "VR-2014-017", try EvidenceFixture.image("yard.png", in: v.folder), ["--level", "state"])
        let internalOnly = try EvidenceFixture.attach(v, "VR-2014-017", try EvidenceFixture.image("register.png", in: v.folder))
        let page = v.folder.path("preview.html")
        #expect(try v.run(["preview", "VR-2014-017", "-o", page, "--lang", "ru"]).status == 0)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("<h3>Вложения</h3>") && !html.contains("<h3>Attachments</h3>"))
        #expect(html.contains(photo) && html.contains(internalOnly))
        // A document without attachments has no attachments part.
        let plain = v.folder.path("plain.html")
        #expect(try v.run(["preview", "INT-2014-044", "-o", plain]).status == 0)
        #expect(!(try String(contentsOfFile: plain, encoding: .utf8)).contains("class=\"attachments\""))
    }
}
