import Foundation
import Testing
import TamgaCore
@testable import TamgaVault

/// The member add/remove and rekey use cases called as a front end would,
/// without the CLI (issue 20).
@Suite struct MemberChangeTests {
    let vault: VaultFixture

    init() throws { vault = try VaultFixture() }

    private func invite(_ name: String) throws -> MemberPublicKey {
        try MemberInvitation.create(in: vault.paths, name: name, passphrase: try VaultFixture.passphrase("\(name) passphrase"),
                                    strength: .testOnlyFast)
    }

    @Test func aMemberAddedThenRemovedNeedsARekey() throws {
        let key = try invite("Nurlan")
        try MemberChange(vault: try vault.unlock()).add(.init(name: "Nurlan", key: key, clearance: .state))
        #expect(try vault.unlock().keyring.body.activeMember(named: "Nurlan")?.clearance == .state)
        try vault.addDocument("VR-1")
        let removal = try MemberChange(vault: try vault.unlock()).remove(name: "Nurlan")
        #expect(removal.needsRekey)
        #expect(Set(removal.rotated) == [.state, .public])
        #expect(try vault.unlock().keyring.body.activeMember(named: "Nurlan") == nil)
        var heard: [Level] = []
        let done = try VaultRekey(vault: try vault.unlock()).run(.allHeld) { level, _ in heard.append(level) }
        #expect(heard == [.internal, .state, .public])
        #expect(done.map(\.level) == heard)
        #expect(done.first { $0.level == .state }!.count > 0)
    }

    /// Session 43 attacker, second round, C: a removed member's key added again made a member whose every
    /// entry readers refused (judged by the first, inactive record). The key is not taken back; nothing is written.
    @Test func aRemovedMembersKeyIsNotTakenBack() throws {
        let key = try invite("Nurlan")
        try MemberChange(vault: try vault.unlock()).add(.init(name: "Nurlan", key: key, clearance: .state))
        _ = try MemberChange(vault: try vault.unlock()).remove(name: "Nurlan")
        let keyrings = VaultPaths.fileNames(in: vault.paths.keyring)
        #expect(throws: VaultError.self) {
            try MemberChange(vault: try vault.unlock()).add(.init(name: "Nurlan", key: key, clearance: .internal, administrator: true))
        }
        #expect(VaultPaths.fileNames(in: vault.paths.keyring) == keyrings)
        #expect(try vault.unlock().keyring.body.activeMember(named: "Nurlan") == nil)
    }

    @Test func aMemberWhoIsNoAdministratorCannotAddOrRemove() throws {
        let state = try vault.addMember("Aida", clearance: .state)
        let key = try invite("Nurlan")
        #expect(throws: (any Error).self) { try MemberChange(vault: state).add(.init(name: "Nurlan", key: key, clearance: .internal)) }
        #expect(throws: (any Error).self) { try MemberChange(vault: state).remove(name: "Admin") }
        #expect(try vault.unlock().keyring.body.activeMember(named: "Nurlan") == nil)
    }

    @Test func aNameTakenIsRefused() throws {
        try vault.addMember("Aida", clearance: .state)
        #expect(throws: VaultError.memberExists(name: "Aida")) {
            try MemberChange(vault: try vault.unlock()).add(.init(name: "Aida", key: try invite("Aida2"), clearance: .state))
        }
    }

    @Test func aCancelledRekeyKeepsTheLevelsDone() throws {
        try vault.addDocument("VR-1")
        var asked = 0
        var heard: [Level] = []
        #expect(throws: CancellationError.self) {
            try VaultRekey(vault: try vault.unlock()).run(.allHeld, progress: { level, _ in heard.append(level) },
                                                          isCancelled: { asked += 1; return asked > 1 })
        }
        #expect(heard == [.internal])
    }

    @Test func aContributorHoldsNoLevelToRekey() throws {
        let contributor = try vault.addMember("Field", clearance: .contributor)
        #expect(throws: VaultError.self) { try VaultRekey(vault: contributor).run(.allHeld) }
    }
}
