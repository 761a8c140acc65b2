import Foundation
import Testing
import TamgaCore
import TamgaCrypto
@testable import TamgaVault

/// `tamga handover plan` (issue 18): each document's disposition, fail
/// closed. The interview INT-2014-044 declares the detainee D-0042 (no
/// consent of any kind); a successor vault of its own gives the invitation.
@Suite struct HandoverPlanTests {
    static func successor() throws -> (VaultFixture, SuccessorInvitation) {
        let successor = try VaultFixture()
        return (successor, try SuccessorInvitation.make(in: try successor.unlock()))
    }

    static func disposition(_ vault: UnlockedVault, _ id: String, to invitation: SuccessorInvitation) throws -> HandoverPlan.Item? {
        try HandoverPlan(vault: vault).plan(to: [invitation], asOf: "2026-12-06").items.first { $0.id == id }
    }

    static func transferConsent(_ vault: UnlockedVault, _ person: String, granted: Bool = true) throws {
        try TransferConsentRecording(vault: vault).record(personID: person, granted: granted, date: "2025-09-20", obtainedBy: "Admin")
    }

    @Test func anInterviewIsWithheldUntilTheDetaineeConsentsToTransferAndNamingConsentIsNotTransferConsent() throws {
        let f = try InsiderFixture()
        let (_, invitation) = try Self.successor()
        let admin = try f.admin()
        let withheld = try #require(try Self.disposition(admin, "INT-2014-044", to: invitation))
        #expect(withheld.disposition == .withheld && withheld.withoutConsent == ["D-0042"])
        // Consent to be named to the State and the public is another consent.
        for audience in [Audience.state, .public] {
            _ = try ConsentRecording(vault: admin).record(.init(personID: "D-0042", audience: audience, granted: true,
                                                                date: "2014-11-02", obtainedBy: "Admin"))
        }
        #expect(try Self.disposition(try f.admin(), "INT-2014-044", to: invitation)?.disposition == .withheld)
        try Self.transferConsent(try f.admin(), "D-0042")
        #expect(try Self.disposition(try f.admin(), "INT-2014-044", to: invitation)?.disposition == .transferred)
        try Self.transferConsent(try f.admin(), "D-0042", granted: false)
        #expect(try Self.disposition(try f.admin(), "INT-2014-044", to: invitation)?.disposition == .withheld)
    }

    @Test func aDocumentThatNamesTheDetaineeWithoutDeclaringHimIsWithheldAndAnOfficialNeedsNoConsent() throws {
        let f = try InsiderFixture()
        let (_, invitation) = try Self.successor()
        try f.add(Array("""
        ---
        id: VR-1
        kind: visit-report
        date: 2014-10-29
        persons:
          O-0001:
            name: Temir Osmonov
            role: official
            consent: []
        ---
        The head of the facility, Temir Osmonov, said Aibek Sadykov had been moved.

        """.utf8), as: try f.admin())
        try f.add(Array("""
        ---
        id: VR-2
        kind: visit-report
        date: 2014-10-30
        persons:
          O-0001:
            name: Temir Osmonov
            role: official
            consent: []
        ---
        The head of the facility, Temir Osmonov, received the monitors.

        """.utf8), as: try f.admin())
        let admin = try f.admin()
        let named = try #require(try Self.disposition(admin, "VR-1", to: invitation))
        #expect(named.disposition == .withheld && named.withoutConsent == ["D-0042"], "\(named)")
        #expect(try Self.disposition(admin, "VR-2", to: invitation)?.disposition == .transferred)
    }

    /// Naming a role to the State is not handing their accounts to another
    /// body: only `transfer-without-consent` lets a role go without consent.
    @Test func aPolicyThatNamesDetaineesToTheStateStillWithholdsTheirRecordsAndOnlyTheKeyOfItsOwnTransfers() throws {
        let f = try InsiderFixture()
        let (_, invitation) = try Self.successor()
        let naming = ShippedPolicy.yaml.replacingOccurrences(of: "  detainee:\n    named-to: []", with: "  detainee:\n    named-to: [state, public]")
        #expect(naming != ShippedPolicy.yaml)
        _ = try PolicyChange(vault: try f.admin()).set(yaml: naming, file: "naming.yaml")
        #expect(try Self.disposition(try f.admin(), "INT-2014-044", to: invitation)?.disposition == .withheld)
        let transferring = naming.replacingOccurrences(of: "    pseudonym: \"Detainee {letter}\"",
                                                       with: "    pseudonym: \"Detainee {letter}\"\n    transfer-without-consent: true")
        #expect(transferring != naming)
        _ = try PolicyChange(vault: try f.admin()).set(yaml: transferring, file: "transferring.yaml")
        #expect(try Self.disposition(try f.admin(), "INT-2014-044", to: invitation)?.disposition == .transferred)
        // Anything but a boolean is refused, naming the key.
        let wrong = naming.replacingOccurrences(of: "    pseudonym: \"Detainee {letter}\"",
                                                with: "    pseudonym: \"Detainee {letter}\"\n    transfer-without-consent: sometimes")
        #expect { try PolicyChange(vault: try f.admin()).set(yaml: wrong, file: "wrong.yaml") } throws: { "\($0)".contains("transfer-without-consent") }
    }

