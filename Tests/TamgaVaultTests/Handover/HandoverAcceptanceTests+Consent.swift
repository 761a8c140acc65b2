import Foundation
import Testing
import TamgaCore
import TamgaCrypto
@testable import TamgaVault

/// The attacker review of the hand-over (notes/handover-attack.md), on the
/// consent a package carries: H4 (a rogue former administrator setting
/// consent for the successor's own people) and H3 (a second run of accept
/// undoing the successor's own consent changes).
extension HandoverAcceptanceTests {
    static let ownDetainee = """
    ---
    id: VR-OWN-1
    kind: visit-report
    date: 2026-11-02
    persons:
      D-0007:
        name: Nurlan Toktogulov
        role: detainee
        consent: []
    ---
    Nurlan Toktogulov described the cell.

    """

    /// H4: ids are sequential and guessable; a payload giving consent for
    /// the successor's own detainee, or for an id the package declares
    /// nowhere, is refused before anything is written.
    @Test(arguments: ["D-0007", "D-0099"])
    func consentForAPersonThePackageDoesNotDeclareIsRefusedWithNothingWritten(_ person: String) throws {
        let s = try Setting()
        try s.addOwn(Self.ownDetainee)
        try s.forge { payload in
            var consent = payload.consent
            consent[person] = ["state": true, "public": true]
            return HandoverPackage.Payload(documents: payload.documents, attachments: payload.attachments, consent: consent)
        }
        let before = s.successorState()
        #expect { try s.accept() } throws: { "\($0)".contains(person) }
        #expect(s.successorState() == before)
        #expect(try s.successorConsent("D-0007") == [])
        #expect(!FileManager.default.fileExists(atPath: s.package.appendingPathComponent(HandoverPackage.acceptance).path))
    }

    /// H4 and M1: a person id the successor's own documents declare already
    /// (here even with the same name and role) is another body's person: the
    /// package is refused before anything is written, not merged.
    @Test func aPackageDeclaringAnIdTheSuccessorsOwnDocumentsDeclareIsRefusedWithNothingWritten() throws {
        let s = try Setting()
        try s.addOwn(Self.ownDetainee.replacingOccurrences(of: "D-0007", with: "D-0042")
            .replacingOccurrences(of: "Nurlan Toktogulov", with: "Aibek Sadykov"))
        let before = s.successorState()
        #expect { try s.accept() } throws: { "\($0)".contains("D-0042") }
        #expect(s.successorState() == before)
    }

