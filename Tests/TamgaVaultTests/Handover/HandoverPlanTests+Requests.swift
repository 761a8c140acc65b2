import Foundation
import Testing
import TamgaCore
@testable import TamgaVault

/// Hand-over and retention asked for or done at the same time (attacker
/// session 37, M6): a record whose destruction is asked for, or that
/// concerns a person whose erasure is asked for, stays with the former
/// body; a destruction or an erasure after a hand-over says that the
/// successor holds its own copy.
extension HandoverPlanTests {
    @Test func aRecordWhoseDestructionIsAskedForIsWithheldUntilTheRequestIsWithdrawn() throws {
        let f = try DestructionApprovalTests.fixture(asking: true)
        let (_, invitation) = try Self.successor()
        try Self.transferConsent(try f.admin(), "D-0042")
        #expect(try Self.disposition(try f.admin(), "INT-2014-044", to: invitation)?.disposition == .transferred)
        _ = try DocumentDestruction(vault: try f.member("Monitor")).request("INT-2014-044", reason: "the person asked for it")
        let item = try #require(try Self.disposition(try f.admin(), "INT-2014-044", to: invitation))
        #expect(item.disposition == .withheld && item.withoutConsent.isEmpty)
        #expect(item.asked.count == 1 && item.asked[0].hasPrefix("destruction asked by Monitor"), "\(item.asked)")
        _ = try DocumentDestruction(vault: try f.member("Monitor")).cancel("INT-2014-044")
        #expect(try Self.disposition(try f.admin(), "INT-2014-044", to: invitation)?.disposition == .transferred)
    }

    @Test func everyRecordConcerningAPersonWhoseErasureIsAskedForIsWithheld() throws {
        let f = try ErasureApprovalTests.fixture()
        let (_, invitation) = try Self.successor()
        try Self.transferConsent(try f.admin(), "D-0042")
        let before = try HandoverPlan(vault: try f.admin()).plan(to: [invitation], asOf: Self.today)
        let concerning = before.items.filter { $0.persons.contains("D-0042") }.map(\.id)
        #expect(concerning.count >= 2)
        #expect(before.items.filter { concerning.contains($0.id) }.allSatisfy { $0.disposition == .transferred })
        _ = try PersonErasure(vault: try f.member("Monitor")).request("D-0042", reason: "consent withdrawn, erasure asked")
        let asked = try HandoverPlan(vault: try f.admin()).plan(to: [invitation], asOf: Self.today)
        for id in concerning {
            let item = try #require(asked.items.first { $0.id == id })
            #expect(item.disposition == .withheld && item.asked.contains { $0.hasPrefix("erasure of D-0042 asked by Monitor") }, "\(id)")
        }
        // Records not concerning the person go as before.
        #expect(asked.items.filter { !concerning.contains($0.id) }.map(\.disposition)
                == before.items.filter { !concerning.contains($0.id) }.map(\.disposition))
    }

    @Test func aDestructionOrErasureAfterAHandOverNamesTheHandOverThatCarriedIt() throws {
        let f = try InsiderFixture()
        try Self.transferConsent(try f.admin(), "D-0042")
        #expect(try DocumentDestruction(vault: try f.admin()).plan("INT-2014-044").handedOver.isEmpty)
        #expect(try PersonErasure(vault: try f.admin()).plan("D-0042").handedOver.isEmpty)
        let successor = try VaultFixture()
        let invitation = try SuccessorInvitation.make(in: try successor.unlock())
        let executed = try HandoverExecution(vault: try f.admin()).execute(to: [invitation], asOf: Self.today,
                                                                            output: f.base.folder.url.appendingPathComponent("package"))
        let destruction = try DocumentDestruction(vault: try f.admin()).plan("INT-2014-044").handedOver
        #expect(destruction.map(\.entry) == [executed.entry] && destruction[0].accepted == false)
        #expect(destruction[0].successorVault == invitation.vaultID && destruction[0].notice.contains("not yet accepted"))
        #expect(try PersonErasure(vault: try f.admin()).plan("D-0042").handedOver.map(\.entry) == [executed.entry])
        // Another member cleared internal sees it too; the notice names no person nor text.
        #expect(!destruction[0].notice.contains("Sadykov") && !destruction[0].notice.contains("D-0042"))
    }
}
