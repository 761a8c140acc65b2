import Foundation
import Testing
import TamgaCore
import TamgaCrypto
import TamgaTestSupport
@testable import TamgaVault

/// Issue 14, findings 3, 7 and 8: keys a removed member held are replaced;
/// keyrings signed by a removed administrator are refused without stopping
/// reads; a swapped sealed index key is refused.
@Suite struct KeyRotationTests {
    /// An administrator who is then removed (kept unlocked, as the insider keeps their keys).
    static func removedAdministrator(_ fixture: VaultFixture) throws -> UnlockedVault {
        let key = try MemberInvitation.create(in: fixture.paths, name: "Old admin", passphrase: try VaultFixture.passphrase("Old admin passphrase"),
                                              strength: .testOnlyFast)
        try MemberAdministration(vault: try fixture.unlock()).add(name: "Old admin", key: key, clearance: .internal, administrator: true)
        let old = try fixture.unlock("Old admin", passphrase: "Old admin passphrase")
        _ = try MemberAdministration(vault: try fixture.unlock()).remove(name: "Old admin")
        return old
    }

    @Test func onlyMembersClearedInternalHoldTheExportKey() throws {
        let fixture = try VaultFixture()
        let state = try fixture.addMember("Liaison", clearance: .state)
        #expect(state.exportSigning == nil)
        for epoch in VaultPaths.fileNames(in: fixture.paths.signingKeys) {
            #expect(!SealedKeyFolder(fixture.paths.signingKeys.appendingPathComponent(epoch)).holders.contains(state.member.fingerprint))
        }
        #expect(try fixture.unlock().exportSigning != nil)
    }

