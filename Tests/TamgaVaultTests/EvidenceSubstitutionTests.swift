import Foundation
import Testing
import TamgaCore
import TamgaCrypto
#if canImport(Glibc)
import Glibc
#endif
@testable import TamgaVault

/// An internal insider "re-encrypts" a photograph into another file of their
/// own: the new object's metadata carries the substitute's own SHA-256, so
/// the object is self-consistent, and the re-encryption entry is authorized
/// (an internal member may rekey). Only the `attach` entry's recorded
/// original tells the two apart (`AttachmentCustody`).
@Suite struct EvidenceSubstitutionTests {
    /// Writes `bytes` as an attachment object next to `stored`, with `stored`'s
    /// metadata except the hash and size, sealed to the current internal key:
    /// what a modified copy of tamga can do with an internal member's keys.
    static func substitute(_ bytes: [UInt8], for object: String, of id: String, fixture f: AttachmentFixture,
                           insider: UnlockedVault) throws -> (object: String, path: String) {
        let blind = try insider.blindID(id)
        let folder = insider.paths.root.appendingPathComponent("attachments/\(blind)")
        let original = folder.appendingPathComponent(object)
        let header = try AttachmentReader.header(of: original)
        var metadata = try AttachmentReader.metadata(of: original, keys: insider.levelKeys)
        metadata.evidence?.sha256 = AttachmentFixture.sha256(bytes)
        metadata.size = bytes.count
        let source = try f.file(bytes, named: "other.jpg")
        let fd = open(source.path, O_RDONLY | O_CLOEXEC)
        defer { close(fd) }
        let key = try UnlockedVault.newestKey(.internal, in: insider.keyring)
        let made = try AttachmentStore(vault: insider).write(
            fd, size: Int64(bytes.count), fileKey: try SecureRandom.secretBytes(count: 32),
            fields: ObjectHeaderFields(kind: .attachment, level: .internal, epoch: UInt32(key.epoch), revision: header.revision,
                                       parents: header.parents, contentTag: header.contentTag),
            levelKey: key.publicKey, into: folder) { metadata }
        #expect(rename(made.temporary.path, folder.appendingPathComponent(made.object).path) == 0)
        return (made.object, "attachments/\(blind)/\(made.object)")
    }

    static func stored(_ f: AttachmentFixture) throws -> (stored: AttachmentStore.Stored, insider: UnlockedVault) {
        _ = try f.base.addMember("Insider", clearance: .internal)
        let stored = try AttachmentStore(vault: try f.admin()).attach(try f.file(AttachmentFixture.photoBytes(), named: "injury.jpg"), to: f.id)
        return (stored, try f.base.unlock("Insider", passphrase: "Insider passphrase"))
    }

    @Test func aReencryptionIntoAnotherFileIsNamedAtEveryRead() throws {
        let f = try AttachmentFixture()
        let (stored, insider) = try Self.stored(f)
        let other = AttachmentFixture.photoBytes(2 * 64 * 1024 + 77).map { $0 ^ 0x5A }
        let made = try Self.substitute(other, for: stored.object, of: f.id, fixture: f, insider: insider)
        let oldPath = "attachments/\(try insider.blindID(f.id))/\(stored.object)"
        try insider.log(LogAction(action: AttachmentRekey.action, document: f.id, level: "internal", hash: made.object, replaces: stored.object),
                        objects: [made.path], removed: [oldPath])

        let admin = try f.admin()
        let items = try AttachmentCatalog(vault: admin).list(f.id).items
        let item = try #require(items.first { $0.object == made.object }, "the re-encryption was not taken")
        let out = f.base.paths.root.deletingLastPathComponent().appendingPathComponent("got-\(UUID().uuidString).jpg")
        #expect(throws: VaultError.self) { try AttachmentRetrieval(vault: admin).save(item, of: f.id, to: out, replace: false) }
        #expect(!FileManager.default.fileExists(atPath: out.path), "the substitute was written out")
        let report = VaultChecker.check(admin)
        #expect(report.problems.contains { $0.problem.contains("not the original the signed log recorded") })
    }

    @Test func aSecondAttachEntryForTheSubstituteIsNamedToo() throws {
        let f = try AttachmentFixture()
        let (stored, insider) = try Self.stored(f)
        let other = AttachmentFixture.photoBytes(64 * 1024 + 5).map { $0 ^ 0x33 }
        let made = try Self.substitute(other, for: stored.object, of: f.id, fixture: f, insider: insider)
        let oldPath = "attachments/\(try insider.blindID(f.id))/\(stored.object)"
        try insider.log(LogAction(action: AttachmentRekey.action, document: f.id, level: "internal", hash: made.object, replaces: stored.object),
                        objects: [made.path], removed: [oldPath])
        try insider.log(LogAction(action: "attach", document: f.id, level: "internal", hash: made.object,
                                  original: AttachmentFixture.sha256(other)), objects: [made.path])

        let admin = try f.admin()
        let item = try #require(try AttachmentCatalog(vault: admin).list(f.id).items.first { $0.object == made.object })
        let out = f.base.paths.root.deletingLastPathComponent().appendingPathComponent("got-\(UUID().uuidString).jpg")
        #expect(throws: VaultError.self) { try AttachmentRetrieval(vault: admin).save(item, of: f.id, to: out, replace: false) }
        #expect(VaultChecker.check(admin).problems.contains { $0.problem.contains("different originals") })
    }

    @Test func anHonestRekeyStillReads() throws {
        let f = try AttachmentFixture()
        let (stored, _) = try Self.stored(f)
        _ = try f.base.addMember("Leaving", clearance: .internal)
        _ = try MemberAdministration(vault: try f.admin()).remove(name: "Leaving")
        _ = try Rekey.run(try f.admin(), level: .internal)
        let admin = try f.admin()
        let item = try #require(try AttachmentCatalog(vault: admin).list(f.id).items.first)
        #expect(item.object != stored.object, "the rekey did not re-encrypt")
        let out = f.base.paths.root.deletingLastPathComponent().appendingPathComponent("got-\(UUID().uuidString).jpg")
        let outcome = try AttachmentRetrieval(vault: admin).save(item, of: f.id, to: out, replace: false)
        #expect(outcome.verified && outcome.sha256 == stored.sha256)
        #expect(VaultChecker.check(admin).isClean)
    }
}
