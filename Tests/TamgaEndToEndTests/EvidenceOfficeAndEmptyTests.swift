import Foundation
import Testing
import TamgaTestSupport

/// An office file or an empty file among a document's attachments
/// (attacker round 3, F4) made every `export --with-attachments` of the
/// document fail, internal too: mat2 was given the office file under a
/// `.bin` name and refused it, and exiftool failed on zero bytes. Internal
/// receives everything, stripped where there is anything to strip; below
/// internal only that attachment is refused, with a message that says why.
@Suite struct EvidenceOfficeAndEmptyTests {
    /// A minimal Word document whose core properties name its author.
    static func docx(in folder: TemporaryFolder) throws -> String {
        let path = folder.path("medical note.docx")
        let script = """
        import sys, zipfile
        z = zipfile.ZipFile(sys.argv[1], 'w')
        z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
        z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
        z.writestr('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Medical note</w:t></w:r></w:p></w:body></w:document>')
        z.writestr('docProps/core.xml', '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Nurlan Toktogulov</dc:creator></cp:coreProperties>')
        z.close()
        """
        try #require(try EvidenceFixture.tool("/usr/bin/python3", ["-c", script, path], in: folder.url).status == 0)
        return path
    }

    @Test func internalCarriesOfficeAndEmptyFilesAndLowerAudiencesRefuseOnlyWithAReason() throws {
        let v = try ExportTests.vaultWithExamples()
        let office = try EvidenceFixture.attach(v, "VR-2014-017", try Self.docx(in: v.folder))
        let emptyPath = v.folder.path("empty.txt")
        try Data().write(to: URL(fileURLWithPath: emptyPath))
        let empty = try EvidenceFixture.attach(v, "VR-2014-017", emptyPath, ["--level", "public"])
        let out = v.folder.path("internal")
        let export = try v.run(["export", "VR-2014-017", "--audience", "internal", "--with-attachments", "-o", out + "/"])
        #expect(export.status == 0, "\(export.standardError)")
        let files = EvidenceFixture.listing(out)
        #expect(files.contains("VR-2014-017.internal.attachment-1.docx") && files.contains("VR-2014-017.internal.attachment-2.txt"), "\(files)")
        if files.contains("VR-2014-017.internal.attachment-1.docx") {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: out + "/VR-2014-017.internal.attachment-1.docx"))
            #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) && bytes.range(of: Data("Toktogulov".utf8)) == nil)
        }
        // Public: the office file is internal (withheld); the empty one is refused by its reference, for the reason it has.
        let low = v.folder.path("public")
        let refused = try v.run(["export", "VR-2014-017", "--audience", "public", "--with-attachments", "-o", low + "/"])
        #expect(refused.status == 1, "\(refused.standardError)")
        #expect(refused.standardError.contains("attachment \(empty)") && refused.standardError.contains("empty"), "\(refused.standardError)")
        #expect(!refused.standardError.contains("black out") && !refused.standardError.contains(office), "\(refused.standardError)")
        #expect(EvidenceFixture.listing(low).isEmpty)
    }
}
