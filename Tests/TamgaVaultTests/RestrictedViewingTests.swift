import Foundation
import Testing
import TamgaCore
import TamgaCrypto
@testable import TamgaVault

/// Issue 17: restricted viewing of intimate images (Istanbul Protocol). A
/// restricted attachment opens only with the keys of its named viewers;
/// another member cleared internal, and the administrator when not named,
/// hold no key that opens it. Restricting after the fact re-encrypts the
/// file; removing a viewer and rekeying cuts them off.
@Suite struct RestrictedViewingTests {
    static func contents(_ item: AttachmentCatalog.Item, vault: UnlockedVault) throws -> [UInt8] {
        var content: [UInt8] = []
        _ = try AttachmentReader.read(item.url, keys: try RestrictedViewing.attachmentKeys(for: vault)) { content += Array($0) }
        return content
    }

    @Test func onlyTheNamedViewersOpenARestrictedImage() throws {
        let f = try AttachmentFixture()
        _ = try f.base.addMember("Doctor", clearance: .internal)
        let colleague = try f.base.addMember("Colleague", clearance: .internal)
        let liaison = try f.base.addMember("Liaison", clearance: .state)
        let bytes = AttachmentFixture.photoBytes()
        // Unlocked after the others joined: a vault unlocked before writes under an older keyring.
        let stored = try AttachmentStore(vault: try f.base.unlock("Doctor", passphrase: "Doctor passphrase")).attach(
            try f.file(bytes, named: "injury.jpg"), to: f.id, request: AttachmentRequest(restricted: true, viewers: ["Admin"]))
        for viewer in [try f.base.unlock("Doctor", passphrase: "Doctor passphrase"), try f.admin()] {
            let listing = try AttachmentCatalog(vault: viewer).list(f.id)
            let item = try #require(listing.items.first { $0.object == stored.object },
                                    "\(viewer.member.name): \(listing.items.map(\.object)) \(listing.restrictedFromYou) \(listing.hidden) \(listing.damaged)")
            #expect(try Self.contents(item, vault: viewer) == bytes)
            #expect(try AttachmentRestriction.isRestricted(item, in: viewer))
        }
        // Cleared internal, but not a viewer: the file is listed as restricted, and no key they hold opens it.
        let hidden = try AttachmentCatalog(vault: colleague).list(f.id)
        #expect(hidden.items.allSatisfy { $0.object != stored.object })
        #expect(hidden.restrictedFromYou == [stored.object] && hidden.aboveClearance == 0)
        let url = colleague.paths.attachments(blind: try colleague.blindID(f.id)).appendingPathComponent(stored.object)
        #expect(throws: ObjectFormatError.noKey) { try AttachmentReader.metadata(of: url, keys: try RestrictedViewing.attachmentKeys(for: colleague)) }
        #expect(throws: ObjectFormatError.noKey) { try AttachmentReader.read(url, keys: colleague.levelKeys) { _ in } }
        #expect(throws: ObjectFormatError.noKey) { try AttachmentReader.read(url, keys: liaison.levelKeys) { _ in } }
        // A State member cannot be named a viewer, nor can an unknown name.
        #expect(throws: VaultError.self) {
            try AttachmentStore(vault: try f.admin()).attach(try f.file([1, 2, 3], named: "b.jpg"), to: f.id,
                                                             request: AttachmentRequest(restricted: true, viewers: ["Liaison"]))
        }
        #expect(throws: VaultError.self) {
            try AttachmentStore(vault: try f.admin()).attach(try f.file([1, 2, 3], named: "b.jpg"), to: f.id,
                                                             request: AttachmentRequest(restricted: true, viewers: ["Nobody"]))
        }
        // The grants are in the signed log, which stays clean.
        #expect(VaultChecker.check(try f.admin()).isClean)
    }

    @Test func restrictingAfterTheFactReencryptsAndKeepsRedactions() throws {
        let f = try AttachmentFixture()
        let colleague = try f.base.addMember("Colleague", clearance: .internal)
        let bytes = AttachmentFixture.photoBytes()
        let admin = try f.admin()
        let stored = try AttachmentStore(vault: admin).attach(try f.file(bytes, named: "injury.jpg"), to: f.id)
        let region = AttachmentRedaction(object: stored.object, audience: .state, regions: [RedactionRegion(x: 1, y: 1, width: 2, height: 2)])
        try region.record(for: f.id, in: admin)
        #expect(try AttachmentCatalog(vault: colleague).list(f.id).items.contains { $0.object == stored.object })

        let item = try AttachmentCatalog(vault: admin).find(f.id, name: stored.object)
        try AttachmentRestriction.record(item, of: f.id, in: try f.admin())
        let after = try f.admin()
        let restricted = try #require(try AttachmentCatalog(vault: after).list(f.id).items.first)
        #expect(restricted.object != stored.object)
        #expect(!FileManager.default.fileExists(atPath: item.url.path))
        #expect(try Self.contents(restricted, vault: after) == bytes)
        #expect(try AttachmentRestriction.isRestricted(restricted, in: after))
        #expect(try AttachmentRedaction.all(for: restricted.object, in: after).map(\.regions) == [region.regions])
        let seen = try AttachmentCatalog(vault: colleague).list(f.id)
        #expect(seen.items.isEmpty && seen.restrictedFromYou == [restricted.object])
        #expect(VaultChecker.check(after).isClean)
        // Restricting it again does nothing.
        try AttachmentRestriction.record(restricted, of: f.id, in: after)
        #expect(try AttachmentCatalog(vault: try f.admin()).list(f.id).items.map(\.object) == [restricted.object])
    }

    @Test func aRemovedViewerIsCutOffByAViewersRekey() throws {
        let f = try AttachmentFixture()
        let doctor = try f.base.addMember("Doctor", clearance: .internal)
        let bytes = AttachmentFixture.photoBytes()
        let stored = try AttachmentStore(vault: try f.admin()).attach(try f.file(bytes, named: "injury.jpg"), to: f.id,
                                                                      request: AttachmentRequest(restricted: true, viewers: ["Doctor"]))
        let doctorKeys = try RestrictedViewing.attachmentKeys(for: doctor)
        _ = try MemberAdministration(vault: try f.admin()).remove(name: "Doctor")

        let admin = try f.admin()
        #expect(try AttachmentRekey.restrictedAwaitingViewer(admin) == 0)  // the administrator is a viewer and can rekey it
        #expect(try Rekey.run(admin, level: .internal) >= 1)
        let after = try f.admin()
        let item = try #require(try AttachmentCatalog(vault: after).list(f.id).items.first { $0.metadata.evidence?.restricted == true })
        #expect(item.object != stored.object)
        #expect(try Self.contents(item, vault: after) == bytes)
        #expect(throws: ObjectFormatError.noKey) { try AttachmentReader.read(item.url, keys: doctorKeys) { _ in } }
        #expect(VaultChecker.check(after).isClean)
    }

    @Test func anAdministratorWhoIsNoViewerIsToldAViewerMustRekey() throws {
        let f = try AttachmentFixture()
        _ = try f.base.addMember("Doctor", clearance: .internal)
        _ = try f.base.addMember("Nurse", clearance: .internal)
        let stored = try AttachmentStore(vault: try f.base.unlock("Doctor", passphrase: "Doctor passphrase")).attach(try f.file([9, 9, 9], named: "injury.jpg"), to: f.id,
                                                               request: AttachmentRequest(restricted: true, viewers: ["Nurse"]))
        _ = try MemberAdministration(vault: try f.admin()).remove(name: "Nurse")
        let admin = try f.admin()
        #expect(try AttachmentRekey.restrictedAwaitingViewer(admin) == 1)
        _ = try Rekey.run(admin, level: .internal)
        // Left as it was: only a viewer holds its key.
        let url = admin.paths.attachments(blind: try admin.blindID(f.id)).appendingPathComponent(stored.object)
        #expect(FileManager.default.fileExists(atPath: url.path))
        #expect(VaultChecker.check(try f.admin()).isClean)
    }
}
