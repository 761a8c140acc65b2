import Foundation
import Testing
import TamgaTestSupport

/// PDF evidence (issue 17, phase 2): its document information (author,
/// creator, producer, dates) is gone after export, and its text goes
/// through the leak scan: a protected name in it stops the export.
@Suite struct EvidencePDFTests {
    @Test func aPDFLeavesWithoutItsMetadata() throws {
        let v = try ExportTests.vaultWithExamples()
        let pdf = v.folder.path("register.pdf")
        try Data(EvidenceFixture.pdf(text: "Register of cell occupancy, page one")).write(to: URL(fileURLWithPath: pdf))
        try #require(try EvidenceFixture.tool("/usr/bin/exiftool", ["-q", "-overwrite_original", "-Author=Nurlan Toktogulov",
                                                                   "-Creator=Microsoft Word", "-Producer=Acrobat Distiller",
                                                                   "-CreateDate=2014:10:28 11:42:00", pdf], in: v.folder.url).status == 0)
        try #require(try EvidenceFixture.identifying(pdf, in: v.folder).contains { $0.hasSuffix("Author") })
        _ = try EvidenceFixture.attach(v, "VR-2014-017", pdf, ["--level", "state"])
        let out = v.folder.path("out")
        let export = try v.run(["export", "VR-2014-017", "--audience", "state", "--with-attachments", "-o", out + "/"])
        #expect(export.status == 0, "\(export.standardError)")
        let exported = out + "/VR-2014-017.state.attachment-1.pdf"
        let left = try EvidenceFixture.identifying(exported, in: v.folder)
        #expect(left.isEmpty, "\(left)")
        let raw = try Data(contentsOf: URL(fileURLWithPath: exported))
        for secret in ["Toktogulov", "Microsoft", "Distiller", "/Author"] { #expect(raw.range(of: Data(secret.utf8)) == nil, "\(secret)") }
    }

    @Test func aProtectedNameInThePDFTextStopsTheExport() throws {
        let v = try ExportTests.vaultWithExamples()
        let pdf = v.folder.path("statement.pdf")
        try Data(EvidenceFixture.pdf(text: "Statement of Aibek Sadykov about the night shift")).write(to: URL(fileURLWithPath: pdf))
        let reference = try EvidenceFixture.attach(v, "VR-2014-017", pdf, ["--level", "state"])
        let out = v.folder.path("out")
        let export = try v.run(["export", "VR-2014-017", "--audience", "state", "--with-attachments", "-o", out + "/"])
        #expect(export.status == 1, "\(export.standardError)")
        #expect(export.standardError.contains("attachment \(reference): the leak scan refused"), "\(export.standardError)")
        #expect(!export.standardError.contains("Sadykov"))
        #expect(EvidenceFixture.listing(out).isEmpty)
    }

    /// A page with no text layer (a scanned page, or words drawn as shapes,
    /// as `gs -dNoOutputFonts` writes them) shows words the leak scan cannot
    /// read: it does not leave below internal (attacker, session 28).
    @Test func aPageWithoutATextLayerStopsTheExport() throws {
        let v = try ExportTests.vaultWithExamples()
        let pdf = v.folder.path("scan.pdf")
        // Strokes only: what a reader sees as letters, pdftotext sees as nothing.
        try Data(EvidenceFixture.pdf(stream: "2 w 20 20 m 20 60 l 40 40 l 60 60 l 60 20 l S")).write(to: URL(fileURLWithPath: pdf))
        let reference = try EvidenceFixture.attach(v, "VR-2014-017", pdf, ["--level", "state"])
        let out = v.folder.path("out")
        let export = try v.run(["export", "VR-2014-017", "--audience", "state", "--with-attachments", "-o", out + "/"])
        #expect(export.status != 0, "\(export.standardError)")
        #expect(export.standardError.contains("attachment \(reference)") && export.standardError.contains("page 1 of the PDF has no text"),
                "\(export.standardError)")
        #expect(EvidenceFixture.listing(out).isEmpty)
        // The NPM itself gets it as it is.
        #expect(try v.run(["export", "VR-2014-017", "--audience", "internal", "--with-attachments", "-o", out + "/"]).status == 0)
    }

    /// A scanned register under a partial OCR layer (attacker round 3, F1):
    /// the text layer says only "Page 1 of 1", the picture shows a name.
    /// Any picture in a PDF is text the scan cannot read: not below internal.
    @Test func aPictureInAPDFStopsTheExport() throws {
        let v = try ExportTests.vaultWithExamples()
        let pdf = v.folder.path("register.pdf")
        let picture = "q 200 0 0 50 20 20 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \u{0}\u{FF}\u{FF}\u{0} EI Q "
        try Data(EvidenceFixture.pdf(stream: picture + "BT /F1 8 Tf 20 90 Td (Page 1 of 1) Tj ET")).write(to: URL(fileURLWithPath: pdf))
        let reference = try EvidenceFixture.attach(v, "VR-2014-017", pdf, ["--level", "state"])
        let out = v.folder.path("out")
        let export = try v.run(["export", "VR-2014-017", "--audience", "state", "--with-attachments", "-o", out + "/"])
        #expect(export.status != 0, "\(export.standardError)")
        #expect(export.standardError.contains("attachment \(reference)") && export.standardError.contains("picture"), "\(export.standardError)")
        #expect(EvidenceFixture.listing(out).isEmpty)
        #expect(try v.run(["export", "VR-2014-017", "--audience", "internal", "--with-attachments", "-o", out + "/"]).status == 0)
    }

    /// Evidence red team F1b: a font whose ToUnicode map lies shows on the
    /// page what its text layer does not say. What the page shows is read
    /// back (OCR): a page that disagrees with its layer is refused, even with
    /// nothing protected on it (the scan cannot trust the layer).
    @Test func aTextLayerThatLiesAboutThePageStopsTheExport() throws {
        let v = try ExportTests.vaultWithExamples()
        let pdf = v.folder.path("certificate.pdf")
        try Data(EvidenceFixture.pdf(lines: Self.certificate.map { (text: $0, lying: true) })).write(to: URL(fileURLWithPath: pdf))
        let reference = try EvidenceFixture.attach(v, "VR-2014-017", pdf, ["--level", "state"])
        let out = v.folder.path("out")
        let export = try v.run(["export", "VR-2014-017", "--audience", "state", "--with-attachments", "-o", out + "/"])
        #expect(export.status != 0, "\(export.standardError)")
        #expect(export.standardError.contains("attachment \(reference)")
                && export.standardError.contains("page 1 of the PDF shows other words than its text layer"), "\(export.standardError)")
        #expect(EvidenceFixture.listing(out).isEmpty)
    }

    /// The same attack on the name alone: the rest of the layer agrees with
    /// the page, the name's letters are mapped to others. The page's own text
    /// is scanned, so the name stops the export; an honest PDF of the same
    /// text without the name leaves (no over-refusal from reading pages).
    @Test func aNameOnlyThePageShowsStopsTheExport() throws {
        let v = try ExportTests.vaultWithExamples()
        let honest = v.folder.path("honest.pdf")
        try Data(EvidenceFixture.pdf(lines: Self.certificate.map { (text: $0, lying: false) })).write(to: URL(fileURLWithPath: honest))
        _ = try EvidenceFixture.attach(v, "VR-2014-017", honest, ["--level", "state"])
        let clean = v.folder.path("clean")
        let first = try v.run(["export", "VR-2014-017", "--audience", "state", "--with-attachments", "-o", clean + "/"])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(EvidenceFixture.listing(clean).contains("VR-2014-017.state.attachment-1.pdf"), "\(EvidenceFixture.listing(clean))")

        let named = v.folder.path("named.pdf")
        let lines = [(text: "Patient:", lying: false), (text: "Aibek Sadykov", lying: true)] + Self.certificate.map { (text: $0, lying: false) }
        try Data(EvidenceFixture.pdf(lines: lines)).write(to: URL(fileURLWithPath: named))
        let reference = try EvidenceFixture.attach(v, "VR-2014-017", named, ["--level", "state"])
        let out = v.folder.path("out")
        let export = try v.run(["export", "VR-2014-017", "--audience", "state", "--with-attachments", "-o", out + "/"])
        #expect(export.status == 1, "\(export.standardError)")
        #expect(export.standardError.contains("attachment \(reference): the leak scan refused"), "\(export.standardError)")
        #expect(!export.standardError.contains("Sadykov"))
        #expect(EvidenceFixture.listing(out).isEmpty)
    }

    static let certificate = ["Medical certificate issued by the duty doctor", "Bruises on the left forearm and on the back",
                              "Examined on the morning after the arrest", "No treatment was offered at the facility",
                              "The injuries are consistent with the account given"]
}
