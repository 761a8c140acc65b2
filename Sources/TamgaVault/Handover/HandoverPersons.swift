import Foundation
import TamgaCore

/// The persons a hand-over package brings into the successor's vault, and
/// the consent to be named it carries for them (issue 18; attacker review
/// H3, H4 in docs/retention.md).
///
/// Checked before anything is written, because a former administrator
/// writes the payload and person ids are sequential and guessable: consent
/// is taken only for a person the package's own documents declare, and no
/// person the package declares may be one the successor's own documents
/// declare already (another body's person under the same id: merged, their
/// names, roles and consent would mix).
struct HandoverPersons {
    let vault: UnlockedVault

    /// Refuses, naming the ids, consent for a person no revision of the
    /// package declares, and a declared id the successor's own documents
    /// (any not in `transferred`) declare already.
    func check(_ revisions: [(Document, [UInt8])], consent: [String: [String: Bool]], transferred: Set<String>) throws {
        let declared = Set(revisions.flatMap { $0.0.persons.map(\.id) })
        let undeclared = consent.keys.filter { !declared.contains($0) }.sorted()
        guard undeclared.isEmpty else {
            throw VaultError.invalidArgument("the package gives consent to be named for \(undeclared.joined(separator: ", ")), "
                + "whom none of its documents declares: refused, nothing was imported (ask the former body for a new package)")
        }
        let own = Set(try VaultIndex.load(vault).declarations.filter { !transferred.contains($0.document) }
            .flatMap { $0.persons.map(\.id) })
        let clashes = declared.intersection(own).sorted()
        guard clashes.isEmpty else {
            throw VaultError.invalidArgument("the package declares \(clashes.joined(separator: ", ")), an id this vault's own documents "
                + "declare already: another body's person under the same id would be merged with yours; nothing was imported")
        }
    }

    /// The persons with a consent event (to be named, or to transfer) in the
    /// log after `entry`, in the log's order: on a resumed accept, the
    /// successor's own record since the hand-over began wins over the
    /// former body's. The events this hand-over's carry recorded (marked
    /// with its manifest's hash) are not the successor's record: an
    /// interrupted carry is finished, not skipped (review 37 H-2).
    func changedSince(_ entry: String, manifestHash: String) throws -> Set<String> {
        let lines = try AuditTrail(vault: vault).list().lines
        guard let start = lines.firstIndex(where: { $0.entry == entry }) else { return [] }
        let actions: Set<String> = ["consent-grant", "consent-withdraw", TransferConsent.grantAction, TransferConsent.withdrawAction]
        return Set(lines[(start + 1)...].compactMap(\.action)
            .filter { actions.contains($0.action) && $0.handover != manifestHash }.flatMap { $0.persons ?? [] })
    }

    /// Records consent events so that each person's consent to be named here
    /// is what it was at the former body, except for the persons in `skip`;
    /// returns how many. Withdrawals first: a carry cut short leaves fewer
    /// names shown, never more. Each event is marked with the manifest's
    /// hash, and nothing is re-projected: the caller does it once after.
    func carry(_ consent: [String: [String: Bool]], asOf: String, from former: String, manifestHash: String,
               skip: Set<String>) throws -> Int {
        // Each event changes one person's consent to one audience, so one
        // registry read before them answers for all of them.
        let registry = try RedactionContext.load(vault, loading: .none).registry
        var events: [ConsentRecording.Request] = []
        for (person, audiences) in consent.sorted(by: { $0.key < $1.key }) where !skip.contains(person) {
            for (name, granted) in audiences.sorted(by: { $0.key < $1.key }) {
                guard let audience = Audience(rawValue: name), audience != .internal else { continue }
                guard let current = registry.persons[person], current.consent.contains(audience) != granted else { continue }
                events.append(.init(personID: person, audience: audience, granted: granted, date: asOf,
                                    obtainedBy: "the former body (hand-over from vault \(former.prefix(16)))",
                                    note: "carried over by the hand-over", handover: manifestHash))
            }
        }
        for event in events.filter({ !$0.granted }) + events.filter(\.granted) {
            _ = try ConsentRecording(vault: vault).record(event, refresh: false)
        }
        return events.count
    }
}
