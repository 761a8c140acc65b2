import Foundation
import TamgaCore

/// "What did we give to whom about this person, and when?" answered from the
/// audit log's export entries, and from hand-overs to a successor body (one
/// entry per transferred record, audience `successor`, naming every person
/// it concerns: the record went whole).
public struct DisclosureLedger: Sendable {
    public struct Entry: Sendable, Codable, Equatable {
        public let time: String
        public let member: String
        public let document: String
        public let revision: Int?
        public let audience: String
        public let format: String?
        public let sha256: String?
        /// Persons named in the export.
        public let named: [String]
        /// Persons present under a pseudonym.
        public let pseudonymized: [String]
    }

    public let entries: [Entry]

    /// The audience of a hand-over's entries: the successor body, which holds the records whole.
    public static let successor = "successor"

    public static func load(_ vault: UnlockedVault) throws -> DisclosureLedger {
        guard vault.levelKeys.canRead(.internal) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "the disclosure ledger (internal)")
        }
        var names: [String: String] = [:]
        for member in vault.keyring.body.members { names[member.fingerprint] = member.displayName }
        // Only entries that verify and that their signer was allowed to write,
        // in the log's own order: a planted "export" is not a disclosure.
        let log = AuditLog(paths: vault.paths)
        var entries: [Entry] = []
        for name in try VaultIndex.load(vault).authorizedInOrder {
            let item = try log.entry(named: name)
            let action = try AuditLog.action(of: item, keys: vault.levelKeys)
            if action.action == "handover" {
                // A hand-over gives each transferred record whole to the successor body (issue 18).
                for (document, persons) in (action.transferred ?? [:]).sorted(by: { $0.key < $1.key }) {
                    entries.append(Entry(time: item.body.time, member: names[item.body.actor] ?? item.body.actor, document: document,
                                         revision: nil, audience: Self.successor, format: "handover", sha256: action.hash,
                                         named: persons, pseudonymized: []))
                }
                continue
            }
            guard action.action == "export", let document = action.document, let audience = action.audience else { continue }
            let pseudonymized = action.note.map { note in
                note.hasPrefix("pseudonymized: ")
                    ? note.dropFirst("pseudonymized: ".count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } : []
            } ?? []
            entries.append(Entry(time: item.body.time, member: names[item.body.actor] ?? item.body.actor,
                                 document: document, revision: action.revision, audience: audience, format: action.format,
                                 sha256: action.hash, named: action.persons ?? [], pseudonymized: pseudonymized))
        }
        return DisclosureLedger(entries: entries)
    }

    /// The entries that concern `person` (named or pseudonymized) and/or went to `audience`.
    public func filtered(person: String?, audience: String?) -> [Entry] {
        entries.filter { entry in
            (person == nil || entry.named.contains(person!) || entry.pseudonymized.contains(person!)) &&
                (audience == nil || entry.audience == audience)
        }
    }
}
