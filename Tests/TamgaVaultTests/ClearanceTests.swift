import Foundation
import Testing
import TamgaCore
import TamgaCrypto
@testable import TamgaVault

/// Clearance is cryptography, not a check in the command line: proven here at
/// the storage level, with the members' own keys against the files on disk.
@Suite struct ClearanceTests {
    @Test func stateMemberHoldsNoKeyThatOpensInternalParts() throws {
        let fixture = try VaultFixture()
        let state = try fixture.addMember("Ministry liaison", clearance: .state)
        try fixture.addDocument("VR-1")
        #expect(state.levelKeys.levels == [.state, .public])
        for part in fixture.parts(.internal) {
            #expect(throws: ObjectFormatError.noKey) { try VaultObject.open(part, keys: state.levelKeys) }
        }
        // Not even a sealed internal key file exists for them, in any epoch.
        let internalKeys = fixture.paths.keys.appendingPathComponent("levels/internal")
        for epoch in VaultPaths.fileNames(in: internalKeys) {
            let holders = SealedKeyFolder(internalKeys.appendingPathComponent(epoch)).holders
            #expect(!holders.contains(state.member.fingerprint))
        }
        // And every sealed box in the vault that does open with their key is not an internal key.
        let walker = FileManager.default.enumerator(atPath: fixture.paths.keys.path)!
        for case let relative as String in walker where relative.hasSuffix(".sealed") {
            let bytes = try DurableFile.readAll(fixture.paths.keys.appendingPathComponent(relative))
            if (try? SealedBox.open(bytes, with: state.identity.encryption)) != nil {
                #expect(!relative.hasPrefix("levels/internal"))
            }
        }
        // They read the state part.
        let newest = try DocumentCatalog(vault: state).newest("VR-1")
        #expect(newest.content.withUnsafeBytes { String(decoding: $0, as: UTF8.self) } == "state view of text")
        #expect(newest.metadata.title == "State title")
    }

    @Test func contributorAddsButDecryptsNothing() throws {
        let fixture = try VaultFixture()
        let contributor = try fixture.addMember("Field laptop", clearance: .contributor)
        #expect(contributor.levelKeys.levels.isEmpty)
        #expect(contributor.exportSigning == nil)
        try fixture.addDocument("INT-1", as: contributor)
        for level in Level.allCases {
            for part in fixture.parts(level) {
                #expect(throws: ObjectFormatError.noKey) { try VaultObject.open(part, keys: contributor.levelKeys) }
            }
        }
        #expect(throws: VaultError.self) { try DocumentCatalog(vault: contributor).list() }
        // The administrator reads what the contributor added.
        #expect(try DocumentCatalog(vault: try fixture.unlock()).list().map(\.id) == ["INT-1"])
    }

    @Test func removingAMemberStartsNewEpochsTheyCannotOpen() throws {
        let fixture = try VaultFixture()
        let leaving = try fixture.addMember("Leaving", clearance: .state)
        let rotated = try MemberAdministration(vault: try fixture.unlock()).remove(name: "Leaving")
        #expect(rotated == [.state, .public])
        let admin = try fixture.unlock()
        #expect(try admin.currentKey(.state).epoch == 2)
        #expect(try admin.currentKey(.internal).epoch == 1)
        try fixture.addDocument("VR-2")
        for part in fixture.parts(.state) {
            #expect(throws: ObjectFormatError.noKey) { try VaultObject.open(part, keys: leaving.levelKeys) }
        }
        for level in Level.allCases {
            for epoch in admin.keyring.body.levels[level.rawValue] ?? [] {
                #expect(!SealedKeyFolder(fixture.paths.levelKeys(level, epoch: epoch.epoch)).holders.contains(leaving.member.fingerprint))
            }
        }
        #expect(throws: VaultError.self) { try fixture.unlock("Leaving", passphrase: "Leaving passphrase") }
    }

    @Test func rekeyMovesOldPartsToTheNewEpoch() throws {
        let fixture = try VaultFixture()
        try fixture.addDocument("VR-3")
        try fixture.addMember("Leaving", clearance: .internal)
        _ = try MemberAdministration(vault: try fixture.unlock()).remove(name: "Leaving")
        let admin = try fixture.unlock()
        #expect(try Rekey.run(admin, level: .internal) == 1)
        for part in fixture.parts(.internal) { #expect(try VaultObject.header(of: part).epoch == 2) }
        #expect(try DocumentCatalog(vault: admin).newest("VR-3").content.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }.contains("id: VR-3"))
        #expect(VaultChecker.check(admin).isClean)
    }
}
