import Foundation
import Testing
import TamgaCore
import TamgaCrypto
@testable import TamgaVault

/// An attachment stored at level state before session 28 was sealed to the
/// State's key: a member cleared for the State opened the original, its
/// black-outs not applied. `check` names it, and a rekey by an
/// administrator cleared internal moves it under internal's key, keeping
/// its export level, its hash and its black-outs.
@Suite struct AttachmentResealTests {
    /// Stores `bytes` the way tamga did before: sealed to `level`'s key, metadata level `level`.
    static func legacyAttachment(_ bytes: [UInt8], level: Level, in f: AttachmentFixture) throws -> String {
        let admin = try f.admin()
        let source = try f.file(bytes, named: "old-photo.jpg")
        let input = open(source.path, O_RDONLY | O_CLOEXEC)
        defer { close(input) }
        let key = try admin.currentKey(level)
        let directory = admin.paths.attachments(blind: try admin.blindID(f.id))
        let metadata = PartMetadata(document: f.id, level: level.rawValue, revision: 1, kind: "attachment", title: nil, date: "2014-10-28",
                                    facility: nil, created: "2014-10-28T00:00:00Z", author: admin.identity.fingerprint,
                                    fileName: "old-photo.jpg", size: bytes.count,
                                    evidence: AttachmentDetails(sha256: AttachmentFixture.sha256(bytes), depicts: ["D-0042"], consent: ["state"]))
        let made = try AttachmentStore(vault: admin).write(
            input, size: Int64(bytes.count), fileKey: try SecureRandom.secretBytes(count: 32),
            fields: ObjectHeaderFields(kind: .attachment, level: level, epoch: UInt32(key.epoch), revision: SecureRandom.bytes(count: 16)),
            levelKey: key.publicKey, into: directory) { metadata }
        #expect(rename(made.temporary.path, directory.appendingPathComponent(made.object).path) == 0)
        _ = try admin.log(LogAction(action: "attach", document: f.id, level: level.rawValue, hash: made.object),
                          objects: ["attachments/\(try admin.blindID(f.id))/\(made.object)"])
        return made.object
    }

    @Test func aStateSealedAttachmentIsMovedUnderTheInternalKeyByRekey() throws {
        let f = try AttachmentFixture()
        let liaison = try f.base.addMember("Liaison", clearance: .state)
        let bytes = AttachmentFixture.photoBytes()
        let old = try Self.legacyAttachment(bytes, level: .state, in: f)
        let region = AttachmentRedaction(object: old, audience: .state, regions: [RedactionRegion(x: 1, y: 1, width: 2, height: 2)])
        try region.record(for: f.id, in: try f.admin())
        let oldURL = f.base.paths.attachments(blind: try liaison.blindID(f.id)).appendingPathComponent(old)
        // The flaw: the State member opens the original.
        #expect((try? AttachmentReader.read(oldURL, keys: liaison.levelKeys) { _ in }) != nil)
        #expect(VaultChecker.check(try f.admin()).warnings.contains { $0.path.hasSuffix(old) && $0.problem.contains("sealed to the state key") })

        _ = try VaultRekey(vault: try f.admin()).run(.allHeld)
        let admin = try f.admin()
        let item = try #require(try AttachmentCatalog(vault: admin).list(f.id).items.first { $0.metadata.fileName == "old-photo.jpg" })
        #expect(item.object != old && !FileManager.default.fileExists(atPath: oldURL.path))
        #expect(item.metadata.level == "internal" && item.metadata.exportLevel == "state")
        #expect(item.metadata.evidence?.depicts == ["D-0042"] && item.metadata.evidence?.consent == ["state"])
        #expect(try AttachmentReader.read(item.url, keys: admin.levelKeys) { _ in }.sha256 == AttachmentFixture.sha256(bytes))
        #expect(try AttachmentRedaction.all(for: item.object, in: admin).map(\.regions) == [region.regions])
        #expect(throws: ObjectFormatError.noKey) { try AttachmentReader.read(item.url, keys: liaison.levelKeys) { _ in } }
        let report = VaultChecker.check(admin)
        #expect(report.isClean && !report.warnings.contains { $0.problem.contains("sealed to the state key") })
    }
}