    /// H3: once an accept is complete (its completion is in the successor's
    /// log), running it again, from another recipient's copy, the original
    /// stick or a folder whose countersignature was deleted, is refused and
    /// leaves the successor's own consent changes alone.
    @Test func runningAcceptAgainAfterItCompletedNeverUndoesTheSuccessorsConsentChanges() throws {
        let s = try Setting { former in
            _ = try ConsentRecording(vault: try former.admin()).record(.init(personID: "D-0042", audience: .state, granted: true,
                                                                             date: "2025-10-01", obtainedBy: "Admin"))
        }
        let first = try s.accept()
        #expect(first.consentCarried == 1)
        #expect(try s.successorConsent("D-0042") == [.state])
        _ = try ConsentRecording(vault: try s.successor.unlock()).record(.init(personID: "D-0042", audience: .state, granted: false,
                                                                               date: "2026-12-01", obtainedBy: "Successor admin"))
        let copy = s.former.base.folder.url.appendingPathComponent("second-copy")
        try FileManager.default.copyItem(at: s.package, to: copy)
        try FileManager.default.removeItem(at: copy.appendingPathComponent(HandoverPackage.acceptance))
        try FileManager.default.removeItem(at: s.package.appendingPathComponent(HandoverPackage.acceptance))
        let before = s.successorState()
        for folder in [s.package, copy] {
            #expect {
                try HandoverAcceptance(vault: try s.successor.unlock()).accept(package: folder, formerKey: s.formerKey)
            } throws: { "\($0)".contains("accepted already") }
        }
        #expect(s.successorState() == before)
        #expect(try s.successorConsent("D-0042") == [], "the successor's withdrawal was undone")
    }

    /// H3: an accept interrupted after its entry is resumed, but a person
    /// whose consent the successor changed since that entry keeps it.
    @Test func aResumedAcceptSkipsPersonsWhoseConsentTheSuccessorChangedSinceTheEntry() throws {
        let s = try Setting { former in
            _ = try ConsentRecording(vault: try former.admin()).record(.init(personID: "D-0042", audience: .state, granted: true,
                                                                             date: "2025-10-01", obtainedBy: "Admin"))
        }
        let successor = try s.successor.unlock()
        let manifest = try DurableFile.readAll(s.package.appendingPathComponent(HandoverPackage.manifest))
        // What an accept killed after its first revision leaves behind.
        try successor.log(LogAction(action: "handover-accept", hash: Hex.encode(SHA256.hash(manifest))))
        let policy = try PolicyStore(paths: successor.paths).current(successor).policy
        let first = try DocumentParser.parse(s.former.interview, file: "test").validated(against: policy)
        _ = try DocumentAddition(vault: successor).add([(first, s.former.interview)])
        // The successor's administrator records D-0042's answer in the meantime.
        _ = try ConsentRecording(vault: try s.successor.unlock()).record(.init(personID: "D-0042", audience: .public, granted: false,
                                                                               date: "2026-12-01", obtainedBy: "Successor admin"))
        let outcome = try s.accept()
        #expect(outcome.consentCarried == 0)
        #expect(try s.successorConsent("D-0042") == [], "the former body's grant overrode the successor's own record")
        // Complete now: a further run is refused.
        try FileManager.default.removeItem(at: s.package.appendingPathComponent(HandoverPackage.acceptance))
        #expect { try s.accept() } throws: { "\($0)".contains("accepted already") }
    }

    /// Review 37 H-2: the interrupted run had carried the former body's
    /// public withdrawal, not yet its State one. The resume must not count
    /// the hand-over's own carry as the successor's record: D-0042's State
    /// grant in the front matter must not stand.
    @Test func aResumedAcceptFinishesAPartlyCarriedWithdrawal() throws {
        let granted = Array(String(decoding: try InsiderFixture().interview, as: UTF8.self)
            .replacingOccurrences(of: "consent: []", with: "consent: [state]").utf8)
        let s = try Setting { former in
            try former.add(granted, as: try former.admin())
            for audience in [Audience.public, .state] {
                _ = try ConsentRecording(vault: try former.admin()).record(.init(personID: "D-0042", audience: audience, granted: false,
                                                                                 date: "2025-10-01", obtainedBy: "Admin"))
            }
        }
        let successor = try s.successor.unlock()
        let manifest = try DurableFile.readAll(s.package.appendingPathComponent(HandoverPackage.manifest))
        let hash = Hex.encode(SHA256.hash(manifest))
        // What an accept killed inside its carry leaves behind: every revision, one of the two withdrawals.
        try successor.log(LogAction(action: "handover-accept", hash: hash))
        let policy = try PolicyStore(paths: successor.paths).current(successor).policy
        for source in [s.former.interview, granted] {
            _ = try DocumentAddition(vault: successor).add([(try DocumentParser.parse(source, file: "test").validated(against: policy), source)])
        }
        #expect(try s.successorConsent("D-0042") == [.state])
        _ = try ConsentRecording(vault: try s.successor.unlock()).record(.init(
            personID: "D-0042", audience: .public, granted: false, date: HandoverPlanTests.today,
            obtainedBy: "the former body (hand-over from vault \(try s.former.admin().vaultID.prefix(16)))",
            note: "carried over by the hand-over", handover: hash))
        _ = try s.accept()
        #expect(try s.successorConsent("D-0042") == [], "the State grant stood after the resume")
    }
}
