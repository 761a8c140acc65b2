import Foundation
import Testing
import TamgaCore
@testable import TamgaVault

/// Issue 16, "stale stored projections": a State reader never sees a stored
/// State part made before a change to names, consent or the policy that it
/// has not seen; `check` names such a part; a refresh heals it.
@Suite struct StaleProjectionTests {
    /// A State-level report that names the detainee of INT-2014-044.
    static let report = "---\nid: VR-9\nkind: visit-report\nlevel: state\ndate: 2014-10-29\n---\nWe met Aibek Sadykov in cell 3.\n"

    static func show(_ vault: UnlockedVault) throws -> String {
        try DocumentCatalog(vault: vault).newest("VR-9").content.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// The consent change is recorded, then the command is interrupted
    /// before it re-projects (as Ctrl-C did): the stored State part still
    /// names the detainee.
    static func interruptedWithdrawal() throws -> (InsiderFixture, UnlockedVault) {
        let f = try InsiderFixture()
        try f.add(Array(report.utf8), as: try f.admin())
        let admin = try f.admin()
        try admin.log(LogAction(action: "consent-grant", audience: "state", persons: ["D-0042"], date: "2014-11-02", obtainedBy: "Admin"))
        try LowerPartRefresher(vault: admin, context: try RedactionContext.load(admin, loading: .none)).refresh()
        let state = try f.base.addMember("Reader", clearance: .state)
        #expect(try Self.show(state).contains("Sadykov"), "consent given: the State version names him")
        try f.admin().log(LogAction(action: "consent-withdraw", audience: "state", persons: ["D-0042"], date: "2014-11-03", obtainedBy: "Admin"))
        return (f, state)
    }

    @Test func aStateReaderIsRefusedAPartMadeBeforeAWithdrawal() throws {
        let (f, state) = try Self.interruptedWithdrawal()
        let error = try #require(throws: VaultError.self) { try Self.show(try f.member("Reader")) }
        #expect(error.message.contains("the state version of VR-9 (revision 1) was made before log entry"), "\(error.message)")
        #expect(!error.message.contains("Sadykov"))
        #expect(error.hint?.contains("tamga refresh") == true)
        #expect(throws: VaultError.self) { try DocumentCatalog(vault: state).history("VR-9") }
    }

    @Test func checkNamesTheStalePart() throws {
        let (f, _) = try Self.interruptedWithdrawal()
        let warnings = VaultChecker.check(try f.admin()).warnings.map(\.description)
        #expect(warnings.contains { $0.contains("/state/") && $0.contains("stale: made before log/") }, "\(warnings)")
    }

    @Test func aRefreshHealsAndTheNameIsGone() throws {
        let (f, _) = try Self.interruptedWithdrawal()
        let admin = try f.admin()
        try LowerPartRefresher(vault: admin, context: try RedactionContext.load(admin, loading: .none)).refresh()
        let shown = try Self.show(try f.member("Reader"))
        #expect(!shown.contains("Sadykov"))
        #expect(!VaultChecker.check(try f.admin()).warnings.contains { $0.description.contains("stale") })
    }

    /// Routine work keeps parts fresh: an add by an internal member
    /// re-checks and vouches; the State reader is never refused.
    @Test func routineAddsLeaveNothingStale() throws {
        let f = try InsiderFixture()
        let state = try f.base.addMember("Reader", clearance: .state)
        for number in 1...3 {
            try f.add(Array("---\nid: VR-\(number)\nkind: visit-report\nlevel: state\ndate: 2014-10-29\n---\nA visit.\n".utf8), as: try f.admin())
        }
        #expect(!(try f.stateShow(state)).contains("Sadykov"))
        #expect(!VaultChecker.check(try f.admin()).warnings.contains { $0.description.contains("stale") })
    }

    /// A State member cannot make parts look stale (a flag in an entry of
    /// theirs counts for nothing), nor vouch for them.
    @Test func aStateMembersEntryNeitherStalesNorVouches() throws {
        let (f, state) = try Self.interruptedWithdrawal()
        try state.log(LogAction(action: "refresh", note: "forged vouch"))
        #expect(throws: VaultError.self) { try Self.show(try f.member("Reader")) }
        let admin = try f.admin()
        try LowerPartRefresher(vault: admin, context: try RedactionContext.load(admin, loading: .none)).refresh()
        try f.member("Reader").log(LogAction(action: "policy-set", note: "forged change"))
        #expect(!(try Self.show(try f.member("Reader"))).contains("Sadykov"))
    }
}
