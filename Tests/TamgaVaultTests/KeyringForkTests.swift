import Foundation
import Testing
import TamgaCore
import TamgaCrypto
import TamgaTestSupport
@testable import TamgaVault

/// Issue 14, finding 7: forks of the keyring chain. A keyring only counts
/// against another (by removing its signer) when it counts itself, and a fork
/// that signatures cannot settle is settled by what this machine saw, or
/// stops.
@Suite struct KeyringForkTests {
    /// Keyrings 1 (Admin) → 2 (Deputy added) → 3 (Old admin added) → 4 (Old
    /// admin removed); Old admin is returned unlocked at keyring 3, as the
    /// insider keeps the keys and the copy they had.
    static func vaultWithRemovedAdministrator(_ fixture: VaultFixture) throws -> UnlockedVault {
        let deputy = try MemberInvitation.create(in: fixture.paths, name: "Deputy", passphrase: try VaultFixture.passphrase("Deputy passphrase"),
                                                 strength: .testOnlyFast)
        try MemberAdministration(vault: try fixture.unlock()).add(name: "Deputy", key: deputy, clearance: .internal, administrator: true)
        let key = try MemberInvitation.create(in: fixture.paths, name: "Old admin", passphrase: try VaultFixture.passphrase("Old admin passphrase"),
                                              strength: .testOnlyFast)
        try MemberAdministration(vault: try fixture.unlock()).add(name: "Old admin", key: key, clearance: .internal, administrator: true)
        let old = try fixture.unlock("Old admin", passphrase: "Old admin passphrase")
        _ = try MemberAdministration(vault: try fixture.unlock()).remove(name: "Old admin")
        return old
    }

    /// The removed administrator signs a keyring after the one they were
    /// active in that "removes" the deputy. Refused (its signer is removed in
    /// keyring 4), it must not refuse the deputy's later keyring in turn: a
    /// refused keyring removes nobody.
    @Test func aRefusedForkRemovesNobody() throws {
        let fixture = try VaultFixture()
        try fixture.addDocument("VR-1")
        let old = try Self.vaultWithRemovedAdministrator(fixture)
        let deputy = try fixture.unlock("Deputy", passphrase: "Deputy passphrase")
        _ = try MemberAdministration(vault: deputy).add(name: "Liaison", key: try MemberInvitation.create(
            in: fixture.paths, name: "Liaison", passphrase: try VaultFixture.passphrase("Liaison passphrase"), strength: .testOnlyFast),
            clearance: .state, administrator: false)
        let newest = try KeyringStore(paths: fixture.paths).current()
        #expect(newest.body.sequence == 5)
        var body = old.keyring.body
        let deputyPrint = deputy.member.fingerprint
        body.members = body.members.map { var m = $0; if m.fingerprint == deputyPrint { m.active = false }; return m }
        let forked = try KeyringStore(paths: fixture.paths).append(body, after: old.keyring, signedBy: old.identity.signing,
                                                                   signerName: old.member.fingerprint)
        let (chain, refused) = try KeyringStore(paths: fixture.paths).verifiedChainReport()
        #expect(chain.last!.fileHash == newest.fileHash)
        #expect(refused.map(\.file) == ["keyring/\(forked.fileHash).json"])
        #expect(refused.first?.reason.contains("removes") == true)
        #expect(try DocumentCatalog(vault: try fixture.unlock()).list().map(\.id) == ["VR-1"])
        try fixture.addDocument("VR-2", as: try fixture.unlock("Deputy", passphrase: "Deputy passphrase"))
    }

