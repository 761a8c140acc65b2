import Foundation
import Testing
import TamgaCore
@testable import TamgaVault

/// The named-elsewhere check runs once per action (review, session 38: the
/// command's prompt and the action under the lock each paid it, ~12 s per
/// 100 documents). The plan the member confirmed is reused only when the
/// log has not moved since; a stale plan is never trusted: a report naming
/// D-0042, added in between, makes the destruction refuse.
@Suite struct DestructionPlanReuseTests {
    static func declaringReport() throws -> [UInt8] {
        let text = String(decoding: try DurableFile.readAll(DestructionUnprotectTests.example), as: UTF8.self)
        return Array(text.replacingOccurrences(of: "persons:\n",
                                               with: "persons:\n  D-0042:\n    name: Aibek Sadykov\n    role: detainee\n    consent: []\n").utf8)
    }

    @Test func aPlanMadeBeforeTheLogMovedIsMadeAgain() throws {
        let f = try DestructionApprovalTests.fixture(asking: false)
        let destruction = DocumentDestruction(vault: try f.admin())
        let confirmed = try destruction.plan("INT-2014-044")
        #expect(confirmed.namedElsewhere.isEmpty && !confirmed.heads.isEmpty, "no other document names D-0042 yet")
        // In between: a report naming him, undeclared, is added.
        let report = "---\nid: VR-9\nkind: visit-report\ntitle: Visit\ndate: 2014-10-29\nlevel: state\n---\n\nAibek Sadykov was moved to cell 3.\n"
        try f.add(Array(report.utf8), as: try f.admin())
        do {
            _ = try DocumentDestruction(vault: try f.admin()).destroy("INT-2014-044", reason: "retention", planned: confirmed)
            Issue.record("destroyed on a plan made before the log moved")
        } catch let VaultError.invalidArgument(message) {
            #expect(message.contains("VR-9"), "\(message)")
        }
        #expect(try DocumentCatalog(vault: try f.admin()).history("INT-2014-044", level: .internal).count == 1)
    }

    @Test func aPlanMadeAtTheSameHeadsIsReused() throws {
        let f = try DestructionApprovalTests.fixture(asking: false)
        try f.add(try Self.declaringReport(), as: try f.admin())
        let destruction = DocumentDestruction(vault: try f.admin())
        let confirmed = try destruction.plan("INT-2014-044")
        #expect(try destruction.plan("INT-2014-044", reusing: confirmed) == confirmed)
        // A plan for another id, or one with no heads, is not reused.
        var other = confirmed
        other.heads = []
        #expect(try destruction.plan("INT-2014-044", reusing: other).heads == confirmed.heads)
        _ = try destruction.destroy("INT-2014-044", reason: "retention", planned: confirmed)
        #expect(throws: VaultError.self) { try DocumentCatalog(vault: try f.admin()).history("INT-2014-044", level: .internal) }
    }
}
