import Foundation
import Testing
import TamgaCore
import TamgaCrypto
@testable import TamgaVault

/// Issue 17: `rekey` re-encrypts evidence files too. After a member is
/// removed and the vault rekeyed, the removed member's old keys open no
/// attachment in the vault; the content comes back byte for byte, the chain
/// of custody hash is unchanged, and a black-out recorded before the rekey
/// still applies to the re-encrypted object.
@Suite struct AttachmentRekeyTests {
    @Test func rekeyReencryptsAttachmentsAndKeepsTheirRedactions() throws {
        let f = try AttachmentFixture()
        let leaving = try f.base.addMember("Leaving", clearance: .internal)
        let bytes = AttachmentFixture.photoBytes()
        let photo = try AttachmentStore(vault: try f.admin()).attach(try f.file(bytes, named: "photo.jpg"), to: f.id,
                                                                     request: AttachmentRequest(level: .state, depicts: ["D-0042"]))
        let redaction = AttachmentRedaction(object: photo.object, audience: .state, regions: [RedactionRegion(x: 1, y: 2, width: 3, height: 4)])
        try redaction.record(for: f.id, in: try f.admin())
        let oldURL = try f.admin().paths.attachments(blind: try f.admin().blindID(f.id)).appendingPathComponent(photo.object)
        let oldKeys = leaving.levelKeys
        _ = try MemberAdministration(vault: try f.admin()).remove(name: "Leaving")

        let admin = try f.admin()
        #expect(try Rekey.run(admin, level: .internal) >= 1)  // a State-level file is stored under internal's key
        let listing = try AttachmentCatalog(vault: admin).list(f.id)
        let item = try #require(listing.items.first { $0.metadata.evidence?.sha256 == photo.sha256 })
        #expect(item.object != photo.object)
        #expect(!FileManager.default.fileExists(atPath: oldURL.path))
        // The removed member's keys do not open the new object.
        #expect(throws: ObjectFormatError.noKey) { try AttachmentReader.read(item.url, keys: oldKeys) { _ in } }
        // The content is the original, and the redaction made against the old name still applies.
        var content: [UInt8] = []
        let read = try AttachmentReader.read(item.url, keys: admin.levelKeys) { content += Array($0) }
        #expect(content == bytes)
        #expect(read.sha256 == photo.sha256)
        #expect(try AttachmentRedaction.all(for: item.object, in: admin).map(\.regions) == [redaction.regions])
        #expect(VaultChecker.check(admin).isClean)
        // A second rekey has nothing left to do.
        #expect(try Rekey.run(admin, level: .internal) == 0)
    }
}
