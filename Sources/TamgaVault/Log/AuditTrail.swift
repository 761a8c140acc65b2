import Foundation

/// The audit log as a member reads it, oldest first: the use case `tamga
/// log` and the web log page both call (issue 20: no rules in a front end).
/// Only entries that verify and that their signer was allowed to write are
/// listed, in the log's own order; `check` names the others. What an entry
/// records is shown to members cleared internal; others see who acted and
/// when, and cannot select by document or person (that would tell them
/// what the entries are about).
public struct AuditTrail {
    /// One entry as listed; `action` is nil for a member not cleared internal.
    public struct Line: Codable, Sendable, Equatable {
        public let sequence: Int
        public let time: String
        public let actor: String
        public let entry: String
        public let action: LogAction?

        /// The entry in one line after its sequence, time and actor (what `tamga log` prints).
        public var summary: String {
            guard let action else { return "(readable by internal members only)" }
            var text = action.action
            if let document = action.document { text += " \(document)" }
            if let revision = action.revision { text += " rev \(revision)" }
            if let audience = action.audience { text += " audience=\(audience)" }
            if let level = action.level { text += " level=\(level)" }
            if let format = action.format { text += " format=\(format)" }
            if let persons = action.persons, !persons.isEmpty { text += " persons=\(persons.joined(separator: ","))" }
            if let note = action.note, note.hasPrefix(Self.pseudonymized) {
                text += " pseudonymized=" + note.dropFirst(Self.pseudonymized.count).replacingOccurrences(of: " ", with: "")
            }
            if let date = action.date { text += " date=\(date)" }
            if let member = action.member { text += " member=\(member)" }
            if let clearance = action.clearance { text += " clearance=\(clearance)" }
            if let hash = action.hash { text += " sha256=\(hash.prefix(16))…" }
            if let original = action.original { text += " original-sha256=\(original)" }
            return text
        }

        static let pseudonymized = "pseudonymized: "
    }

    /// Which entries: about a document, mentioning a person (named, or
    /// pseudonymised by an export), from a time on (a prefix of the log's
    /// ISO 8601 times, compared as text).
    public struct Filter: Sendable, Equatable {
        public var document: String?
        public var person: String?
        public var since: String?

        public init(document: String? = nil, person: String? = nil, since: String? = nil) {
            self.document = document
            self.person = person
            self.since = since
        }

        func selects(_ line: Line) -> Bool {
            if let since, line.time < since { return false }
            if let document, line.action?.document != document { return false }
            if let person {
                guard let action = line.action else { return false }
                let pseudonymized = action.note.map { note in
                    note.hasPrefix(Line.pseudonymized) && note.dropFirst(Line.pseudonymized.count).split(separator: ",")
                        .contains { $0.trimmingCharacters(in: .whitespaces) == person }
                } ?? false
                guard action.persons?.contains(person) == true || pseudonymized else { return false }
            }
            return true
        }
    }

    public struct Listing: Sendable {
        public let lines: [Line]
        /// Entries not listed because their signer was not allowed to write them.
        public let refused: Int
    }

    let vault: UnlockedVault

    public init(vault: UnlockedVault) {
        self.vault = vault
    }

    public func list(_ filter: Filter = Filter()) throws -> Listing {
        let readable = vault.levelKeys.canRead(.internal)
        if !readable, filter.document != nil || filter.person != nil {
            throw VaultError.notCleared(member: vault.member.name, needed: "what log entries are about (--doc, --person)")
        }
        let index = try VaultIndex.load(vault)
        let log = AuditLog(paths: vault.paths)
        var names: [String: String] = [:]
        for member in vault.keyring.body.members { names[member.fingerprint] = member.displayName }
        let lines = try index.authorizedInOrder.map { name -> Line in
            let entry = try log.entry(named: name)
            return Line(sequence: entry.body.sequence, time: entry.body.time, actor: names[entry.body.actor] ?? entry.body.actor,
                        entry: entry.name, action: readable ? try AuditLog.action(of: entry, keys: vault.levelKeys) : nil)
        }.filter(filter.selects)
        return Listing(lines: lines, refused: index.refused.count)
    }
}
