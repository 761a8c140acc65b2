import Foundation
import Testing
import TamgaCore
import TamgaCrypto
import TamgaTestSupport
@testable import TamgaVault

/// `tamga recovery reshare` (issue 19 item 12): a new recovery key, so the
/// old shares rebuild nothing and the new ones rebuild everything; only an
/// internal administrator may do it, and a refused count writes nothing.
@Suite struct RecoveryReshareTests {
    @Test func oldSharesFailAndNewSharesRecover() throws {
        let fixture = try VaultFixture()
        try fixture.addDocument("VR-9", body: "recoverable")
        let result = try RecoveryRotation(vault: try fixture.unlock()).reshare(threshold: 2, shareCount: 3)
        #expect(result.shares.count == 3)
        #expect(Set(result.shares).isDisjoint(with: fixture.shares))
        let old = try #require(throws: VaultError.self) {
            try VaultRecovery.recover(fixture.paths, shares: Array(fixture.shares.prefix(3)), newAdministrator: "Old",
                                      passphrase: try VaultFixture.passphrase(), strength: .testOnlyFast)
        }
        guard case .replacedShares = old else { Issue.record("old shares: \(old.message)"); return }
        #expect(old.message.contains("recovery reshare"))
        // Old and new shares never mix into a key either.
        #expect(throws: VaultError.self) {
            try VaultRecovery.recover(fixture.paths, shares: [fixture.shares[0], result.shares[0]], newAdministrator: "Mixed",
                                      passphrase: try VaultFixture.passphrase(), strength: .testOnlyFast)
        }
        _ = try VaultRecovery.recover(fixture.paths, shares: Array(result.shares.suffix(2)), newAdministrator: "Rescuer",
                                      passphrase: try VaultFixture.passphrase("new passphrase"), strength: .testOnlyFast)
        let rescuer = try fixture.unlock("Rescuer", passphrase: "new passphrase")
        let content = try DocumentCatalog(vault: rescuer).newest("VR-9").content
        #expect(content.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }.contains("recoverable"))
        #expect(VaultChecker.check(rescuer).isClean)
    }

    @Test func theKeyringNamesTheNewKeyAndEveryResealedFile() throws {
        let fixture = try VaultFixture()
        let before = try KeyringStore.inForce(at: fixture.paths).body.recovery
        let result = try RecoveryRotation(vault: try fixture.unlock()).reshare(threshold: 3, shareCount: 5)
        let after = try KeyringStore.inForce(at: fixture.paths).body.recovery
        #expect(after.encryptionKey != before.encryptionKey && after.signingKey != before.signingKey)
        let listed = try #require(after.sealed)
        #expect(listed.count == result.sealedKeys)
        for (path, hash) in listed {
            let bytes = try DurableFile.readAll(fixture.paths.root.appendingPathComponent(path))
            #expect(Hex.encode(SHA256.hash(bytes)) == hash, "\(path)")
        }
        let admin = try fixture.unlock()
        #expect(VaultChecker.check(admin).isClean)
        let actions = try AuditLog(paths: fixture.paths).entries().map { try AuditLog.action(of: $0, keys: admin.levelKeys).action }
        #expect(actions.contains("recovery-reshare"))
    }

    /// `check` names a recovery sealed key that is not the one the keyring
    /// lists (a swap, or a reshare interrupted after its keyring).
    @Test func checkNamesARecoverySealedKeyTheKeyringDoesNotList() throws {
        let fixture = try VaultFixture()
        _ = try RecoveryRotation(vault: try fixture.unlock()).reshare(threshold: 3, shareCount: 5)
        let root = fixture.paths.root
        let swapped = "keys/index/1/recovery.sealed"
        try DurableFile.write(try DurableFile.readAll(root.appendingPathComponent("keys/signing/1/recovery.sealed")),
                              to: root.appendingPathComponent("keys/index/1"), name: "recovery.sealed", replace: true)
        let report = VaultChecker.check(try fixture.unlock())
        #expect(report.problems.contains { $0.path == swapped && $0.problem.contains("recovery reshare") }, "\(report.problems)")
    }

    @Test(arguments: [Clearance.state, .contributor, .internal])
    func onlyAnInternalAdministratorMayReshare(_ clearance: Clearance) throws {
        let fixture = try VaultFixture()
        let member = try fixture.addMember("Someone", clearance: clearance)
        let error = try #require(throws: VaultError.self) { try RecoveryRotation(vault: member) }
        guard case .notCleared = error else { Issue.record("\(error.message)"); return }
    }

    @Test(arguments: [(1, 3), (4, 3), (2, 17), (0, 0), (3, 1)])
    func aRefusedCountWritesNothing(_ count: (threshold: Int, shares: Int)) throws {
        let fixture = try VaultFixture()
        let files = Self.files(fixture.paths.root)
        #expect(throws: VaultError.self) {
            try RecoveryRotation(vault: try fixture.unlock()).reshare(threshold: count.threshold, shareCount: count.shares)
        }
        #expect(Self.files(fixture.paths.root) == files)
        _ = try VaultRecovery.recover(fixture.paths, shares: Array(fixture.shares.prefix(3)), newAdministrator: "Rescuer",
                                      passphrase: try VaultFixture.passphrase(), strength: .testOnlyFast)
    }

    /// Every file under `root` with its bytes' hash.
    static func files(_ root: URL) -> [String: String] {
        var result: [String: String] = [:]
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard let bytes = try? DurableFile.readAll(url) else { continue }
            result[url.path] = Hex.encode(SHA256.hash(bytes))
        }
        return result
    }
}
