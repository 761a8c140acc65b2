import Foundation
import Testing
import TamgaCore
import TamgaCrypto
import TamgaTestSupport
@testable import TamgaVault

/// Crypto-shredding (issue 18): in a vault of format 3 every part and
/// attachment is sealed to its document's data key, so a copy of the vault
/// taken before a destruction opens the document only while it still holds
/// the document's data-key files, and the bulk ciphertext alone opens
/// nothing, whatever member key opens it.
@Suite struct DocumentKeyShreddingTests {
    static let id = DocumentDestructionTests.id

    /// Every object file under the document's folders, with its bytes.
    static func objects(of blinds: [String], in root: URL) throws -> [(path: String, bytes: [UInt8])] {
        try blinds.flatMap { blind in
            ["documents/\(blind)", "attachments/\(blind)"].flatMap { folder -> [String] in
                let url = root.appendingPathComponent(folder)
                guard let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) else { return [] }
                return walker.compactMap { ($0 as? URL).flatMap { FileManager.default.fileExists(atPath: $0.path + "/.") ? nil : $0.path } }
                    .filter { !($0 as NSString).lastPathComponent.hasPrefix(".") }
            }
        }.map { path in (String(path.dropFirst(root.path.count + 1)), try DurableFile.readAll(URL(fileURLWithPath: path))) }
    }

    static func attachPhoto(_ f: InsiderFixture) throws {
        let photo = f.base.folder.url.appendingPathComponent("photo.jpg")
        try Data([0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 7, count: 5000)).write(to: photo)
        _ = try AttachmentStore(vault: try f.admin()).attach(photo, to: id)
    }

    @Test func everyPartAndAttachmentIsSealedToADataKeyOfItsLevel() throws {
        let f = try InsiderFixture()
        try Self.attachPhoto(f)
        let admin = try f.admin()
        #expect(admin.usesDocumentKeys)
        let blinds = try admin.blindIDs(Self.id)
        let objects = try Self.objects(of: blinds, in: admin.paths.root)
        #expect(objects.count >= 4, "\(objects.map(\.path))")
        let levelKeysOnly = admin.levelKeys.withoutDocumentKeys
        for object in objects {
            let header = try VaultObject.header(of: object.bytes)
            // No level key opens it: only the document's data key does.
            #expect(levelKeysOnly.keyPair(level: header.level, keyID: header.keyID) == nil, "\(object.path) is sealed to a level key")
            if header.kind == .documentPart { #expect(throws: Never.self) { _ = try VaultObject.open(object.bytes, keys: admin.levelKeys) } }
        }
        // The data keys are live objects of the log, one per level here.
        let live = try VaultIndex.load(admin).commits.liveObjects.filter { $0.hasPrefix("datakeys/") }
        #expect(Set(live.map { $0.split(separator: "/")[2] }) == ["internal", "state", "public"])
        #expect(VaultChecker.check(admin).isClean, "\(VaultChecker.check(admin).problems)")
        // Clearance stays cryptographic: a State member opens the State part, never the internal data key.
        let state = try f.base.addMember("Reader", clearance: .state)
        #expect(try DocumentCatalog(vault: state).newest(Self.id).content.count > 0)
        for object in objects {
            let header = try VaultObject.header(of: object.bytes)
            if header.level == .internal { #expect(state.levelKeys.keyPair(level: .internal, keyID: header.keyID) == nil) }
        }
    }

    @Test func aCopyTakenBeforeOpensTheDocumentOnlyWhileItKeepsTheDataKeys() throws {
        let f = try InsiderFixture()
        try Self.attachPhoto(f)
        let admin = try f.admin()
        let blinds = try admin.blindIDs(Self.id)
        let backup = f.base.folder.url.appendingPathComponent("backup")
        try FileManager.default.copyItem(at: admin.paths.root, to: backup)
        func unlockBackup() throws -> UnlockedVault {
            try UnlockedVault.unlock(VaultPaths(root: backup), memberName: "Admin", allowTestParameters: true) { try VaultFixture.passphrase() }
        }
        _ = try VaultIndex.load(try unlockBackup())  // this machine knows the copy before the destruction (a member's own backup)
        _ = try DocumentDestruction(vault: admin).destroy(Self.id, reason: "erasure asked")
        #expect(!FileManager.default.fileExists(atPath: admin.paths.root.appendingPathComponent("datakeys/\(blinds[0])").path))

        // The backup holds the data keys: it still opens the document (the limit docs/retention.md names).
        #expect(try DocumentReading(vault: try unlockBackup()).read(Self.id).content.count > 0)

        // Its data keys gone (rotated out of the backups, or tidied), its ciphertext opens with nothing:
        // not with the administrator's keys of every level and epoch, not with any document key left.
        for blind in blinds { try? FileManager.default.removeItem(at: backup.appendingPathComponent("datakeys/\(blind)")) }
        let stripped = try unlockBackup()
        let objects = try Self.objects(of: blinds, in: backup)
        #expect(objects.count >= 4)
        for object in objects {
            #expect(throws: ObjectFormatError.noKey) { _ = try VaultObject.open(object.bytes, keys: stripped.levelKeys) }
        }
        #expect(throws: (any Error).self) { _ = try DocumentReading(vault: stripped).read(Self.id) }
        // And the bulk ciphertext copied next to the destroyed vault opens nothing there either.
        for object in objects {
            #expect(throws: ObjectFormatError.noKey) { _ = try VaultObject.open(object.bytes, keys: try f.admin().levelKeys) }
        }
    }

    @Test func aContributorsDataKeyNeverSealsWhatMembersClearedInternalWrite() throws {
        let f = try InsiderFixture()
        let contributor = try f.base.addMember("Visitor", clearance: .contributor)
        let source = String(decoding: f.interview, as: UTF8.self).replacingOccurrences(of: "id: INT-2014-044", with: "id: INT-2014-046")
        try f.add(Array(source.utf8), as: contributor)
        let admin = try f.admin()
        let blind = try admin.blindID("INT-2014-046")
        let contributorKeys = try VaultIndex.load(admin).commits.liveObjects.filter { $0.hasPrefix("datakeys/\(blind)/internal/") }
        #expect(contributorKeys.count == 1)
        // The contributor made that key's secret; a revision by a member cleared internal gets a key of its own.
        try f.add(Array(source.replacingOccurrences(of: "title:", with: "title: Revised").utf8), as: admin)
        let after = try VaultIndex.load(try f.admin()).commits.liveObjects.filter { $0.hasPrefix("datakeys/\(blind)/internal/") }
        #expect(after.count == 2, "\(after)")
        let contributorKeyID = try VaultObject.keyID(of: try VaultObject.header(of: try DurableFile.readAll(
            admin.paths.root.appendingPathComponent(contributorKeys.first!))).contentTag)
        let revisions = try DocumentStore(vault: admin).revisionHeaders(blind: blind, index: try admin.commitIndex())
        #expect(revisions.count == 2)
        #expect(revisions.filter { $0.header.keyID == contributorKeyID }.count == 1, "the member's revision reused the contributor's data key")
        let report = VaultChecker.check(try f.admin())
        #expect(report.isClean, "\(report.problems)")
    }

    @Test func aDataKeyWrittenBelowItsClearanceOrRemovedAloneIsRefusedByEveryReader() throws {
        let f = try InsiderFixture()
        let admin = try f.admin()
        let blind = try admin.blindID(Self.id)
        let stateKey = try #require(try VaultIndex.load(admin).commits.liveObjects.first { $0.hasPrefix("datakeys/\(blind)/state/") })
        // An internal member superseding a data key alone (a deletion without a tombstone).
        let insider = try f.base.addMember("Insider", clearance: .internal)
        try insider.log(LogAction(action: "refresh", note: "x"), removed: [stateKey])
        // A contributor writing a State data key.
        let contributor = try f.base.addMember("Visitor", clearance: .contributor)
        try contributor.log(LogAction(action: "add", document: "INT-2014-099", revision: 1),
                            objects: ["datakeys/\(blind)/state/" + String(repeating: "a", count: 64)])
        let index = try VaultIndex.load(try f.admin())
        #expect(index.refused.count == 2, "\(index.refused)")
        #expect(index.commits.isLive(stateKey))
    }

    @Test func aFormatTwoVaultKeepsSealingToTheLevelKeys() throws {
        let folder = try TemporaryFolder("tamga-format2")
        let paths = VaultPaths(root: folder.url.appendingPathComponent("vault"))
        _ = try VaultCreation.create(at: paths, administrator: "Admin", passphrase: try VaultFixture.passphrase(),
                                     strength: .testOnlyFast, documentKeys: false)
        func unlock() throws -> UnlockedVault {
            try UnlockedVault.unlock(paths, memberName: "Admin", allowTestParameters: true) { try VaultFixture.passphrase() }
        }
        let admin = try unlock()
        #expect(!admin.usesDocumentKeys)
        #expect(try String(contentsOf: paths.config, encoding: .utf8).contains("2\""))
        let source = Array("---\nid: VR-2014-001\nkind: visit-report\ndate: 2014-10-28\n---\ntext\n".utf8)
        try DocumentStore(vault: admin).add(DocumentSubmission(id: "VR-2014-001", kind: "visit-report", date: "2014-10-28", source: source,
                                                               parts: [.internal: .init(content: source, title: nil, facility: nil)]))
        #expect(!FileManager.default.fileExists(atPath: admin.paths.dataKeys.path))
        let blind = try admin.blindID("VR-2014-001")
        let folderURL = paths.parts(blind: blind, level: .internal)
        for name in VaultPaths.fileNames(in: folderURL) {
            let header = try VaultObject.header(of: try DurableFile.readAll(folderURL.appendingPathComponent(name)))
            #expect(admin.levelKeys.withoutDocumentKeys.keyPair(level: .internal, keyID: header.keyID) != nil)
        }
        let report = VaultChecker.check(try unlock())
        #expect(report.isClean, "\(report.problems)")
    }

    /// config.json is not signed: turning format 3 into 2 (one bit: "3" xor 1
    /// is "2") would make writers stop using data keys. The signed keyring
    /// says which, and a config that disagrees is refused, both ways.
    @Test func aConfigThatDisagreesWithTheSignedKeyringIsRefused() throws {
        let f = try VaultFixture()
        let original = try String(contentsOf: f.paths.config, encoding: .utf8)
        let downgraded = original.replacingOccurrences(of: "vault\\/3", with: "vault\\/2").replacingOccurrences(of: "vault/3", with: "vault/2")
        #expect(downgraded != original)
        try downgraded.write(to: f.paths.config, atomically: false, encoding: .utf8)
        #expect(throws: VaultError.self) { _ = try f.unlock() }
        try original.write(to: f.paths.config, atomically: false, encoding: .utf8)
        #expect(try f.unlock().usesDocumentKeys)
    }
}
