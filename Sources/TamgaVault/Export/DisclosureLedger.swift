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
        /// Persons the exported document declares (in any revision) that the projection neither named
        /// nor pseudonymized: withheld. Kept because an export is a copy of a text about them: should a
        /// writing of their name later prove to have slipped past the scan, these are the copies to
        /// recall (red-team round 11, E-1957: an export that carried a declared person's diminutive was
        /// recorded naming nobody, so `disclosures --person` did not list it).
        public let withheld: [String]

        public init(time: String, member: String, document: String, revision: Int?, audience: String, format: String?,
                    sha256: String?, named: [String], pseudonymized: [String], withheld: [String] = []) {
            self.time = time
            self.member = member
            self.document = document
            self.revision = revision
            self.audience = audience
            self.format = format
            self.sha256 = sha256
            self.named = named
            self.pseudonymized = pseudonymized
            self.withheld = withheld
        }

        /// Whether the entry concerns `person`: named, pseudonymized or withheld.
        public func concerns(_ person: String) -> Bool {
            named.contains(person) || pseudonymized.contains(person) || withheld.contains(person)
        }
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
        let index = try VaultIndex.load(vault)
        // For exports logged before the entry recorded `withheld` (session 43): the declarations the index
        // holds now, retired persons included.
        var declared: [String: Set<String>] = [:]
        for summary in index.documents { if let id = summary.entry?.id { declared[id, default: []].formUnion(summary.declarations.map(\.id)) } }
        var entries: [Entry] = []
        for name in index.authorizedInOrder {
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
            let named = action.persons ?? []
            let withheld = action.withheld ?? (declared[document] ?? []).subtracting(named).subtracting(pseudonymized).sorted()
            entries.append(Entry(time: item.body.time, member: names[item.body.actor] ?? item.body.actor,
                                 document: document, revision: action.revision, audience: audience, format: action.format,
                                 sha256: action.hash, named: named, pseudonymized: pseudonymized, withheld: withheld))
        }
        return DisclosureLedger(entries: entries)
    }

    /// The entries that concern `person` (named, pseudonymized or withheld) and/or went to `audience`.
    public func filtered(person: String?, audience: String?) -> [Entry] {
        entries.filter { entry in
            (person == nil || entry.concerns(person!)) && (audience == nil || entry.audience == audience)
        }
    }
}
