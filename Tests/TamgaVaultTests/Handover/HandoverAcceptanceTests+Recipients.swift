import Foundation
import Testing
import TamgaCore
import TamgaCrypto
@testable import TamgaVault

/// Attacker review M2, M5 and M1: who else the package is sealed to, the
/// hand-over day, and clashes found only after the `handover-accept` entry.
extension HandoverAcceptanceTests {
    static func keys(of vault: UnlockedVault) -> MemberPublicKey {
        MemberPublicKey(encryptionKey: vault.identity.encryption.publicKey, signingKey: vault.identity.signing.publicKey)
    }

    /// M2: the invitation's checksum is unkeyed, so one more `--to` line
    /// from someone in the middle passes; the successor refuses a package
    /// sealed to anyone but its own active administrators cleared internal.
    @Test(arguments: ["stranger", "state member", "removed administrator"])
    func aPackageAlsoSealedToSomeoneWhoIsNotAnAdministratorHereIsRefusedWithNothingWritten(_ who: String) throws {
        let s = try Setting(extra: { successor in
            switch who {
            case "stranger": return [Self.keys(of: try VaultFixture().unlock())]
            case "state member": return [Self.keys(of: try successor.addMember("Clerk", clearance: .state))]
            default:
                let removed = try successor.addMember("Former", clearance: .internal)
                let keys = Self.keys(of: removed)
                _ = try MemberChange(vault: try successor.unlock()).remove(name: "Former")
                return [keys]
            }
        })
        let before = s.successorState()
        #expect { try s.accept() } throws: { "\($0)".contains("not an active administrator") }
        #expect(s.successorState() == before, "\(who)")
    }

    /// M5: a hand-over day in the past turns records the schedule makes due
    /// today into transferred ones; `execute` refuses it, writing nothing.
    @Test func executeRefusesAHandOverDayBeforeToday() throws {
        let f = try InsiderFixture()
        let (_, invitation) = try HandoverPlanTests.successor()
        try HandoverPlanTests.transferConsent(try f.admin(), "D-0042")
        let package = f.base.folder.url.appendingPathComponent("package")
        let yesterday = RetentionPeriod.string(Date().addingTimeInterval(-86_400))
        for day in [yesterday, "2015-01-01"] {
            #expect { try HandoverExecution(vault: try f.admin()).execute(to: [invitation], asOf: day, output: package) }
                throws: { "\($0)".contains("before today") }
            #expect(!FileManager.default.fileExists(atPath: package.path))
        }
        #expect(!(try AuditTrail(vault: try f.admin()).list().lines.contains { $0.action?.action == "handover" }))
    }

    /// M1: a recommendation id the successor's own reports use for another
    /// recommendation is found before the `handover-accept` entry.
    @Test func aRecommendationIdClashIsRefusedBeforeAnythingIsWritten() throws {
        let recommendation = { (text: String) in
            "1. [\(text)]{.recommendation #R-2014-1 to=\"Ministry of Interior\"}\n"
        }
        let s = try Setting { former in
            try former.add(Array(("---\nid: VR-7\nkind: visit-report\ndate: 2014-10-30\n---\nA visit.\n\n"
                + recommendation("Reduce occupancy.")).utf8), as: try former.admin())
        }
        try s.addOwn("---\nid: VR-OWN-2\nkind: visit-report\ndate: 2026-11-02\n---\nOur visit.\n\n" + recommendation("Repair the roof."))
        let before = s.successorState()
        #expect { try s.accept() } throws: { "\($0)".contains("R-2014-1") }
        #expect(s.successorState() == before)
    }
}
