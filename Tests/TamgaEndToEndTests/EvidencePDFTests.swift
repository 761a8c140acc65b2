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
}
