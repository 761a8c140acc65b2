import Foundation
import Testing
import TamgaCore
import TamgaCrypto
@testable import TamgaVault

/// Issue 17, intake and getting back at the storage level: the original's
/// hash in the metadata and the signed log, whom it depicts, the file name
/// only inside the encryption, a byte-identical and verified way back, and
/// `--wipe` only after the stored copy read back as the original.
@Suite struct AttachmentIntakeTests {
    @Test func intakeRecordsTheOriginalsHashAndDetailsButNeverTheNameInTheClear() throws {
        let f = try AttachmentFixture()
        let bytes = AttachmentFixture.photoBytes()
        let request = AttachmentRequest(level: .internal, depicts: ["D-0042"], consent: ["state"], caption: "Left forearm")
        let stored = try AttachmentStore(vault: try f.admin()).attach(try f.file(bytes), to: f.id, request: request)
        #expect(stored.sha256 == AttachmentFixture.sha256(bytes))
        #expect(stored.object != stored.sha256)  // the object is named by its ciphertext
        let listing = try AttachmentCatalog(vault: try f.admin()).list(f.id)
        let item = try #require(listing.items.first)
        #expect(listing.items.count == 1 && listing.aboveClearance == 0)
        #expect(item.metadata.fileName == AttachmentFixture.secretName)
        #expect(item.metadata.size == bytes.count)
        #expect(item.metadata.evidence == AttachmentDetails(sha256: stored.sha256, depicts: ["D-0042"], consent: ["state"],
                                                            caption: "Left forearm"))
        // The chain of custody: the signed entry that commits the object holds the original's hash.
        let attach = try #require(try f.logActions().first { $0.action == "attach" })
        #expect(attach.original == stored.sha256 && attach.hash == stored.object)
        let actionText = String(decoding: try JSONEncoder().encode(attach), as: UTF8.self)
        #expect(!actionText.contains("Sadykov") && !actionText.contains(".jpg"))
        // Nowhere in the vault in the clear, neither as a path nor inside a file.
        let name = Array(AttachmentFixture.secretName.utf8)
        for (path, content) in f.vaultFiles() {
            #expect(!path.contains("Sadykov") && !path.contains(".jpg"), "\(path)")
            #expect(!content.withUnsafeBufferPointer { $0.elementsEqual(name) || Self.contains($0, name) }, "\(path)")
        }
    }

    @Test func anUnknownPersonIsRefusedAndNothingIsStored() throws {
        let f = try AttachmentFixture()
        let before = f.vaultFiles().map(\.path).sorted()
        let request = AttachmentRequest(depicts: ["D-0042", "D-9999"])
        #expect(throws: VaultError.personNotInDocument(id: "D-9999", document: f.id)) {
            try AttachmentStore(vault: try f.admin()).attach(try f.file([1, 2, 3]), to: f.id, request: request)
        }
        #expect(f.vaultFiles().map(\.path).sorted() == before)
        #expect(VaultError.personNotInDocument(id: "D-9999", document: f.id).failureClass == .missingInput)
    }

    @Test func getBackIsByteIdenticalPrivateAndLoggedAsARead() throws {
        let f = try AttachmentFixture()
        let bytes = AttachmentFixture.photoBytes()
        let stored = try AttachmentStore(vault: try f.admin()).attach(try f.file(bytes), to: f.id)
        let vault = try f.admin()
        let item = try AttachmentCatalog(vault: vault).find(f.id, name: String(stored.object.prefix(6)))
        let destination = f.base.folder.url.appendingPathComponent("out/evidence.bin")
        let outcome = try AttachmentRetrieval(vault: vault).save(item, of: f.id, to: destination, replace: false)
        #expect(outcome.verified && outcome.sha256 == stored.sha256 && outcome.byteCount == Int64(bytes.count))
        #expect(try [UInt8](Data(contentsOf: destination)) == bytes)
        let mode = try FileManager.default.attributesOfItem(atPath: destination.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let read = try #require(try f.logActions().first { $0.action == "read" })
        #expect(read.document == f.id && read.hash == stored.object && read.original == stored.sha256)
        // An existing file is not replaced without being asked to.
        #expect(throws: VaultError.self) { try AttachmentRetrieval(vault: vault).save(item, of: f.id, to: destination, replace: false) }
        try AttachmentRetrieval(vault: vault).save(item, of: f.id, to: destination, replace: true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: destination.deletingLastPathComponent().path) == ["evidence.bin"])
    }

    @Test func contentThatDoesNotMatchTheRecordedHashIsRefusedAndNothingIsLeft() throws {
        let f = try AttachmentFixture()
        let vault = try f.admin()
        let bytes = AttachmentFixture.photoBytes(70_000)
        let object = try Self.storeRaw(bytes, recorded: AttachmentFixture.sha256(bytes + [0]), in: f, vault: vault)
        let item = try AttachmentCatalog(vault: vault).find(f.id, name: object)
        let folder = f.base.folder.url.appendingPathComponent("out")
        #expect(throws: VaultError.damaged(path: item.path, problem: "its content does not match the SHA-256 recorded when it was attached")) {
            try AttachmentRetrieval(vault: vault).save(item, of: f.id, to: folder.appendingPathComponent("x.bin"), replace: false)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        #expect(!(try f.logActions().contains { $0.action == "read" }))
    }

    @Test func anAttachmentMadeBeforeHashesStillListsAndOpens() throws {
        // The metadata an older tamga wrote: no `evidence` key at all.
        let old = #"{"author":"ab","created":"2014-10-28T10:00:00.000Z","date":"2014-10-28","document":"INT-7","fileName":"a.jpg","kind":"attachment","level":"internal","revision":1,"size":3}"#
        let decoded = try JSONDecoder().decode(PartMetadata.self, from: Data(old.utf8))
        #expect(decoded.evidence == nil && decoded.fileName == "a.jpg")
        let f = try AttachmentFixture()
        let vault = try f.admin()
        let object = try Self.storeRaw([7, 8, 9], recorded: nil, in: f, vault: vault)
        let item = try AttachmentCatalog(vault: vault).find(f.id, name: object)
        let destination = f.base.folder.url.appendingPathComponent("old.bin")
        let outcome = try AttachmentRetrieval(vault: vault).save(item, of: f.id, to: destination, replace: false)
        #expect(!outcome.verified && outcome.sha256 == AttachmentFixture.sha256([7, 8, 9]))
    }

    @Test func wipeRemovesTheSourceOnlyAfterTheStoredCopyReadsBack() throws {
        let f = try AttachmentFixture()
        let bytes = AttachmentFixture.photoBytes()
        let source = try f.file(bytes)
        let field = try f.base.addMember("Field", clearance: .contributor)
        try f.base.addDocument("VR-9", as: field)
        // A contributor holds no level key, yet its wipe is verified (with the file key it just used).
        let stored = try AttachmentStore(vault: field).attach(source, to: "VR-9", request: AttachmentRequest(wipe: true))
        #expect(stored.wiped && !FileManager.default.fileExists(atPath: source.path))
        let vault = try f.admin()
        let item = try AttachmentCatalog(vault: vault).find("VR-9", name: stored.object)
        let back = f.base.folder.url.appendingPathComponent("back.jpg")
        try AttachmentRetrieval(vault: vault).save(item, of: "VR-9", to: back, replace: false)
        #expect(try [UInt8](Data(contentsOf: back)) == bytes)
    }

    @Test func wipeOverwritesAndLeavesAnotherFileAtTheSamePathAlone() throws {
        let f = try AttachmentFixture()
        let source = try f.file([1, 2, 3, 4], named: "a.jpg")
        let other = f.base.folder.url.appendingPathComponent("a-link.jpg")
        try FileManager.default.linkItem(at: source, to: other)
        let fd = open(source.path, O_RDONLY)
        let identity = try #require(SourceWipe.identity(of: fd))
        close(fd)
        #expect(try SourceWipe.wipe(source, expected: identity, label: "the file") == 1)
        #expect(!FileManager.default.fileExists(atPath: source.path))
        #expect(try [UInt8](Data(contentsOf: other)) == [0, 0, 0, 0])  // the other link now holds zeros
        // A file put at the path since it was read is not the one stored: left alone.
        let swapped = try f.file([5, 6], named: "a.jpg")
        #expect(throws: StorageError.self) { try SourceWipe.wipe(swapped, expected: identity, label: "the file") }
        #expect(try [UInt8](Data(contentsOf: swapped)) == [5, 6])
    }

    /// Stores an attachment whose metadata records `recorded` as the
    /// original's hash (nil: none, as before issue 17), committed by a log entry.
    static func storeRaw(_ bytes: [UInt8], recorded: String?, in f: AttachmentFixture, vault: UnlockedVault) throws -> String {
        let source = try f.file(bytes, named: "raw.bin")
        let input = open(source.path, O_RDONLY)
        defer { close(input) }
        let key = try vault.currentKey(.internal)
        let metadata = PartMetadata(document: f.id, level: "internal", revision: 1, kind: "attachment", title: nil, date: "2014-10-28",
                                    facility: nil, created: Timestamp.now(), author: vault.identity.fingerprint, fileName: "raw.bin",
                                    size: bytes.count, evidence: recorded.map { AttachmentDetails(sha256: $0) })
        let blind = try vault.blindID(f.id)
        let directory = vault.paths.attachments(blind: blind)
        let revision = SecureRandom.bytes(count: 16)
        let written = try AttachmentStore(vault: vault).write(
            input, size: Int64(bytes.count), fileKey: try SecureRandom.secretBytes(count: 32),
            fields: ObjectHeaderFields(kind: .attachment, level: .internal, epoch: UInt32(key.epoch), revision: revision),
            levelKey: key.publicKey, into: directory) { metadata }
        #expect(rename(written.temporary.path, directory.appendingPathComponent(written.object).path) == 0)
        try vault.log(LogAction(action: "attach", document: f.id, level: "internal", hash: written.object),
                      revisions: [Hex.encode(revision)], objects: ["attachments/\(blind)/\(written.object)"])
        return written.object
    }

    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count, let first = needle.first else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
