import Foundation
import TamgaCore

/// Consent to be handed over to a successor body (issue 18): a person who
/// spoke to this NPM in confidence agreed that their record may go to the
/// body that takes over its mandate. It is a kind of consent of its own,
/// never inferred from consent to be named to the State or the public (a
/// person may agree to be named in a report and still not want a new body,
/// perhaps one that does not meet the Paris Principles, to hold their
/// account), and never declared in a document's front matter: only a signed,
/// dated `transfer-consent-grant` entry gives it, and a later
/// `transfer-consent-withdraw` takes it back.
///
/// As for `ConsentLedger`, "later" is the log's own order, only entries by
/// members cleared internal count (`EntryAuthorization`), and when a grant
/// and a withdrawal did not see each other (two copies merged) the
/// withdrawal wins. No event recorded means no consent.
public struct TransferConsent: Sendable {
    public static let grantAction = "transfer-consent-grant"
    public static let withdrawAction = "transfer-consent-withdraw"

    public struct Event: Sendable, Equatable {
        public let personID: String
        public let granted: Bool
        public let date: String
        public let obtainedBy: String?
        public let note: String?
        /// The log entry that records it.
        public let entry: String
    }

    /// Authorized events, in the log's order.
    public let events: [Event]
    let graph: LogGraph

    /// The transfer consent events of the vault; needs the internal key (actions are sealed to it).
    public static func load(_ vault: UnlockedVault) throws -> TransferConsent {
        guard vault.levelKeys.canRead(.internal) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "consent records (internal)")
        }
        let index = try VaultIndex.load(vault)
        let events = try AuditTrail(vault: vault).list().lines.compactMap { line -> Event? in
            guard let action = line.action, action.action == grantAction || action.action == withdrawAction,
                  let person = action.persons?.first, action.persons?.count == 1 else { return nil }
            return Event(personID: person, granted: action.action == grantAction, date: action.date ?? "",
                         obtainedBy: action.obtainedBy, note: action.note, entry: line.entry)
        }
        return TransferConsent(events: events, graph: index.derived.graph)
    }

    /// The persons whose consent to transfer is in force: the events about
    /// them that no later event about them saw hold no withdrawal.
    public var granted: Set<String> {
        var byPerson: [String: [Event]] = [:]
        for event in events { byPerson[event.personID, default: []].append(event) }
        return Set(byPerson.compactMap { person, events in
            let newest = events.filter { event in
                !events.contains { $0.entry != event.entry && graph.isAncestor(event.entry, of: $0.entry) }
            }
            return newest.contains { !$0.granted } ? nil : person
        })
    }

    /// The events about one person, in the log's order.
    public func events(for personID: String) -> [Event] { events.filter { $0.personID == personID } }
}
