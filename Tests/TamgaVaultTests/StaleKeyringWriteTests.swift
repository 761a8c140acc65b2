import Foundation
import Testing
import TamgaCore
@testable import TamgaVault

/// Web red team 40, F2: a session unlocked before a member change made
/// elsewhere (`tamga serve` left open, an `edit` waiting on the editor)
/// must not record anything under its old keyring: what it would seal goes
/// to the epoch the removed member still holds. Unlocking again works.
@Suite struct StaleKeyringWriteTests {
    static func document(_ id: String, in vault: UnlockedVault) throws -> (document: Document, source: [UInt8]) {
        let source = Array("---\nid: \(id)\nkind: visit-report\nlevel: state\ndate: 2026-11-30\n---\nCells were crowded.\n".utf8)
        let policy = try PolicyStore(paths: vault.paths).current(vault).policy
        return (try DocumentParser.parse(source, file: "\(id).md").validated(against: policy), source)
    }

    @Test func aSessionOpenedBeforeARemovalRecordsNothing() throws {
        let f = try VaultFixture()
        try f.addMember("Gone", clearance: .internal)
        let stale = try f.unlock()
        _ = try MemberAdministration(vault: try f.unlock()).remove(name: "Gone")
        #expect(throws: VaultError.self) { try DocumentAddition(vault: stale).add([try Self.document("VR-9", in: stale)]) }
        let fresh = try f.unlock()
        #expect(!(try DocumentCatalog(vault: fresh).list().contains { $0.id == "VR-9" }), "nothing was recorded")
        _ = try DocumentAddition(vault: fresh).add([try Self.document("VR-9", in: fresh)])
        #expect(try DocumentCatalog(vault: try f.unlock()).list().contains { $0.id == "VR-9" })
    }

    @Test func aSessionOpenedBeforeAnAdditionStillWrites() throws {
        let f = try VaultFixture()
        let stale = try f.unlock()
        try f.addMember("New", clearance: .state)
        _ = try DocumentAddition(vault: stale).add([try Self.document("VR-8", in: stale)])
        let index = try VaultIndex.load(try f.unlock())
        #expect(index.refused.isEmpty, "\(index.refused)")
        #expect(try DocumentCatalog(vault: try f.unlock()).list().contains { $0.id == "VR-8" }, "an addition seals nothing to anyone new")
    }
}
