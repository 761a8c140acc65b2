import Foundation
import Testing
import TamgaCore
import TamgaCrypto
@testable import TamgaVault

/// The keyring chain refuses what an attacker with write access could plant.
@Suite struct KeyringTests {
    @Test func aKeyringSignedByANonAdministratorIsRefused() throws {
        let fixture = try VaultFixture()
        let member = try fixture.addMember("Plain", clearance: .internal)
        var body = member.keyring.body
        body.levels["state"] = [LevelEpoch(epoch: 1, publicKey: Hex.encode(try X25519KeyPair.generate().publicKey))]
        let planted = try KeyringStore(paths: fixture.paths).append(body, after: member.keyring, signedBy: member.identity.signing,
                                                                    signerName: member.member.fingerprint)
        // Ignored and reported, never in force (a planted file must not stop every command either).
        let (chain, refused) = try KeyringStore(paths: fixture.paths).verifiedChainReport()
        #expect(chain.last!.fileHash == member.keyring.fileHash)
        #expect(refused.map(\.file) == ["keyring/\(planted.fileHash).json"])
    }

    @Test func aForkIsRefused() throws {
        let fixture = try VaultFixture()
        let admin = try fixture.unlock()
        var first = admin.keyring.body
        first.issued = "2030-01-01T00:00:00Z"
        var second = admin.keyring.body
        second.issued = "2030-01-02T00:00:00Z"
        let store = KeyringStore(paths: fixture.paths)
        try store.append(first, after: admin.keyring, signedBy: admin.identity.signing, signerName: admin.member.fingerprint)
        try store.append(second, after: admin.keyring, signedBy: admin.identity.signing, signerName: admin.member.fingerprint)
        let error = try #require(throws: VaultError.self) { try store.current() }
        #expect(error.message.contains("two keyrings follow"))
    }

    @Test func aKeyFileOfAnotherVaultIsRefused() throws {
        let first = try VaultFixture(), second = try VaultFixture()
        let foreign = try #require(VaultPaths.fileNames(in: second.paths.members).first)
        let own = try #require(VaultPaths.fileNames(in: first.paths.members).first)
        let bytes = try DurableFile.readAll(second.paths.members.appendingPathComponent(foreign))
        try DurableFile.write(bytes, to: first.paths.members, name: own, replace: true)
        let error = try #require(throws: VaultError.self) { try first.unlock() }
        #expect(error.message.contains("another vault"))
    }

    /// Format 2 changed the keyring (export-key history, index-key
    /// commitments, log heads): a version-1 keyring is refused by name.
    @Test func aVersionOneKeyringIsRefusedNamingItsFormat() throws {
        let fixture = try VaultFixture()
        let admin = try fixture.unlock()
        var body = admin.keyring.body
        body.format = "tamga-keyring/1"
        try FileManager.default.removeItem(at: fixture.paths.keyring.appendingPathComponent("\(admin.keyring.fileHash).json"))
        try KeyringStore(paths: fixture.paths).append(body, after: nil, signedBy: admin.identity.signing, signerName: admin.member.fingerprint)
        let error = try #require(throws: VaultError.self) { try fixture.unlock() }
        #expect(error.message.contains("tamga-keyring/1"))
    }

    @Test func wrongPassphraseIsReportedAsSuch() throws {
        let fixture = try VaultFixture()
        let error = try #require(throws: VaultError.self) { try fixture.unlock(passphrase: "not it at all") }
        #expect(error.message.contains("wrong passphrase"))
    }
}