    @Test(arguments: [Clearance.state, .contributor])
    func aTransferConsentForgedByAMemberNotClearedInternalCountsForNothing(_ clearance: Clearance) throws {
        let f = try InsiderFixture()
        let (_, invitation) = try Self.successor()
        let insider = try f.base.addMember("Insider", clearance: clearance)
        try insider.log(LogAction(action: TransferConsent.grantAction, persons: ["D-0042"], date: "2025-09-20", obtainedBy: "x"))
        #expect(try Self.disposition(try f.admin(), "INT-2014-044", to: invitation)?.disposition == .withheld)
        #expect(try f.problems().contains { $0.contains("action \(TransferConsent.grantAction), clearance \(clearance.rawValue)") })
    }

    @Test func aGrantAndAWithdrawalMadeApartMergeToWithheld() throws {
        let f = try InsiderFixture()
        let (_, invitation) = try Self.successor()
        try Self.transferConsent(try f.admin(), "D-0042")
        #expect(try Self.disposition(try f.admin(), "INT-2014-044", to: invitation)?.disposition == .transferred)
        let admin = try f.admin()
        let index = try VaultIndex.load(admin)
        // Two entries that name the same predecessors: neither saw the other.
        let log = AuditLog(paths: admin.paths)
        for action in [TransferConsent.grantAction, TransferConsent.withdrawAction] {
            try log.append(LogAction(action: action, persons: ["D-0042"], date: "2025-09-20", obtainedBy: "Admin"),
                           actor: admin.identity, vaultID: admin.vaultID, keyring: admin.keyring.fileHash,
                           internalKey: try admin.currentKey(.internal), heads: index.heads, sequence: index.nextSequence)
        }
        #expect(try Self.disposition(try f.admin(), "INT-2014-044", to: invitation)?.disposition == .withheld)
    }

    @Test(arguments: [("state", Clearance.state), ("contributor", .contributor), ("internal, not administrator", .internal)])
    func onlyAnAdministratorClearedInternalMayPlan(_ label: String, _ clearance: Clearance) throws {
        let f = try InsiderFixture()
        let (_, invitation) = try Self.successor()
        let member = try f.base.addMember("Member", clearance: clearance)
        #expect(throws: VaultError.self, "\(label)") { try HandoverPlan(vault: member).plan(to: [invitation], asOf: "2026-12-06") }
        // Consent is recorded by any member cleared internal, as consent to be named is.
        let record = { try TransferConsentRecording(vault: member).record(personID: "D-0042", granted: true, date: "2025-09-20", obtainedBy: "x") }
        if clearance == .internal { #expect(throws: Never.self) { try record() } } else { #expect(throws: VaultError.self, "\(label)") { try record() } }
    }

    @Test func invitationsAreCheckedBeforeAnythingIsPlanned() throws {
        let f = try InsiderFixture()
        let (successor, invitation) = try Self.successor()
        let admin = try f.admin()
        // Mangled in transit: one hex digit changed.
        var text = Array(invitation.text)
        text[40] = text[40] == "a" ? "b" : "a"
        #expect(throws: VaultError.self) { try SuccessorInvitation(text: String(text)) }
        #expect(try SuccessorInvitation(text: invitation.text) == invitation)
        // From this very vault, from two different vaults, or one member twice.
        #expect(throws: VaultError.self) { try HandoverPlan(vault: admin).plan(to: [try SuccessorInvitation.make(in: admin)], asOf: "2026-12-06") }
        let (_, other) = try Self.successor()
        #expect(throws: VaultError.self) { try HandoverPlan(vault: admin).plan(to: [invitation, other], asOf: "2026-12-06") }
        #expect(throws: VaultError.self) { try HandoverPlan(vault: admin).plan(to: [invitation, invitation], asOf: "2026-12-06") }
        // A successor member who is not an administrator cleared internal makes no invitation.
        let state = try successor.addMember("Clerk", clearance: .state)
        #expect(throws: VaultError.self) { try SuccessorInvitation.make(in: state) }
    }
}
