import Foundation
import Testing
import TamgaCore
@testable import TamgaVault

/// The add use case's own rule, without the CLI (issue 20): two documents
/// with one id in one addition are refused, naming both files, and nothing
/// is stored.
@Suite struct DocumentAdditionTests {
    @Test func twoDocumentsWithOneIdAreRefusedNamingBothFiles() throws {
        let vault = try VaultFixture()
        let admin = try vault.unlock()
        let policy = try PolicyStore(paths: admin.paths).current(admin).policy
        func document(_ file: String, title: String) throws -> (document: Document, source: [UInt8]) {
            let source = Array("---\nid: VR-1\nkind: visit-report\ntitle: \(title)\ndate: 2014-10-28\n---\ntext\n".utf8)
            return (try DocumentParser.parse(source, file: file).validated(against: policy), source)
        }
        let documents = [try document("a.md", title: "One"), try document("b.md", title: "Two")]
        #expect(throws: VaultError.invalidDocument("b.md and a.md both have id VR-1; add one revision at a time (nothing was added)")) {
            try DocumentAddition(vault: admin).add(documents)
        }
        #expect(try DocumentCatalog(vault: admin).list().isEmpty)
    }

    /// Round 8, A4: the use case (so the CLI and the web alike) passes on the
    /// warning for a protected given name that is an everyday word.
    @Test func aGivenNameThatIsAWordIsWarnedAtAdd() throws {
        let vault = try VaultFixture()
        let admin = try vault.unlock()
        let policy = try PolicyStore(paths: admin.paths).current(admin).policy
        let source = Array(("---\nid: VR-1\nkind: visit-report\ntitle: Visit\ndate: 2014-10-28\npersons:\n  D-3:\n    name: Erkin Asanov\n"
            + "    role: detainee\n    consent: []\n---\ntext\n").utf8)
        let document = try DocumentParser.parse(source, file: "a.md").validated(against: policy)
        var warnings: [String] = []
        _ = try DocumentAddition(vault: admin).add([(document, source)], warn: { warnings.append($0) })
        #expect(warnings.contains { $0.hasPrefix("VR-1: D-3's given name is also an everyday word") })
    }
}

/// The checks before a new document is drafted, without the CLI (issue 20).
@Suite struct NewDocumentCheckTests {
    @Test func aKnownKindAndAFreeIdPassAndTheRestIsRefused() throws {
        let vault = try VaultFixture()
        try vault.addDocument("VR-1")
        let admin = try vault.unlock()
        #expect(try NewDocumentCheck(vault: admin).check(id: "VR-2", kind: "visit-report").kinds["visit-report"] != nil)
        #expect(throws: VaultError.self) { try NewDocumentCheck(vault: admin).check(id: "VR-1", kind: "visit-report") }
        #expect(throws: VaultError.self) { try NewDocumentCheck(vault: admin).check(id: "VR-2", kind: "no-such-kind") }
        let state = try vault.addMember("Reader", clearance: .state)
        #expect(throws: VaultError.self) { try NewDocumentCheck(vault: state).check(id: "VR-2", kind: "visit-report") }
    }
}
