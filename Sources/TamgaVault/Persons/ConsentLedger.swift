import Foundation
import TamgaCore

/// Consent as data: every grant and withdrawal is a log entry (signed, dated,
/// sealed to the internal level), and the consent in force is derived from
/// them, never typed twice. Document declarations (`consent:` in front matter)
/// count as grants; a withdrawal recorded here overrides them until a later
/// grant. No consent recorded means no consent.
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
    }

    public let events: [Event]

    /// The consent entries of the vault (from the member's up-to-date index); needs the internal key.
    public static func load(_ vault: UnlockedVault) throws -> ConsentLedger {
        guard vault.levelKeys.canRead(.internal) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "consent records (internal)")
        }
        return ConsentLedger(events: try VaultIndex.load(vault).consentEvents)
    }

    /// The consent event an entry records, if it records one.
    static func event(from entry: AuditLog.Entry, keys: LevelKeySet) throws -> Event? {
        let action = try AuditLog.action(of: entry, keys: keys)
        guard action.action == "consent-grant" || action.action == "consent-withdraw",
              let person = action.persons?.first, let audienceName = action.audience,
              let audience = Audience(rawValue: audienceName) else { return nil }
        return Event(personID: person, audience: audience, granted: action.action == "consent-grant",
                     date: action.date ?? "", obtainedBy: action.obtainedBy, note: action.note,
                     recorded: entry.body.time, sequence: entry.body.sequence)
    }

    /// The consent in force for each person, starting from what documents declare.
    public func apply(to registry: PersonRegistry) -> PersonRegistry {
        var consent: [String: Set<Audience>] = [:]
        for (id, person) in registry.persons { consent[id] = person.consent }
        for event in events where consent[event.personID] != nil {
            if event.granted { consent[event.personID]?.insert(event.audience) } else { consent[event.personID]?.remove(event.audience) }
        }
        return registry.replacingConsent(with: consent)
    }

    /// The events about one person, oldest first.
    public func events(for personID: String) -> [Event] { events.filter { $0.personID == personID } }
}
