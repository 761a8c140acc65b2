import Foundation
import Testing
import TamgaTestSupport

/// Control characters in an attachment's file name or caption (attacker
/// round 3, F6) reached an internal member's terminal raw from `tamga
/// attachments`: escape sequences that clear the screen or set the window
/// title, a carriage return that overwrites a row, a newline that forges a
/// row with a fake SHA-256, a right-to-left override. The listing now
/// prints each as a visible `\u{..}` escape, and a caption holding one is
/// refused at intake, before anything is stored.
@Suite struct AttachmentDisplayTests {
    static let controls: [Character] = ["\u{1B}", "\u{07}", "\r", "\n", "\u{9B}", "\u{202E}", "\u{2066}"]

    @Test func fileNamesAreEscapedInTheListing() throws {
        let v = try ExportTests.vaultWithExamples()
        let name = "evil\u{1B}]0;PWNED\u{07}\u{1B}[2J\rADMIN-OK\u{202E}gpj.exe\u{9B}31m.jpg"
        let path = v.folder.path(name)
        try Data([0xFF, 0xD8, 0xFF, 0xE0]).write(to: URL(fileURLWithPath: path))
        let reference = try EvidenceFixture.attach(v, "VR-2014-017", path, ["--caption", "forearm, left side"])
        let listing = try v.run(["attachments", "VR-2014-017"])
        #expect(listing.status == 0, "\(listing.standardError)")
        let output = listing.standardOutput
        for control in Self.controls where control != "\n" {
            #expect(!output.contains(control), "the listing prints U+\(String(control.unicodeScalars.first!.value, radix: 16)) raw")
        }
        #expect(output.split(separator: "\n").count == 2, "\(output)")
        #expect(output.contains("evil\\u{1B}]0;PWNED\\u{7}\\u{1B}[2J\\u{D}ADMIN-OK\\u{202E}gpj.exe\\u{9B}31m.jpg"), "\(output)")
        #expect(output.contains(reference))
    }

    @Test(arguments: ["cap\u{1B}[31mRED", "two\nlines", "back\rover", "rtl \u{202E}gpj", "tab\there"])
    func aCaptionWithAControlCharacterIsRefusedBeforeAnythingIsStored(_ caption: String) throws {
        let v = try ExportTests.vaultWithExamples()
        let path = v.folder.path("photo.jpg")
        try Data([0xFF, 0xD8, 0xFF, 0xE0]).write(to: URL(fileURLWithPath: path))
        let before = v.files()
        let result = try v.run(["attach", "VR-2014-017", path, "--caption", caption])
        #expect(result.status == 65, "\(result.standardError)")
        #expect(result.standardError.contains("--caption holds a control character"), "\(result.standardError)")
        #expect(!result.standardError.contains(caption))
        #expect(v.files().filter { $0.contains("attachments/") } == before.filter { $0.contains("attachments/") })
        #expect(FileManager.default.fileExists(atPath: path))
    }
}
