import Foundation
import Testing
import TamgaCore
import TamgaCrypto
@testable import TamgaVault

/// Revisions an add stored before session 41 logged nothing of the consent
/// their front matter took away. The index derives it from the stored texts,
/// at the entry that added the revision, so on such data too a later revision
/// declaring the consent again, or a resolve keeping the other branch of a
/// fork, does not give it back; a grant logged after it does (session 41
/// attacker, O1 and O2; C8 for old data).
@Suite struct LegacyFrontMatterWithdrawalTests {
    let vault: InsiderFixture
    let consenting: String

    init() throws {
        vault = try InsiderFixture()
        consenting = String(decoding: vault.interview, as: UTF8.self).replacingOccurrences(of: "    consent: []", with: "    consent: [state]")
        try vault.add(Array(consenting.utf8), as: try vault.admin())
        #expect(try vault.consent().contains(.state))
    }

    /// Stores `text` as a revision following `parents` (default: the newest) the way an add before session 41
    /// did: no withdrawal in its log entry. Returns the new revision's header id.
    @discardableResult
    func storeLegacy(_ text: String, parents chosen: [[UInt8]]? = nil) throws -> [UInt8] {
        let admin = try vault.admin()
        let policy = try PolicyStore(paths: admin.paths).current(admin).policy
        let source = Array(text.utf8)
        let document = try DocumentParser.parse(source, file: "test").validated(against: policy)
        let context = try RedactionContext.load(admin, adding: [document], loading: .none)
        let store = DocumentStore(vault: admin)
        let blind = try admin.blindID("INT-2014-044")
        let existing = try store.revisionHeaders(blind: blind, index: try admin.commitIndex())
        let parents = chosen ?? DocumentStore.heads(existing).map(\.header.revision)
        _ = try store.store(DocumentIntake.submission(for: document, source: source, context: context), blind: blind,
                        revisionNumber: existing.count + 1, parents: parents, contentTag: try admin.contentTag(source))
        try LowerPartRefresher(vault: admin, context: context).refresh()
        let after = try store.revisionHeaders(blind: blind, index: try admin.commitIndex())
        return try #require(after.map(\.header.revision).first { id in !existing.contains { $0.header.revision == id } })
    }

    var withdrawn: String { consenting.replacingOccurrences(of: "    consent: [state]", with: "    consent: []") }

    func namedToState() throws -> Bool { try ConsentLedger.load(try vault.admin()).inForce["D-0042"]?[.state] ?? true }

    @Test func aLegacyWithdrawalHoldsWhenALaterRevisionDeclaresTheConsentAgain() throws {
        try storeLegacy(withdrawn)
        #expect(try !vault.consent().contains(.state))
        try vault.add(Array((consenting + "\nSeen again on 2014-11-03.\n").utf8), as: try vault.admin())
        #expect(try !vault.consent().contains(.state))
        #expect(try !namedToState())
        #expect(try !vault.stateExport().contains("Sadykov"))
    }

    @Test func resolvingALegacyForkKeepingTheOtherBranchKeepsTheWithdrawalAndSaysSo() throws {
        let admin = try vault.admin()
        let store = DocumentStore(vault: admin)
        let first = try #require(DocumentStore.heads(try store.revisionHeaders(blind: try admin.blindID("INT-2014-044"),
                                                                              index: try admin.commitIndex())).first).header.revision
        try storeLegacy(withdrawn, parents: [first])
        let typo = try storeLegacy(consenting.replacingOccurrences(of: "visiting room", with: "visiting-room"), parents: [first])
        #expect(try !vault.consent().contains(.state), "held while the fork lasts")
        let resolved = try ForkResolution(vault: try vault.admin()).resolve("INT-2014-044", keep: Hex.encode(typo))
        #expect(resolved.notes.contains { $0.contains("D-0042") && $0.contains("withdrawal") }, "\(resolved.notes)")
        #expect(try !vault.consent().contains(.state))
        #expect(try !vault.stateExport().contains("Sadykov"))
    }

    @Test func aGrantLoggedAfterALegacyWithdrawalSurvivesTheNextRevision() throws {
        try storeLegacy(withdrawn)
        _ = try ConsentRecording(vault: try vault.admin()).record(.init(personID: "D-0042", audience: .state, granted: true,
                                                                        date: "2014-11-02", obtainedBy: "Admin", note: nil))
        try vault.add(Array((withdrawn + "\nSeen on 2014-11-03.\n").utf8), as: try vault.admin())
        #expect(try namedToState())
        #expect(try vault.consent().contains(.state))
    }

    @Test func aRevisionThatTakesNothingAwayDerivesNoWithdrawal() throws {
        try storeLegacy(consenting + "\nA typo fixed.\n")
        #expect(try namedToState())
        #expect(try vault.consent().contains(.state))
    }
}
