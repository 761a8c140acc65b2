import Foundation
import TamgaCore

/// Consent as data: every grant and withdrawal is a log entry (signed, dated,
/// sealed to the internal level), and the consent in force is derived from
/// them, never typed twice. Document declarations (`consent:` in front matter)
/// count as grants; a withdrawal recorded here overrides them until a later
/// grant. No consent recorded means no consent.
///
/// "Later" is the log's own order (`LogGraph`: an entry names the entries it
/// saw by their hashes), never a sequence number or date a writer chose. Only
/// entries by members cleared internal count (`EntryAuthorization`). When two
/// events about the same person and audience did not see each other (two
/// copies merged), a withdrawal among them wins: the safe reading of a
/// conflict about disclosure is "no".
public struct ConsentLedger: Sendable {
    public struct Event: Sendable, Equatable, Codable {
        public let personID: String
        public let audience: Audience
        public let granted: Bool
        public let date: String
        public let obtainedBy: String?
        public let note: String?
        public let recorded: String
        public let sequence: Int
        /// The log entry that records it.
        public let entry: String
        /// The document whose revision's front matter took the consent away
        /// (`FrontMatterWithdrawal`); nil for `tamga person consent`.
        public var document: String? = nil
    }

    /// Authorized events, in the log's order.
    public let events: [Event]
    /// Consent a document's front matter took away, derived from the stored
    /// revisions (`VaultIndex.frontMatterWithdrawals`): each placed at the
    /// entry that added the revision which took it away, so a grant logged
    /// before that entry does not give it back and one logged after does
    /// (retention attacker 39, F3; session 41 attacker, C8 and O1). Counted
    /// in `inForce`, never listed as a logged event.
    let frontMatter: [Event]
    let graph: LogGraph

    init(events: [Event], frontMatter: [Event] = [], graph: LogGraph) {
        self.events = events
        self.frontMatter = frontMatter
        self.graph = graph
    }

    /// The consent entries of the vault (from the member's up-to-date index); needs the internal key.
    public static func load(_ vault: UnlockedVault) throws -> ConsentLedger {
        guard vault.levelKeys.canRead(.internal) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "consent records (internal)")
        }
        return try VaultIndex.load(vault).consentLedger
    }

    /// The consent event an entry's opened action records, if it records one.
    static func event(from action: LogAction, entry: AuditLog.Entry) -> Event? {
        guard action.action == "consent-grant" || action.action == "consent-withdraw",
              let person = action.persons?.first, let audienceName = action.audience,
              let audience = Audience(rawValue: audienceName) else { return nil }
        return Event(personID: person, audience: audience, granted: action.action == "consent-grant",
                     date: action.date ?? "", obtainedBy: action.obtainedBy, note: action.note,
                     recorded: entry.body.time, sequence: entry.body.sequence, entry: entry.name)
    }

    /// Per person and audience: granted (true) or withdrawn (false) by the
    /// events in force, those no later event about the same pair saw.
    public var inForce: [String: [Audience: Bool]] {
        var byPair: [String: [Audience: [Event]]] = [:]
        for event in events + frontMatter { byPair[event.personID, default: [:]][event.audience, default: []].append(event) }
        return byPair.mapValues { audiences in
            audiences.mapValues { pair in
                let newest = pair.filter { event in
                    !pair.contains { $0.entry != event.entry && graph.isAncestor(event.entry, of: $0.entry) }
                }
                return !newest.contains { !$0.granted }
            }
        }
    }

    /// The consent in force for each person, starting from what documents declare.
    public func apply(to registry: PersonRegistry) -> PersonRegistry {
        var consent: [String: Set<Audience>] = [:]
        for (id, person) in registry.persons { consent[id] = person.consent }
        for (person, audiences) in inForce where consent[person] != nil {
            for (audience, granted) in audiences {
                if granted { consent[person]?.insert(audience) } else { consent[person]?.remove(audience) }
            }
        }
        return registry.replacingConsent(with: consent)
    }

    /// The events about one person, in the log's order.
    public func events(for personID: String) -> [Event] { events.filter { $0.personID == personID } }
}
