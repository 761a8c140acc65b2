import Foundation
import Testing
import TamgaCore
@testable import TamgaVault

/// The recovery drill (crypto.md 1.3): every k-subset of the shares rebuilds
/// access and reads a document; fewer than k, a mistyped share or another
/// vault's share do not.
@Suite struct RecoveryDrillTests {
    static let subsets: [[Int]] = {
        var result: [[Int]] = []
        for a in 0..<5 { for b in (a + 1)..<5 { for c in (b + 1)..<5 { result.append([a, b, c]) } } }
        return result
    }()

    @Test(arguments: subsets)
    func everyThreeSharesRecover(_ indices: [Int]) throws {
        let fixture = try VaultFixture()
        try fixture.addDocument("VR-9", body: "recoverable")
        _ = try VaultRecovery.recover(fixture.paths, shares: indices.map { fixture.shares[$0] },
                                      newAdministrator: "Rescuer", passphrase: try VaultFixture.passphrase("new passphrase"),
                                      strength: .testOnlyFast)
        let rescuer = try fixture.unlock("Rescuer", passphrase: "new passphrase")
        #expect(rescuer.member.administrator)
        let content = try DocumentCatalog(vault: rescuer).newest("VR-9").content
        #expect(content.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }.contains("recoverable"))
        #expect(VaultChecker.check(rescuer).isClean)
    }

    @Test func twoSharesDoNotRecover() throws {
        let fixture = try VaultFixture()
        #expect(throws: VaultError.self) {
            try VaultRecovery.recover(fixture.paths, shares: Array(fixture.shares.prefix(2)), newAdministrator: "X",
                                      passphrase: try VaultFixture.passphrase(), strength: .testOnlyFast)
        }
    }

    @Test func mistypedShareFailsItsChecksum() throws {
        let fixture = try VaultFixture()
        var shares = Array(fixture.shares.prefix(3))
        var characters = Array(shares[1])
        let last = characters.count - 3
        characters[last] = characters[last] == "q" ? "p" : "q"
        shares[1] = String(characters)
        let error = try #require(throws: VaultError.self) {
            try VaultRecovery.recover(fixture.paths, shares: shares, newAdministrator: "X",
                                      passphrase: try VaultFixture.passphrase(), strength: .testOnlyFast)
        }
        #expect(error.message.contains("share 2"))
    }

    @Test func sharesOfAnotherVaultAreRefused() throws {
        let first = try VaultFixture(), second = try VaultFixture()
        #expect(throws: VaultError.self) {
            try VaultRecovery.recover(first.paths, shares: Array(second.shares.prefix(3)), newAdministrator: "X",
                                      passphrase: try VaultFixture.passphrase(), strength: .testOnlyFast)
        }
    }
}
