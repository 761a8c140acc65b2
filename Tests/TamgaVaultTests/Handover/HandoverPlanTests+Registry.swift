import Foundation
import Testing
import TamgaCore
import TamgaCrypto
@testable import TamgaVault

/// Attacker review H2: person records do not travel, only documents do. A
/// transferred document that names a person (or a spelling of a person)
/// whom only a withheld document declares would reach the successor with a
/// name its registry does not know, and the successor's State export would
/// print it. The exact steps of the report, then the same with a spelling.
extension HandoverPlanTests {
    /// INT-1 declares D-0042 (consented to transfer; Cyrillic spelling too)
    /// and the witness D-0060 (no consent): withheld.
    static let interviewWithWitness = """
    ---
    id: INT-1
    kind: interview
    date: 2014-10-28
    persons:
      D-0042:
        name: Aibek Sadykov
        also: [Айбек Садыков, Aibek Toktomushev]
        role: detainee
        consent: []
      D-0060:
        name: Bakyt Zhumabaev
        role: witness
        consent: []
    ---
    Aibek Sadykov and Bakyt Zhumabaev were interviewed together.

    """

    static func report(_ id: String, _ text: String, declaring: String = "") -> String {
        """
        ---
        id: \(id)
        kind: visit-report
        date: 2014-10-30
        level: state
        persons:
          O-0001:
            name: Temir Osmonov
            role: official
            consent: []
        \(declaring)---
        \(text)

        """
    }

    /// Hands over everything the plan transfers, accepts it, and returns
    /// every State export the successor can make of what arrived.
    static func handOverAndExportToTheState(_ former: VaultFixture) throws -> [String: String] {
        let (successor, invitation) = try Self.successor()
        let package = former.folder.url.appendingPathComponent("package")
        let executed = try HandoverExecution(vault: try former.unlock()).execute(to: [invitation], asOf: Self.today, output: package)
        _ = try HandoverAcceptance(vault: try successor.unlock()).accept(
            package: package, formerKey: try MinisignPublicKey(tamgaSigningKey: Hex.decode(executed.manifest.former.exportKey)))
        let ids = executed.manifest.transferred.map(\.id)
        var exports: [String: String] = [:]
        for id in ids {
            exports[id] = try ExportService(vault: try successor.unlock(), documents: [id]).export([id], for: .state, as: .markdown)[0].export.text
        }
        return exports
    }

    static func add(_ text: String, to vault: VaultFixture) throws {
        let admin = try vault.unlock()
        let policy = try PolicyStore(paths: admin.paths).current(admin).policy
        _ = try DocumentAddition(vault: admin).add([(try DocumentParser.parse(Array(text.utf8), file: "t").validated(against: policy),
                                                     Array(text.utf8))])
    }

    @Test func aTransferredReportNamingADetaineeDeclaredOnlyInAWithheldInterviewNeverReachesTheSuccessorsStateExport() throws {
        let former = try VaultFixture()
        try Self.add(Self.interviewWithWitness, to: former)
        try Self.add(Self.report("VR-2", "Temir Osmonov said Aibek Sadykov had been moved."), to: former)
        try Self.transferConsent(try former.unlock(), "D-0042")
        let (_, invitation) = try Self.successor()
        #expect(try Self.disposition(try former.unlock(), "INT-1", to: invitation)?.disposition == .withheld)
        let exports = try Self.handOverAndExportToTheState(former)
        for (id, text) in exports { #expect(!text.contains("Sadykov"), "\(id) names the detainee to the State at the successor") }
        let item = try #require(try Self.disposition(try former.unlock(), "VR-2", to: invitation))
        #expect(item.disposition == .withheld && item.withoutConsent.isEmpty && item.undeclared == ["D-0042"], "\(item)")
    }

    @Test func aTransferredReportUsingASpellingDeclaredOnlyInAWithheldInterviewIsWithheld() throws {
        let former = try VaultFixture()
        try Self.add(Self.interviewWithWitness, to: former)
        // VR-3 declares D-0042 by his Latin name only, VR-4 names him in Cyrillic.
        try Self.add(Self.report("VR-3", "Aibek Sadykov was seen.", declaring: """
          D-0042:
            name: Aibek Sadykov
            role: detainee
            consent: []

        """), to: former)
        // A spelling the name finder links to his declared one (Cyrillic) is known to the
        // successor too; an earlier surname, declared only in INT-1, is not.
        try Self.add(Self.report("VR-4", "Temir Osmonov said Aibek Toktomushev had been moved."), to: former)
        try Self.add(Self.report("VR-5", "Temir Osmonov said Айбек Садыков had been moved."), to: former)
        try Self.transferConsent(try former.unlock(), "D-0042")
        let exports = try Self.handOverAndExportToTheState(former)
        #expect(exports["VR-3"] != nil)
        for (id, text) in exports {
            #expect(!text.contains("Садыков") && !text.contains("Toktomushev"), "\(id) names the detainee to the State at the successor")
        }
        let (_, invitation) = try Self.successor()
        let item = try #require(try Self.disposition(try former.unlock(), "VR-4", to: invitation))
        #expect(item.disposition == .withheld && item.undeclared == ["D-0042"], "\(item)")
        #expect(try Self.disposition(try former.unlock(), "VR-5", to: invitation)?.disposition == .transferred)
    }
}
