import Foundation
import Testing
import TamgaCore
import TamgaTestSupport
@testable import TamgaVault

/// The show, check and sync use cases called as a front end would, without
/// the CLI (issue 20).
@Suite struct ReadingAndMaintenanceTests {
    let vault: VaultFixture

    init() throws {
        vault = try VaultFixture()
        try vault.addDocument("VR-1", body: "first")
    }

    private func logCount() throws -> Int { try AuditLog(paths: vault.paths).entries().count }

    @Test func aReadIsLoggedAndAnAbsentRevisionIsRefused() throws {
        let admin = try vault.unlock()
        let before = try logCount()
        var forked = false
        let read = try DocumentReading(vault: admin).read("VR-1") { _, _ in forked = true }
        #expect(String(decoding: read.content.withUnsafeBytes { Array($0) }, as: UTF8.self).contains("first"))
        #expect(!forked)
        #expect(try logCount() == before + 1)
        #expect(throws: VaultError.self) { try DocumentReading(vault: admin).read("VR-1", revision: 9) }
        #expect(throws: VaultError.unknownDocument(id: "VR-404")) { try DocumentReading(vault: admin).read("VR-404") }
        #expect(try logCount() == before + 1)
    }

    @Test func aCleanVaultChecksCleanAndTidyRemovesLeftovers() throws {
        let admin = try vault.unlock()
        let leftover = vault.paths.documents.appendingPathComponent(".tmp-leftover")
        try Data([1, 2, 3]).write(to: leftover)
        let removed = try VaultMaintenance(vault: admin).tidy()
        #expect(removed.files == 1)
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(VaultMaintenance(vault: admin).check().isClean)
        #expect(try VaultMaintenance(vault: admin).acceptOlder().entries == 0)
    }

    @Test func onlyAMemberClearedInternalSyncsWithARefresh() throws {
        let state = try vault.addMember("Reader", clearance: .state)
        #expect(throws: VaultError.self) {
            try Synchronisation(paths: vault.paths).run(remote: "origin", push: false, passErrors: false, refreshingAs: state)
        }
    }
}

/// The recovery use case called as a front end would, without the CLI (issue 20).
@Suite struct AccessRecoveryTests {
    @Test func sharesMakeANewAdministratorWhoReplacesThem() throws {
        let vault = try VaultFixture()
        let recovery = AccessRecovery(paths: vault.paths)
        let fingerprint = try recovery.recover(shares: Array(vault.shares.prefix(3)), newAdministrator: "Rescuer",
                                               passphrase: try VaultFixture.passphrase("Rescuer passphrase"), strength: .testOnlyFast)
        let rescuer = try vault.unlock("Rescuer", passphrase: "Rescuer passphrase")
        #expect(rescuer.member.fingerprint == fingerprint)
        let reshared = try recovery.reshare(rescuer, threshold: 2, shareCount: 3)
        #expect(reshared.shares.count == 3)
        #expect(throws: (any Error).self) {
            try recovery.recover(shares: Array(vault.shares.prefix(3)), newAdministrator: "Again",
                                 passphrase: try VaultFixture.passphrase("Again passphrase"), strength: .testOnlyFast)
        }
    }
}
