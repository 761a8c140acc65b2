import Foundation
import Testing
import TamgaCore
import TamgaCrypto
import TamgaTestSupport
@testable import TamgaVault

/// Every keyring a member change writes records the audit-log heads its
/// writer saw (`KeyringBody.logHeads`): entries by a member it removes count
/// only up to there.
@Suite struct KeyringLogHeadsTests {
    @Test func addRemoveAndRecoveryRecordTheHeadsTheirWriterSaw() throws {
        let fixture = try VaultFixture()
        try fixture.addDocument("VR-1")
        func heads() throws -> [String] { try VaultIndex.load(try fixture.unlock()).heads }
        func newest() throws -> KeyringBody { try KeyringStore(paths: fixture.paths).current().body }

        var before = try heads()
        _ = try fixture.addMember("Liaison", clearance: .state)
        #expect(try newest().logHeads == before)

        try fixture.addDocument("VR-2")
        before = try heads()
        _ = try MemberAdministration(vault: try fixture.unlock()).remove(name: "Liaison")
        #expect(try newest().logHeads == before)

        try fixture.addDocument("VR-3")
        before = try heads()
        _ = try VaultRecovery.recover(fixture.paths, shares: Array(fixture.shares.prefix(3)), newAdministrator: "Rescuer",
                                      passphrase: try VaultFixture.passphrase("new passphrase"), strength: .testOnlyFast)
        #expect(try newest().logHeads == before)
        #expect(try newest().logHeads?.isEmpty == false)
    }
}
