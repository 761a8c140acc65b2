import Testing
import TamgaCore
@testable import TamgaVault

/// The pure rules behind evidence export (issue 17, phase 2): which tags
/// stop an export, what a rectangle is, what a file is, who receives what.
@Suite struct EvidenceRulesTests {
    @Test func identifyingTagsAreFoundAndFileSystemTagsIgnored() {
        let keys = ["SourceFile", "File:FileModifyDate", "ExifTool:Warning", "JFIF:XResolution", "PNG:BitDepth",
                    "EXIF:GPSLatitude", "EXIF:Make", "EXIF:Model", "EXIF:Artist", "EXIF:Software", "EXIF:DateTimeOriginal",
                    "XMP-dc:Creator", "PDF:Author", "PDF:Producer", "Composite:ImageSize"]
        #expect(MetadataScrubber.remaining(keys).sorted() == ["EXIF:Artist", "EXIF:DateTimeOriginal", "EXIF:GPSLatitude", "EXIF:Make",
                                                             "EXIF:Model", "EXIF:Software", "PDF:Author", "PDF:Producer", "XMP-dc:Creator"])
    }

    /// Evidence round 3, N3: tags that name people without a listed word, and a JPEG comment filed under `File`.
    @Test func tagsNamingPeopleAndAJPEGCommentAreFound() {
        let naming = ["File:Comment", "XMP-iptcExt:PersonInImage", "XMP-mwg-rs:RegionName", "XMP-MP:RegionPersonDisplayName",
                      "XMP-xmp:Label", "XMP-photoshop:Headline", "IPTC:ObjectName", "XMP-xmpMM:DocumentID", "XMP-xmpMM:OriginalDocumentID",
                      "XMP-xmpMM:InstanceID"]
        #expect(MetadataScrubber.remaining(naming + ["File:FileSize", "File:ImageWidth", "PNG:ColorType", "JFIF:JFIFVersion"]).sorted()
                == naming.sorted())
    }

    @Test func rectanglesParseAndFit() throws {
        let region = try RedactionRegion(parsing: "10,5,20,12")
        #expect(region == RedactionRegion(x: 10, y: 5, width: 20, height: 12))
        #expect(region.fits(width: 30, height: 17) && !region.fits(width: 29, height: 17) && !region.fits(width: 30, height: 16))
        for bad in ["1,2,3", "1,2,0,4", "-1,2,3,4", "a,b,c,d", "1,2,3,4,5"] {
            #expect(throws: VaultError.self) { try RedactionRegion(parsing: bad) }
        }
    }

    @Test func kindsNeedTheExtensionAndTheBytes() {
        #expect(EvidenceKind.of(fileName: "a.JPG", head: [0xFF, 0xD8, 0xFF, 0xE0]) == .jpeg)
        #expect(EvidenceKind.of(fileName: "a.jpg", head: Array("%PDF-1.4".utf8)) == .other)
        #expect(EvidenceKind.of(fileName: "a.pdf", head: Array("%PDF-1.4".utf8)) == .pdf)
        #expect(EvidenceKind.of(fileName: "a.png", head: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) == .png)
        #expect(EvidenceKind.of(fileName: "a.txt", head: [0x41, 0x00]) == .other)
        #expect(EvidenceKind.of(fileName: "a.docx", head: [0x50, 0x4B, 0x03, 0x04]) == .office)
        #expect(EvidenceKind.of(fileName: "Sadykov.m4a", head: [1, 2, 3]).exportedExtension == "bin")
    }

    @Test func redactionsCoverTheirAudienceAndThoseBelow() {
        let state = AttachmentRedaction(object: "ab", audience: .state, regions: [])
        let publicOnly = AttachmentRedaction(object: "ab", audience: .public, regions: [])
        #expect(!state.applies(to: .internal) && state.applies(to: .state) && state.applies(to: .public))
        #expect(!publicOnly.applies(to: .state) && publicOnly.applies(to: .public))
    }
}
