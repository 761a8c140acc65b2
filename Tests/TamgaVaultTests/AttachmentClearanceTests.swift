import Foundation
import Testing
import TamgaCore
import TamgaCrypto
@testable import TamgaVault

/// Issue 17: clearance applies to attachments exactly as to documents, and
/// by the keys, not by the command line: a State member opens only State and
/// public attachments, a contributor none, whatever code asks.
@Suite struct AttachmentClearanceTests {
    /// An internal and a State attachment of the fixture's interview; returns their object hashes.
    static func attachBoth(_ f: AttachmentFixture) throws -> (internal: String, state: String) {
        let admin = try f.admin()
        let secret = try AttachmentStore(vault: admin).attach(try f.file(AttachmentFixture.photoBytes()), to: f.id,
                                                              request: AttachmentRequest(level: .internal, depicts: ["D-0042"]))
        let plan = try AttachmentStore(vault: admin).attach(try f.file(Array("floor plan".utf8), named: "plan.pdf"), to: f.id,
                                                            request: AttachmentRequest(level: .state))
        return (secret.object, plan.object)
    }

    @Test func aStateMemberHoldsNoKeyThatOpensAnInternalAttachment() throws {
        let f = try AttachmentFixture()
        let state = try f.base.addMember("Ministry liaison", clearance: .state)
        let objects = try attachBothAndCheckAdminSeesBoth(f)
        let blind = try state.blindID(f.id)
        let internalURL = state.paths.attachments(blind: blind).appendingPathComponent(objects.internal)
        // Neither the description (file name included) nor the content opens with their keys.
        #expect(throws: ObjectFormatError.noKey) { try AttachmentReader.metadata(of: internalURL, keys: state.levelKeys) }
        #expect(throws: ObjectFormatError.noKey) { try AttachmentReader.read(internalURL, keys: state.levelKeys) { _ in } }
        // The listing counts both without describing them: a State-level file is
        // stored under internal's key too, and reaches the State through exports.
        let listing = try AttachmentCatalog(vault: state).list(f.id)
        #expect(listing.items.isEmpty)
        #expect(Set(listing.hidden) == [objects.internal, objects.state])
        // Naming it by its (public) object hash is "not cleared"; by its file name, nothing matches.
        #expect(throws: VaultError.notCleared(member: "Ministry liaison", needed: "opening this attachment (its level is above your clearance)")) {
            try AttachmentCatalog(vault: state).find(f.id, name: String(objects.internal.prefix(12)))
        }
        #expect(throws: VaultError.self) { try AttachmentCatalog(vault: state).find(f.id, name: AttachmentFixture.secretName) }
        // Even handed the item by other code, retrieval writes nothing and logs no read.
        let stolen = AttachmentCatalog.Item(object: objects.internal, path: "attachments/\(blind)/\(objects.internal)", url: internalURL,
                                            metadata: try AttachmentReader.metadata(of: internalURL, keys: try f.admin().levelKeys))
        let destination = f.base.folder.url.appendingPathComponent("out/stolen.jpg")
        #expect(throws: VaultError.notCleared(member: "Ministry liaison", needed: "opening an attachment of level internal")) {
            try AttachmentRetrieval(vault: state).save(stolen, of: f.id, to: destination, replace: false)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: destination.deletingLastPathComponent().path).isEmpty)
        #expect(!(try f.logActions().contains { $0.action == "read" }))
    }

    /// A file marked for the State is stored under internal's key, its level
    /// kept as the lowest audience exports may give it to: what the State
    /// gets is what an export makes of it (blacked out, stripped, consent
    /// checked), never the original (attacker, session 28: a State member's
    /// `get` returned the face the export blacks out, the GPS, and a photo of
    /// a person who had not consented).
    @Test func aStateLevelFileIsSealedToInternalAndReleasedOnlyByExports() throws {
        let f = try AttachmentFixture()
        let state = try f.base.addMember("Ministry liaison", clearance: .state)
        let objects = try Self.attachBoth(f)
        let url = state.paths.attachments(blind: try state.blindID(f.id)).appendingPathComponent(objects.state)
        #expect(throws: ObjectFormatError.noKey) { try AttachmentReader.metadata(of: url, keys: state.levelKeys) }
        let admin = try f.admin()
        let item = try AttachmentCatalog(vault: admin).find(f.id, name: objects.state)
        #expect(item.metadata.level == "internal" && item.metadata.evidence?.release == "state" && item.metadata.exportLevel == "state")
        for (audience, withheld) in [(Audience.internal, false), (.state, false), (.public, true)] {
            #expect((AttachmentExporter.withholding(item.metadata, for: audience) == .level) == withheld, "\(audience)")
        }
        // An internal file has no release level: exports keep it in.
        let secret = try AttachmentCatalog(vault: admin).find(f.id, name: objects.internal)
        #expect(secret.metadata.evidence?.release == nil && AttachmentExporter.withholding(secret.metadata, for: .state) == .level)
    }

    @Test func aContributorOpensNoAttachmentNotEvenItsOwn() throws {
        let f = try AttachmentFixture()
        let field = try f.base.addMember("Field laptop", clearance: .contributor)
        try f.base.addDocument("VR-9", as: field)
        let own = try AttachmentStore(vault: field).attach(try f.file(Array("photo".utf8), named: "p.jpg"), to: "VR-9")
        let objects = try attachBothAndCheckAdminSeesBoth(f)
        for (id, object) in [("VR-9", own.object), (f.id, objects.internal), (f.id, objects.state)] {
            let url = field.paths.attachments(blind: try field.blindID(id)).appendingPathComponent(object)
            #expect(throws: ObjectFormatError.noKey) { try AttachmentReader.metadata(of: url, keys: field.levelKeys) }
            #expect(throws: ObjectFormatError.noKey) { try AttachmentReader.read(url, keys: field.levelKeys) { _ in } }
        }
        #expect(try AttachmentCatalog(vault: field).list(f.id).items.isEmpty)
        #expect(try AttachmentCatalog(vault: field).list(f.id).aboveClearance == 2)
        #expect(try AttachmentCatalog(vault: field).list("VR-9").aboveClearance == 1)
    }

    @Test func aContributorCannotNameWhomAFileDepicts() throws {
        let f = try AttachmentFixture()
        let field = try f.base.addMember("Field laptop", clearance: .contributor)
        try f.base.addDocument("VR-9", as: field)
        #expect(throws: VaultError.self) {
            try AttachmentStore(vault: field).attach(try f.file([1]), to: "VR-9", request: AttachmentRequest(depicts: ["D-0042"]))
        }
        #expect(try AttachmentCatalog(vault: try f.admin()).list("VR-9").items.isEmpty)
    }

    /// Nobody cleared internal has looked at a contributor's file, so it
    /// never leaves unreviewed: the contributor cannot store it below
    /// internal, and exports treat any file a contributor stored as
    /// internal, whatever level it claims (a modified client).
    @Test func aContributorsFileStaysInternalAndLeavesForNoOtherAudience() throws {
        let f = try AttachmentFixture()
        let field = try f.base.addMember("Field laptop", clearance: .contributor)
        try f.base.addDocument("VR-9", as: field)
        for level in [Level.state, .public] {
            #expect(throws: VaultError.self) {
                try AttachmentStore(vault: field).attach(try f.file(Array("face".utf8), named: "face.jpg"), to: "VR-9", level: level)
            }
        }
        let admin = try f.admin()
        #expect(try AttachmentCatalog(vault: admin).list("VR-9").items.isEmpty)
        let own = try AttachmentStore(vault: field).attach(try f.file(Array("face".utf8), named: "face.jpg"), to: "VR-9")
        #expect(own.level == .internal)
        let objects = try Self.attachBoth(f)
        let evidence = try EvidenceLog.load(try f.admin())
        let items = try AttachmentCatalog(vault: admin).list("VR-9").items + AttachmentCatalog(vault: admin).list(f.id).items
        let contributed = Set(items.filter { evidence.contributorStored($0.path) }.map(\.object))
        #expect(contributed == [own.object])
        #expect(!contributed.contains(objects.state) && !contributed.contains(objects.internal))
        // Re-encrypted by an internal member's rekey, under a new name: still the contributor's file.
        _ = try f.base.addMember("Leaving", clearance: .internal)
        _ = try MemberAdministration(vault: try f.admin()).remove(name: "Leaving")
        _ = try Rekey.run(try f.admin(), level: .internal)
        let rekeyed = try #require(try AttachmentCatalog(vault: try f.admin()).list("VR-9").items.first)
        #expect(rekeyed.object != own.object)
        #expect(try EvidenceLog.load(try f.admin()).contributorStored(rekeyed.path))
        // A lower level claimed by a contributor's file counts for nothing.
        let claimed = PartMetadata(document: "VR-9", level: Level.public.rawValue, revision: 1, kind: "attachment", title: nil,
                                   date: "2014-10-28", facility: nil, created: "2014-10-28T00:00:00Z", author: "Field laptop")
        for audience in [Audience.state, .public] {
            #expect(AttachmentExporter.withholding(claimed, for: audience, contributed: true) == .level)
            #expect(AttachmentExporter.withholding(claimed, for: audience, contributed: false) == nil)
        }
        #expect(AttachmentExporter.withholding(claimed, for: .internal, contributed: true) == nil)
    }

    /// `attachBoth`, and the administrator (cleared internal) lists both.
    private func attachBothAndCheckAdminSeesBoth(_ f: AttachmentFixture) throws -> (internal: String, state: String) {
        let objects = try Self.attachBoth(f)
        let listing = try AttachmentCatalog(vault: try f.admin()).list(f.id)
        #expect(Set(listing.items.map(\.object)) == [objects.internal, objects.state] && listing.aboveClearance == 0)
        return objects
    }
}
