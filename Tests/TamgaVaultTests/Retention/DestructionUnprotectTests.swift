import Foundation
import Testing
import TamgaCore
@testable import TamgaVault

/// Attacker session 37, L9: destroying the only document that declares a
/// person made every other document that names them publish the name
/// (INT-2014-044 declares D-0042, Aibek Sadykov; VR-2014-017 names him
/// without declaring him). The destruction is now refused, by every way of
/// destroying, until the person is declared where they are named.
@Suite struct DestructionUnprotectTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples/VR-2014-017.md")

    /// The interview and the visit report that names its detainee undeclared.
    static func fixture(asking: Bool = false) throws -> InsiderFixture {
        let f = try DestructionApprovalTests.fixture(asking: asking)
        try f.add(try DurableFile.readAll(Self.example), as: try f.admin())
        return f
    }

    static func logCount(_ f: InsiderFixture) throws -> Int { try AuditTrail(vault: try f.admin()).list().lines.count }

    @Test func destroyingTheOnlyDeclarationOfAPersonAnotherDocumentNamesIsRefused() throws {
        let f = try Self.fixture()
        let entries = try Self.logCount(f)
        let plan = try DocumentDestruction(vault: try f.admin()).plan("INT-2014-044")
        #expect(plan.namedElsewhere == ["D-0042": ["VR-2014-017"]])
        do {
            _ = try DocumentDestruction(vault: try f.admin()).destroy("INT-2014-044", reason: "retention: interview, 5 years")
            Issue.record("destroyed although VR-2014-017 names D-0042")
        } catch let VaultError.invalidArgument(message) {
            #expect(message.contains("D-0042") && message.contains("VR-2014-017") && !message.contains("Sadykov"), "\(message)")
        }
        #expect(try Self.logCount(f) == entries, "nothing is written")
        #expect(try DocumentCatalog(vault: try f.admin()).history("INT-2014-044", level: .internal).count == 1)
    }

    @Test func declaringThePersonWhereTheyAreNamedLetsTheDestructionGoAndKeepsTheNameWithheld() throws {
        let f = try Self.fixture()
        var report = String(decoding: try DurableFile.readAll(Self.example), as: UTF8.self)
        report = report.replacingOccurrences(of: "persons:\n", with: "persons:\n  D-0042:\n    name: Aibek Sadykov\n    role: detainee\n    consent: []\n")
        try f.add(Array(report.utf8), as: try f.admin())
        #expect(try DocumentDestruction(vault: try f.admin()).plan("INT-2014-044").namedElsewhere.isEmpty)
        _ = try DocumentDestruction(vault: try f.admin()).destroy("INT-2014-044", reason: "retention: interview, 5 years")
        let state = try ExportService(vault: try f.admin(), documents: ["VR-2014-017"])
            .export(["VR-2014-017"], for: .state, as: .markdown)[0].export.text
        #expect(!state.contains("Sadykov") && !state.contains("Aibek"))
    }

    @Test func aNameInAnOlderRevisionOnlyStillRefuses() throws {
        let f = try DestructionApprovalTests.fixture(asking: false)
        let older = "---\nid: VR-9\nkind: visit-report\ntitle: Visit\ndate: 2014-10-29\n---\n\nAibek Sadykov was moved to cell 3.\n"
        try f.add(Array(older.utf8), as: try f.admin())
        try f.add(Array(older.replacingOccurrences(of: "Aibek Sadykov was", with: "A detainee was").utf8), as: try f.admin())
        #expect(try DocumentDestruction(vault: try f.admin()).plan("INT-2014-044").namedElsewhere == ["D-0042": ["VR-9"]])
    }

    @Test func underApprovalNeitherTheRequestNorTheApprovalGoesThrough() throws {
        let f = try Self.fixture(asking: true)
        #expect(throws: VaultError.self) {
            _ = try DocumentDestruction(vault: try f.member("Monitor")).request("INT-2014-044", reason: "retention")
        }
        #expect(try DocumentDestruction(vault: try f.admin()).pending().isEmpty)
    }
}