    /// A keyring signed by a member whom another keyring on this machine
    /// removes is refused even though its signer was an active administrator
    /// in the keyring before it (the removal is in a later keyring).
    @Test func aKeyringSignedByAMemberRemovedInALaterKeyringIsRefused() throws {
        let fixture = try VaultFixture()
        let old = try Self.vaultWithRemovedAdministrator(fixture)
        // Forks after keyring 3, where Old admin was active; keyring 4 removes them.
        var body = old.keyring.body
        body.issued = "2030-01-01T00:00:00Z"
        let forked = try KeyringStore(paths: fixture.paths).append(body, after: old.keyring, signedBy: old.identity.signing,
                                                                   signerName: old.member.fingerprint)
        let (chain, refused) = try KeyringStore(paths: fixture.paths).verifiedChainReport()
        #expect(chain.map(\.body.sequence) == [1, 2, 3, 4])
        #expect(refused.map(\.file) == ["keyring/\(forked.fileHash).json"])
        #expect(VaultChecker.check(try fixture.unlock()).problems.contains { $0.path == "keyring/\(forked.fileHash).json" })
    }

    /// Two administrators change members in two copies: both keyrings count.
    /// This machine reads the branch it saw; nothing is written (the other
    /// branch may remove a member), and a machine that saw neither refuses.
    @Test func aForkBetweenTwoAdministratorsStopsWritesNotReads() throws {
        let fixture = try VaultFixture()
        try fixture.addDocument("VR-1")
        let deputyKey = try MemberInvitation.create(in: fixture.paths, name: "Deputy", passphrase: try VaultFixture.passphrase("Deputy passphrase"),
                                                    strength: .testOnlyFast)
        try MemberAdministration(vault: try fixture.unlock()).add(name: "Deputy", key: deputyKey, clearance: .internal, administrator: true)
        let deputy = try fixture.unlock("Deputy", passphrase: "Deputy passphrase")
        // Here: the administrator adds a member (this machine remembers that keyring).
        _ = try fixture.addMember("Liaison", clearance: .state)
        let seen = try KeyringStore(paths: fixture.paths).current()
        // In another copy: the deputy removed nobody but changed the keyring after the same one.
        var body = deputy.keyring.body
        body.issued = "2030-01-01T00:00:00Z"
        let other = try KeyringStore(paths: fixture.paths).append(body, after: deputy.keyring, signedBy: deputy.identity.signing,
                                                                  signerName: deputy.member.fingerprint)
        let report = try KeyringStore(paths: fixture.paths).chainReport()
        #expect(report.chain.last!.fileHash == seen.fileHash)
        #expect(report.refused.map(\.file) == ["keyring/\(other.fileHash).json"])
        #expect(report.refused.first?.reason.contains("nothing is written") == true)
        #expect(report.unresolvedFork?.contains("two keyrings follow keyring 2") == true)
        #expect(report.unfollowed == [other.fileHash])
        let admin = try fixture.unlock()
        #expect(try DocumentCatalog(vault: admin).list().map(\.id) == ["VR-1"])
        let write = try #require(throws: VaultError.self) { try fixture.addDocument("VR-2") }
        #expect(write.message.contains("two keyrings follow keyring 2"))
        #expect(throws: VaultError.self) { try MemberAdministration(vault: admin) }
        #expect(VaultChecker.check(admin).problems.contains { $0.path == "keyring/\(other.fileHash).json" })
        // A machine that saw neither branch refuses to read too.
        try FileManager.default.removeItem(at: LocalMemory(vaultID: admin.vaultID).folder)
        let error = try #require(throws: VaultError.self) { try KeyringStore(paths: fixture.paths).current() }
        #expect(error.message.contains("resolve the fork"))
    }

    /// A keyless writer plants a "first keyring" of his own: the one whose
    /// hash is the vault id in config.json stays first, the other is reported.
    @Test func aSecondFirstKeyringIsReportedNotFollowed() throws {
        let fixture = try VaultFixture(), other = try VaultFixture()
        let planted = try #require(VaultPaths.fileNames(in: other.paths.keyring).first)
        try DurableFile.write(try DurableFile.readAll(other.paths.keyring.appendingPathComponent(planted)), to: fixture.paths.keyring, name: planted)
        let (chain, refused) = try KeyringStore(paths: fixture.paths).verifiedChainReport()
        #expect(chain.count == 1)
        #expect(chain[0].vaultID == (try VaultConfig.load(fixture.paths)).vault)
        #expect(refused == [KeyringStore.Refusal(file: "keyring/\(planted)", reason: "it is a second first keyring")])
        _ = try fixture.unlock()
    }
}
