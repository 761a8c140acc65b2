import Foundation
import Testing
import TamgaCore
@testable import TamgaVault

/// Review 37 M-3: every stored revision was validated against the policy in
/// force, so once a role was renamed, `handover plan` and `person erase`
/// failed on a revision written before. Older revisions are now read as
/// stored (`ParsedDocument.validatedAsStored`), fail closed: an unknown role
/// names nobody, an unknown kind reads as internal.
@Suite struct PolicyChangeRetentionTests {
    static func interview(revision role: String, extra: String = "") -> [UInt8] {
        Array("""
        ---
        id: INT-2015-007
        kind: interview
        title: Interview, IVS-1
        date: 2015-03-02
        facility: IVS-1 Bishkek
        persons:
          W-0007:
            name: Nurlan Abdyrakhmanov
            role: \(role)
            consent: []
        ---
        Nurlan Abdyrakhmanov saw the cell.\(extra)

        """.utf8)
    }

    /// A vault whose INT-2015-007 declared W-0007 a `witness` in revision 1 and a
    /// `relative` in revision 2, and whose policy then dropped the role `witness`.
    static func fixture() throws -> InsiderFixture {
        let f = try InsiderFixture()
        try f.add(Self.interview(revision: "witness"), as: try f.admin())
        try f.add(Self.interview(revision: "relative", extra: " He was heard again."), as: try f.admin())
        let yaml = ShippedPolicy.yaml.replacingOccurrences(of: "  witness:\n    named-to: []\n    pseudonym: \"Witness {letter}\"\n", with: "")
        #expect(yaml != ShippedPolicy.yaml)
        _ = try PolicyChange(vault: try f.admin()).set(yaml: yaml, file: "policy.yaml")
        return f
    }

    @Test func aHandOverIsPlannedOverARevisionWrittenUnderAnOlderPolicy() throws {
        let f = try Self.fixture()
        let (_, invitation) = try HandoverPlanTests.successor()
        let item = try #require(try HandoverPlanTests.disposition(try f.admin(), "INT-2015-007", to: invitation))
        #expect(item.disposition == .withheld && item.withoutConsent == ["W-0007"] && item.revisions == 2)
    }

    @Test func aPersonIsErasedFromARevisionWrittenUnderAnOlderPolicy() throws {
        let f = try Self.fixture()
        let outcome = try PersonErasure(vault: try f.admin()).erase("W-0007", reason: "erasure asked")
        #expect(outcome.plan.documents == ["INT-2015-007"] && outcome.plan.revisions == 2)
        for revision in try DocumentCatalog(vault: try f.admin()).history("INT-2015-007", level: .internal) {
            let text = String(decoding: revision.content.withUnsafeBytes { Array($0) }, as: UTF8.self)
            #expect(!text.contains("Abdyrakhmanov") && !text.contains("Nurlan"), "revision \(revision.metadata.revision)")
        }
    }
}
