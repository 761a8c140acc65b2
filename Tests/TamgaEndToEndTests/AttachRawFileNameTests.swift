import Foundation
import Testing
import TamgaTestSupport

/// Evidence red team F11: a file whose name is not UTF-8 (Cyrillic names
/// from Windows zip archives, in cp1251 or cp866) is attached by its bytes;
/// the name kept with it writes each byte that is not UTF-8 as `\xHH`, and
/// `--wipe`, which removes the file by its name, refuses it clearly. The
/// command runs through `/bin/sh` so that the argument carries the raw bytes.
@Suite struct AttachRawFileNameTests {
    /// "Протокол.png" in cp1251, as the shell's printf writes it.
    static let cp1251Name = #"\317\360\356\362\356\352\356\353.png"#
    static let escapedName = #"\xcf\xf0\xee\xf2\xee\xea\xee\xeb.png"#

    static func shell(_ v: CLIVault, _ script: String) throws -> TamgaBinary.Result {
        try TamgaBinary(path: "/bin/sh").run(["-c", script], environment: v.environment.merging(["TAMGA": v.tamga.path]) { $1 },
                                             in: v.folder.url)
    }

    @Test func aFileNamedInCp1251IsAttachedAndComesBackWhole() throws {
        let v = try ExportTests.vaultWithExamples()
        let photo = try EvidenceFixture.image("photo.png", in: v.folder)
        let name = "\"$(printf '\(Self.cp1251Name)')\""
        #expect(try Self.shell(v, "cp photo.png \(name)").status == 0)
        let attach = try Self.shell(v, "exec \"$TAMGA\" attach INT-2014-044 \(name)")
        #expect(attach.status == 0, "\(attach.standardError)")
        #expect(attach.standardOutput.contains("sha256 \(try AttachmentCommandTests.sha256sum(photo))"), "\(attach.standardOutput)")
        let listing = try v.run(["attachments", "INT-2014-044"])
        #expect(listing.standardOutput.contains(#"xcf"#) && listing.standardOutput.contains(#"xeb.png"#), "\(listing.standardOutput)")
        let reference = try #require(try AttachmentCommandTests.references(v, "INT-2014-044").first)
        let back = v.folder.path("back.png")
        let get = try v.run(["attachment", "get", "INT-2014-044", reference, "-o", back])
        #expect(get.status == 0, "\(get.standardError)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: back)) == (try Data(contentsOf: URL(fileURLWithPath: photo))))
        // By the kept name too, as `attachments` shows it.
        let byName = try v.run(["attachment", "get", "INT-2014-044", Self.escapedName, "-o", v.folder.path("again.png")])
        #expect(byName.status == 0, "\(byName.standardError)")
    }

    @Test func wipeRefusesANameThatIsNotUTF8AndStoresNothing() throws {
        let v = try ExportTests.vaultWithExamples()
        _ = try EvidenceFixture.image("photo.png", in: v.folder)
        let name = "\"$(printf '\(Self.cp1251Name)')\""
        #expect(try Self.shell(v, "cp photo.png \(name)").status == 0)
        let attach = try Self.shell(v, "exec \"$TAMGA\" attach INT-2014-044 --wipe \(name)")
        #expect(attach.status == 65, "\(attach.standardError)")
        #expect(attach.standardError.contains("the name of file 1 is not UTF-8"), "\(attach.standardError)")
        #expect(try AttachmentCommandTests.references(v, "INT-2014-044").isEmpty)
        #expect(try Self.shell(v, "test -f \(name)").status == 0)
    }
}
