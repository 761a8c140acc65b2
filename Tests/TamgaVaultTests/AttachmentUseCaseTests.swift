import Foundation
import Testing
import TamgaCore
@testable import TamgaVault

/// The attachment get, redact and restrict use cases called as a front end
/// would, without the CLI (issue 20).
@Suite struct AttachmentUseCaseTests {
    let vault: AttachmentFixture

    init() throws { vault = try AttachmentFixture() }

    /// Attaches `bytes` as the administrator; returns its reference.
    private func attach(_ bytes: [UInt8]) throws -> String {
        let file = try vault.file(bytes)
        let attached = try EvidenceAttachment(vault: try vault.admin()).attach(.init(documentID: vault.id, files: [file]))
        return String(attached[0].stored.object.prefix(AttachmentCatalog.referenceLength))
    }

    @Test func aDownloadWritesTheOriginalAndChecksItsHash() throws {
        let bytes = AttachmentFixture.photoBytes()
        let reference = try attach(bytes)
        let target = vault.base.folder.url.appendingPathComponent("out/evidence.bin")
        let result = try AttachmentDownload(vault: try vault.admin()).get(String(reference.prefix(6)), of: vault.id,
                                                                          to: .file(target, replace: false))
        #expect(result.reference == reference)
        #expect(result.outcome.verified)
        #expect(result.outcome.sha256 == AttachmentFixture.sha256(bytes))
        #expect(try DurableFile.readAll(target) == bytes)
        #expect(throws: VaultError.self) {
            try AttachmentDownload(vault: try vault.admin()).get(reference, of: vault.id, to: .file(target, replace: false))
        }
    }

    /// The checks every output gets, in the use case (not only in the CLI):
    /// never into the vault folder, never through a symbolic link.
    @Test func aDownloadIntoTheVaultOrThroughALinkIsRefused() throws {
        let reference = try attach([1, 2, 3])
        let inVault = vault.base.paths.root.appendingPathComponent("evidence.bin")
        #expect(throws: VaultError.self) {
            try AttachmentDownload(vault: try vault.admin()).get(reference, of: vault.id, to: .file(inVault, replace: false))
        }
        #expect(!FileManager.default.fileExists(atPath: inVault.path))
        let elsewhere = vault.base.folder.url.appendingPathComponent("elsewhere.bin")
        let link = vault.base.folder.url.appendingPathComponent("link.bin")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: elsewhere)
        #expect(throws: VaultError.self) {
            try AttachmentDownload(vault: try vault.admin()).get(reference, of: vault.id, to: .file(link, replace: true))
        }
        #expect(!FileManager.default.fileExists(atPath: elsewhere.path))
    }

    /// Viewers without a restriction would be ignored in silence: refused by the use case, nothing stored.
    @Test func viewersWithoutARestrictionAreRefused() throws {
        let before = vault.vaultFiles().count
        #expect(throws: VaultError.self) {
            try AttachmentStore(vault: try vault.admin()).attach(try vault.file([1, 2, 3]), to: vault.id,
                                                                 request: AttachmentRequest(viewers: ["Admin"]))
        }
        #expect(vault.vaultFiles().count == before)
    }

    /// The listing a front end shows: black-outs counted for a member cleared
    /// internal, unknown (nil) for a State member, who sees no internal file.
    @Test func theListingSaysWhatEachMemberMayKnow() throws {
        let reference = try attach(AttachmentFixture.photoBytes())
        let admin = try vault.admin()
        let item = try AttachmentCatalog(vault: admin).find(vault.id, name: reference)
        try AttachmentRedaction(object: item.object, audience: .state,
                                regions: [RedactionRegion(x: 1, y: 1, width: 2, height: 2), RedactionRegion(x: 5, y: 5, width: 1, height: 1)])
            .record(for: vault.id, in: admin)
        let listed = try AttachmentListing(vault: try vault.admin()).list(vault.id)
        let row = try #require(listed.rows.first)
        #expect(listed.rows.count == 1 && row.reference == reference && row.redactions == [.state: 2] && !row.restricted)
        #expect(row.fileName == AttachmentFixture.secretName && row.addedBy == "Admin" && listed.readsInternal)
        let liaison = try vault.base.addMember("Liaison", clearance: .state)
        let seen = try AttachmentListing(vault: liaison).list(vault.id)
        #expect(seen.rows.isEmpty && seen.aboveClearance == 1 && !seen.readsInternal)
    }

    @Test func anUnknownReferenceIsRefused() throws {
        _ = try attach([1, 2, 3])
        #expect(throws: (any Error).self) {
            try AttachmentDownload(vault: try vault.admin()).get("ffffffffffff", of: vault.id,
                                                                 to: .file(vault.base.folder.url.appendingPathComponent("x"), replace: false))
        }
    }

    @Test func aRestrictionIsRecorded() throws {
        let reference = try attach([1, 2, 3])
        let admin = try vault.admin()
        // Re-encrypted for its viewers (the member alone here): a new reference.
        let renamed = try EvidenceMarking(vault: admin).restrict(reference, of: vault.id)
        #expect(renamed != reference)
        let item = try AttachmentCatalog(vault: try vault.admin()).find(vault.id, name: renamed)
        #expect(try AttachmentRestriction.isRestricted(item, in: try vault.admin()))
    }

    @Test func aRedactionOfSomethingThatIsNoImageIsRefused() throws {
        let reference = try attach(Array("plain text, no image".utf8))
        #expect(throws: (any Error).self) {
            try EvidenceMarking(vault: try vault.admin()).redact(reference, of: vault.id,
                                                                 regions: [try RedactionRegion(parsing: "0,0,1,1")], audience: .state)
        }
    }
}
