import Foundation
import Testing
import TamgaTestSupport

/// Evidence round 3, N5: a keyless writer in a synced copy copies one
/// attachment object of a document over another. The listing showed the
/// other file's name, caption and SHA-256 under the first one's reference
/// (it read the first chunk only); now it checks the bytes against the
/// name and counts the object as unreadable, as `get` and exports refuse it.
@Suite struct AttachmentSwapListingTests {
    @Test func anObjectCopiedOverAnotherIsNotListedUnderItsName() throws {
        let v = try ExportTests.vaultWithExamples()
        for (name, caption) in [("first.bin", "Left forearm"), ("second.bin", "Cell register page")] {
            let path = v.folder.path(name)
            try Data((0..<(70_000 + name.count)).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ name.count) }).write(to: URL(fileURLWithPath: path))
            #expect(try v.run(["attach", "INT-2014-044", path, "--caption", caption]).status == 0)
        }
        let objects = v.files().filter { $0.hasPrefix("attachments/") }
        try #require(objects.count == 2, "\(objects)")
        let (first, second) = (v.vault + "/" + objects[0], v.vault + "/" + objects[1])
        try FileManager.default.removeItem(atPath: first)
        try FileManager.default.copyItem(atPath: second, toPath: first)

        let listing = try v.run(["attachments", "INT-2014-044"])
        let rows = listing.standardOutput.split(separator: "\n").filter { $0.contains("Left forearm") || $0.contains("Cell register page") }
        #expect(rows.count == 1, "\(listing.standardOutput)")
        let swapped = String(objects[0].split(separator: "/").last!.prefix(12))
        #expect(!listing.standardOutput.contains(swapped), "\(listing.standardOutput)")
        #expect(listing.standardError.contains("1 attachment(s) of INT-2014-044 could not be read"), "\(listing.standardError)")
    }
}