    @Test func removingAnyMemberReplacesTheExportKeyWithACertifiedOne() throws {
        let fixture = try VaultFixture()
        let before = try fixture.unlock()
        let oldKey = try #require(before.exportSigning)
        _ = try fixture.addMember("Liaison", clearance: .state)
        _ = try MemberAdministration(vault: try fixture.unlock()).remove(name: "Liaison")
        let after = try fixture.unlock()
        let newKey = try #require(after.exportSigning)
        #expect(newKey.publicKey != oldKey.publicKey)
        let history = after.keyring.body.signingKeys
        #expect(history.map(\.epoch) == [1, 2])
        #expect(history[0].publicKey == Hex.encode(oldKey.publicKey))
        let certificate = try Hex.decode(try #require(history[1].certificate))
        #expect(Ed25519.isValidSignature(certificate, for: ExportKeyRecord.certifiedBytes(vault: after.vaultID, epoch: 2, publicKey: history[1].publicKey),
                                         publicKey: oldKey.publicKey))
        // The retired seed is gone for everyone.
        #expect(SealedKeyFolder(fixture.paths.signingKeys(epoch: 1)).holders.isEmpty)
    }

    @Test func aKeyringWithAForgedExportKeyIsRefused() throws {
        let fixture = try VaultFixture()
        let admin = try fixture.unlock()
        var body = admin.keyring.body
        let forged = try SigningKeyPair.generate()
        body.signingKeys.append(ExportKeyRecord(epoch: 2, publicKey: Hex.encode(forged.publicKey), certificate: nil, issued: Timestamp.now()))
        body.signingKey = Hex.encode(forged.publicKey)
        try KeyringStore(paths: fixture.paths).append(body, after: admin.keyring, signedBy: admin.identity.signing,
                                                      signerName: admin.member.fingerprint)
        let error = try #require(throws: VaultError.self) { try KeyringStore(paths: fixture.paths).current() }
        #expect(error.message.contains("certificate"))
    }

    @Test func aForkByARemovedAdministratorIsRefusedAndReadsGoOn() throws {
        let fixture = try VaultFixture()
        try fixture.addDocument("VR-1")
        let old = try Self.removedAdministrator(fixture)
        // The removed administrator signs a keyring after the one they were last active in: it lists them again.
        var body = old.keyring.body
        body.issued = "2030-01-01T00:00:00Z"
        let planted = try KeyringStore(paths: fixture.paths).append(body, after: old.keyring, signedBy: old.identity.signing,
                                                                    signerName: old.member.fingerprint)
        let (chain, refused) = try KeyringStore(paths: fixture.paths).verifiedChainReport()
        #expect(refused.map(\.file) == ["keyring/\(planted.fileHash).json"])
        #expect(chain.last!.body.members.contains { $0.fingerprint == old.member.fingerprint && !$0.active })
        #expect(try DocumentCatalog(vault: try fixture.unlock()).list().map(\.id) == ["VR-1"])
        #expect(VaultChecker.check(try fixture.unlock()).problems.contains { $0.path == "keyring/\(planted.fileHash).json" })
    }

    /// The removed administrator forks with a keyring that removes whoever
    /// removed them. Signatures cannot tell the branches apart; a machine
    /// that saw the removal keeps it (reads and writes go on), and one that
    /// saw neither refuses: the keyring before both, where the removed
    /// administrator is still active, must never come back into force.
    @Test func mutualRemovalIsSettledByWhatThisMachineSaw() throws {
        let fixture = try VaultFixture()
        try fixture.addDocument("VR-1")
        let admin = try fixture.unlock()
        let old = try Self.removedAdministrator(fixture)
        var body = old.keyring.body
        body.members = body.members.map { var m = $0; if m.fingerprint == admin.member.fingerprint { m.active = false }; return m }
        let forked = try KeyringStore(paths: fixture.paths).append(body, after: old.keyring, signedBy: old.identity.signing,
                                                                   signerName: old.member.fingerprint)
        let report = try KeyringStore(paths: fixture.paths).chainReport()
        #expect(report.chain.last!.body.members.contains { $0.fingerprint == old.member.fingerprint && !$0.active })
        #expect(report.refused.map(\.file) == ["keyring/\(forked.fileHash).json"])
        #expect(report.unresolvedFork == nil)
        #expect(try DocumentCatalog(vault: try fixture.unlock()).list().map(\.id) == ["VR-1"])
        try fixture.addDocument("VR-2")
        // A machine that saw neither cannot tell: it refuses rather than fall back.
        try FileManager.default.removeItem(at: LocalMemory(vaultID: admin.vaultID).folder)
        let error = try #require(throws: VaultError.self) { try KeyringStore(paths: fixture.paths).current() }
        #expect(error.message.contains("each signed by someone the other removes"))
    }

    @Test func aKeyringAfterTheChainSignedByARemovedMemberIsRefused() throws {
        let fixture = try VaultFixture()
        let old = try Self.removedAdministrator(fixture)
        // Signed after the newest keyring, where they are no longer active.
        var body = try KeyringStore(paths: fixture.paths).current().body
        body.members = body.members.map { var m = $0; if m.name == "Old admin" { m.active = true }; return m }
        let planted = try KeyringStore(paths: fixture.paths).append(body, after: try KeyringStore(paths: fixture.paths).current(),
                                                                    signedBy: old.identity.signing, signerName: old.member.fingerprint)
        let (chain, refused) = try KeyringStore(paths: fixture.paths).verifiedChainReport()
        #expect(refused.map(\.file) == ["keyring/\(planted.fileHash).json"])
        #expect(chain.last!.fileHash != planted.fileHash)
        #expect(throws: VaultError.self) { try fixture.unlock("Old admin", passphrase: "Old admin passphrase") }
    }

    @Test func aRemovedMemberCannotNameTheFoldersOfNewDocuments() throws {
        let fixture = try VaultFixture()
        try fixture.addDocument("VR-1")
        let leaving = try fixture.addMember("Leaving", clearance: .state)
        _ = try MemberAdministration(vault: try fixture.unlock()).remove(name: "Leaving")
        try fixture.addDocument("VR-2")
        try fixture.addDocument("VR-1", body: "second revision")
        let admin = try fixture.unlock()
        #expect(admin.indexKeys.map(\.epoch) == [1, 2])
        let folders = Set(VaultPaths.fileNames(in: fixture.paths.documents))
        // The old document keeps its folder (epoch 1), which the removed member could always compute…
        #expect(folders.contains(try UnlockedVault.blindID("VR-1", key: leaving.indexKey)))
        // …the new one is named with epoch 2, which they never held.
        #expect(!folders.contains(try UnlockedVault.blindID("VR-2", key: leaving.indexKey)))
        #expect(folders.contains(try admin.blindID("VR-2")))
        #expect(try DocumentCatalog(vault: admin).history("VR-1").count == 2)
        #expect(try DocumentCatalog(vault: admin).list().map(\.id) == ["VR-1", "VR-2"])
        #expect(VaultChecker.check(admin).isClean)
    }

    @Test func aSwappedSealedIndexKeyIsRefusedAtUnlock() throws {
        let fixture = try VaultFixture()
        let admin = try fixture.unlock()
        // A keyless writer seals an index key of his own to the administrator.
        let mine = try SecureRandom.secretBytes(count: 32)
        try SealedKeyFolder(fixture.paths.indexKeys(epoch: 1)).seal(mine, to: admin.identity.encryption.publicKey, holder: admin.member.fingerprint)
        let error = try #require(throws: VaultError.self) { try fixture.unlock() }
        #expect(error.message.contains("keys/index/"))
    }
}

