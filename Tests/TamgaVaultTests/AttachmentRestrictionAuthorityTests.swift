import Foundation
import Testing
import TamgaCore
@testable import TamgaVault

/// Who may restrict evidence after the fact (attacker round 3, F8): any
/// member cleared internal could restrict another member's attachment to
/// themselves alone; the old object was deleted, so the attaching monitor
/// and every administrator lost it, and once that member was removed nobody
/// could open it. Restriction now takes the member who attached the file or
/// an administrator, and the member who attached it always stays a viewer.
///
/// Administrators are not added to every restriction: restricted viewing
/// (Istanbul Protocol) is meant to keep an intimate image from members the
/// attaching monitor did not name, administrators included
/// (`RestrictedViewingTests`); what keeps the evidence from being lost is
/// that its attacher can never be left out.
@Suite struct AttachmentRestrictionAuthorityTests {
    static func opens(_ vault: UnlockedVault, _ id: String, _ object: String) throws -> Bool {
        try AttachmentCatalog(vault: vault).list(id).items.contains { $0.object == object }
    }

    @Test func aMemberWhoNeitherAttachedItNorAdministersCannotRestrictIt() throws {
        let f = try AttachmentFixture()
        let colleague = try f.base.addMember("Colleague", clearance: .internal)
        let stored = try AttachmentStore(vault: try f.admin()).attach(try f.file(AttachmentFixture.photoBytes(), named: "note.jpg"), to: f.id)
        let error = #expect(throws: VaultError.self) {
            try EvidenceMarking(vault: colleague).restrict(stored.object, of: f.id)
        }
        #expect(error?.message.contains("the member who attached it or an administrator") == true, "\(String(describing: error))")
        // Nothing changed: the object is there and everyone cleared internal still opens it.
        #expect(try Self.opens(try f.admin(), f.id, stored.object))
        #expect(try Self.opens(colleague, f.id, stored.object))
        #expect(VaultChecker.check(try f.admin()).isClean)
    }

    @Test func theAttacherStaysAViewerWhenAnAdministratorRestrictsIt() throws {
        let f = try AttachmentFixture()
        _ = try f.base.addMember("Doctor", clearance: .internal)
        _ = try f.base.addMember("Nurse", clearance: .internal)
        let doctor = try f.base.unlock("Doctor", passphrase: "Doctor passphrase")
        let stored = try AttachmentStore(vault: doctor).attach(try f.file(AttachmentFixture.photoBytes(), named: "injury.jpg"), to: f.id)
        let reference = try EvidenceMarking(vault: try f.admin()).restrict(stored.object, of: f.id, viewers: ["Nurse"])
        let restricted = try #require(try AttachmentCatalog(vault: try f.admin()).list(f.id).items.first { $0.object.hasPrefix(reference) })
        #expect(try Self.opens(try f.base.unlock("Doctor", passphrase: "Doctor passphrase"), f.id, restricted.object), "the attacher lost it")
        #expect(try Self.opens(try f.base.unlock("Nurse", passphrase: "Nurse passphrase"), f.id, restricted.object))
        #expect(try Self.opens(try f.admin(), f.id, restricted.object))
        #expect(VaultChecker.check(try f.admin()).isClean)
    }

    @Test func theAttacherMayRestrictTheirOwnAttachment() throws {
        let f = try AttachmentFixture()
        _ = try f.base.addMember("Doctor", clearance: .internal)
        let doctor = try f.base.unlock("Doctor", passphrase: "Doctor passphrase")
        let stored = try AttachmentStore(vault: doctor).attach(try f.file(AttachmentFixture.photoBytes(), named: "injury.jpg"), to: f.id)
        let reference = try EvidenceMarking(vault: try f.base.unlock("Doctor", passphrase: "Doctor passphrase")).restrict(stored.object, of: f.id)
        #expect(try Self.opens(try f.base.unlock("Doctor", passphrase: "Doctor passphrase"), f.id,
                               try #require(try AttachmentCatalog(vault: try f.base.unlock("Doctor", passphrase: "Doctor passphrase")).list(f.id)
                                   .items.first { $0.object.hasPrefix(reference) }).object))
        #expect(!(try Self.opens(try f.admin(), f.id, stored.object)))
    }
}
