import Foundation
import Testing
import TamgaCore
import TamgaTestSupport
@testable import TamgaVault

/// After `tamga destroy`, the member's local index cache
/// (`$XDG_STATE_HOME/tamga/<vault id>/index-<member>`) must not keep what the
/// destroyed document said about its persons. A refresh caches, per revision,
/// the records of the persons it declares and its `sensitive` strings
/// (`RelevanceFacts`): a detainee's name, spellings and date of birth. That
/// cache lives outside the vault folder, so no data key covers it, and it
/// opens with the member's passphrase from any copy of the machine's state
/// (attacker, session 34: the facts of a destroyed interview stayed in it
/// until a name anywhere changed, on every internal member's machine).
@Suite struct DestroyedDocumentCacheTests {
    static let forms = ["Aibek Sadykov", "Айбек Садыков", "A. Sadykov", "1991-03-02", "cell 14"]

    static func cachedText(_ vault: UnlockedVault) throws -> String {
        _ = try VaultIndex.load(vault)
        let contents = try #require(LocalCache(vault: vault).load())
        return String(decoding: try JSONEncoder().encode(contents), as: UTF8.self)
    }

    @Test func theLocalCacheKeepsNothingTheDestroyedDocumentDeclared() throws {
        let f = try InsiderFixture()
        // The person is named elsewhere too, so the registry's names do not change with the destruction.
        try f.add(Array(f.interview).replacing(Array("INT-2014-044".utf8), with: Array("INT-2014-045".utf8)), as: try f.admin())
        let before = try Self.cachedText(try f.admin())
        #expect(before.contains("Aibek Sadykov"), "precondition: the refresh cached the person records")

        _ = try DocumentDestruction(vault: try f.admin()).destroy("INT-2014-045", reason: "retention")
        _ = try DocumentDestruction(vault: try f.admin()).destroy(DocumentDestructionTests.id, reason: "retention")
        let after = try Self.cachedText(try f.admin())
        for form in Self.forms { #expect(!after.contains(form), "the local cache still holds \(form) of a destroyed document") }
    }
}