/// Issue 14, finding 11: who is who does not travel in clear.
@Suite struct MemberNamesTests {
    @Test func namesAreInNoFileInClearAndOnlyInternalMembersReadThem() throws {
        let fixture = try VaultFixture()
        let state = try fixture.addMember("Ministry liaison", clearance: .state)
        _ = try fixture.addMember("Field laptop", clearance: .contributor)
        let walker = FileManager.default.enumerator(atPath: fixture.paths.root.path)!
        for case let relative as String in walker {
            guard let bytes = FileManager.default.contents(atPath: fixture.paths.root.appendingPathComponent(relative).path) else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            for name in ["Admin", "Ministry liaison", "Field laptop"] { #expect(!text.contains(name), "\(name) in \(relative)") }
        }
        // The administrator reads the names; the State member sees fingerprints only, and their own name.
        #expect(try fixture.unlock().keyring.body.members.map(\.name).sorted() == ["Admin", "Field laptop", "Ministry liaison"])
        #expect(state.keyring.body.members.allSatisfy { $0.name.isEmpty })
        #expect(state.member.name == "Ministry liaison")
    }
}

/// Issue 14, finding 7: a machine that has not seen the newest keyring (a
/// keyless writer deleted it from the copy it syncs) must not encrypt new
/// documents to the key epochs a removed member held.
@Suite struct MissingKeyringTests {
    @Test func aCopyWithoutTheNewestKeyringRefusesToWrite() throws {
        let fixture = try VaultFixture()
        _ = try fixture.addMember("Leaving", clearance: .internal)
        _ = try fixture.addMember("Field laptop", clearance: .contributor)
        _ = try MemberAdministration(vault: try fixture.unlock()).remove(name: "Leaving")
        let newest = try KeyringStore(paths: fixture.paths).current()
        // The laptop syncs a copy from which the newest keyring was deleted; it never saw it.
        let laptop = try TemporaryFolder("tamga-laptop")
        try VaultFiles.copy(fixture.paths.root.path, to: laptop.path("vault"))
        let paths = VaultPaths(root: laptop.url.appendingPathComponent("vault"))
        try FileManager.default.removeItem(at: paths.keyring.appendingPathComponent("\(newest.fileHash).json"))
        let vaultID = try VaultConfig.load(paths).vault
        try? FileManager.default.removeItem(at: LocalMemory(vaultID: vaultID).folder)
        let stale = try UnlockedVault.unlock(paths, memberName: "Field laptop", allowTestParameters: true) {
            try VaultFixture.passphrase("Field laptop passphrase")
        }
        let source = Array("---\nid: INT-9\nkind: interview\ndate: 2014-10-28\n---\nText.\n".utf8)
        let error = try #require(throws: VaultError.self) {
            try DocumentStore(vault: stale).add(DocumentSubmission(id: "INT-9", kind: "interview", date: "2014-10-28", source: source,
                                                                   parts: [.internal: .init(content: source, title: nil, facility: nil)]))
        }
        #expect(error.message.contains("keyring/\(newest.fileHash).json"))
        #expect(VaultPaths.fileNames(in: paths.documents).count == VaultPaths.fileNames(in: fixture.paths.documents).count)
    }
}
