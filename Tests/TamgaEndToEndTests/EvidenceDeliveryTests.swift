import Foundation
import Testing
import TamgaTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// How `export --with-attachments` delivers its files (attacker round 3,
/// F15 and F12): a re-export with `--force` left the previous export's
/// attachments that are now withheld, validly signed, next to the new
/// manifest; and an export killed in its write phase left signed files in
/// the output folder that the disclosure ledger never recorded. Now the
/// files are written into a hidden staging folder next to the destination
/// and moved into place only once the ledger holds their entries, and a
/// forced re-export removes the files the previous export listed in its
/// manifest that it does not write again (nothing else).
@Suite struct EvidenceDeliveryTests {
    /// The visible files of `folder` (an audience could take them), sorted.
    static func visible(_ folder: String) -> [String] { EvidenceFixture.listing(folder).filter { !$0.hasPrefix(".") } }

    @Test func aForcedReExportLeavesExactlyTheCurrentSet() throws {
        let v = try ExportTests.vaultWithExamples()
        _ = try EvidenceFixture.attach(v, "VR-2014-017", try EvidenceFixture.image("first.png", in: v.folder))
        let second = try EvidenceFixture.attach(v, "VR-2014-017", try EvidenceFixture.image("second.png", width: 32, in: v.folder))
        let out = v.folder.path("out")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try Data("the monitor's own notes\n".utf8).write(to: URL(fileURLWithPath: out + "/notes.txt"))
        let first = try v.run(["export", "VR-2014-017", "--audience", "internal", "--with-attachments", "-o", out + "/"])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(Self.visible(out).contains("VR-2014-017.internal.attachment-2.png"))
        // The second is restricted now: no export writes it.
        #expect(try v.run(["attachment", "restrict", "VR-2014-017", second]).status == 0)
        let again = try v.run(["export", "VR-2014-017", "--audience", "internal", "--with-attachments", "-o", out + "/", "--force"])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(Self.visible(out) == ["VR-2014-017.internal.attachment-1.png", "VR-2014-017.internal.attachment-1.png.minisig",
                                      "VR-2014-017.internal.attachments.json", "VR-2014-017.internal.attachments.json.minisig",
                                      "VR-2014-017.internal.md", "VR-2014-017.internal.md.minisig", "notes.txt"], "\(Self.visible(out))")
        // Nothing withheld now: the manifest goes too, the user's file stays.
        #expect(try v.run(["attachment", "restrict", "VR-2014-017", "first.png"]).status == 0)
        let last = try v.run(["export", "VR-2014-017", "--audience", "internal", "--with-attachments", "-o", out + "/", "--force"])
        #expect(last.status == 0, "\(last.standardError)")
        #expect(Self.visible(out) == ["VR-2014-017.internal.md", "VR-2014-017.internal.md.minisig", "notes.txt"], "\(Self.visible(out))")
    }

    /// Kills the export the moment its first file is visible in the output
    /// folder: whatever is visible then must already be in the ledger.
    @Test(arguments: [SIGKILL, SIGTERM])
    func anInterruptedExportLeavesNothingTheLedgerDoesNotRecord(signal: Int32) throws {
        let v = try ExportTests.vaultWithExamples()
        for number in 1...6 {
            _ = try EvidenceFixture.attach(v, "VR-2014-017", try EvidenceFixture.image("photo-\(number).png", width: 48 + number, in: v.folder),
                                           ["--level", "public"])
        }
        let out = v.folder.path("out")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: v.tamga.path)
        process.arguments = ["export", "VR-2014-017", "--audience", "public", "--with-attachments", "-o", out + "/"]
        process.environment = ProcessInfo.processInfo.environment.merging(v.environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var seen = false
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline {
            if !Self.visible(out).isEmpty { seen = true; break }
            usleep(200)
        }
        if process.isRunning { kill(process.processIdentifier, signal) }
        process.waitUntilExit()
        try #require(seen || !Self.visible(out).isEmpty, "the export wrote nothing visible")
        let left = Self.visible(out)
        let exports = try v.run(["log"]).standardOutput.split(separator: "\n").filter { $0.contains("export VR-2014-017") }
        // Every visible attachment file has its own ledger entry (one per file, plus the document's).
        let attachments = left.filter { $0.contains(".attachment-") && !$0.hasSuffix(".minisig") }
        #expect(exports.count >= attachments.count + 1, "\(left.count) file(s) left, \(exports.count) ledger entr(ies): \(left)")
        if signal == SIGTERM {
            #expect(EvidenceFixture.listing(out).allSatisfy { !$0.hasPrefix(".tamga-export-") }, "\(EvidenceFixture.listing(out))")
        }
        // A later export into the same folder removes what a killed one left hidden, and succeeds.
        let again = try v.run(["export", "VR-2014-017", "--audience", "public", "--with-attachments", "-o", out + "/", "--force"])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(EvidenceFixture.listing(out).allSatisfy { !$0.hasPrefix(".") }, "\(EvidenceFixture.listing(out))")
        #expect(Self.visible(out).count == 2 * (1 + 6 + 1))
    }
}
