import ArgumentParser
import Foundation
import TamgaVault

/// `tamga log`: the audit log, oldest first. What each entry records is
/// readable by members cleared `internal`; others see who acted and when.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Show the audit log.",
        discussion: """
        --doc and --person select what entries are about, so they need a
        member cleared internal (others see only who acted and when).

        EXAMPLES:
          tamga log
          tamga log --doc VR-2014-017     # every add, read, edit, export of it
          tamga log --person D-0042       # consent, exports naming them
          tamga log --since 2015-01-01 --json
        """)

    @OptionGroup var options: VaultOptions

    @Flag(help: "Print JSON instead of lines.")
    var json = false

    @Option(name: .customLong("doc"), help: ArgumentHelp("Only entries about this document id.", valueName: "id"))
    var document: String?

    @Option(help: ArgumentHelp("Only entries about this person id (consent, exports that name or pseudonymize them).", valueName: "id"))
    var person: String?

    @Option(help: ArgumentHelp("Only entries from this day on (YYYY-MM-DD) or this time on (as printed).", valueName: "date"))
    var since: String?

    func validate() throws {
        if let since, !Self.isTimePrefix(since) { throw ValidationError("--since takes a date like 2015-01-01 (or a time as the log prints it)") }
    }

    /// `2015-01-01`, or a longer prefix of the log's ISO 8601 times: compared as text, in order.
    static func isTimePrefix(_ text: String) -> Bool {
        text.wholeMatch(of: /\d{4}-\d{2}-\d{2}(T[0-9:.]*Z?)?/) != nil
    }

    struct Line: Codable {
        let sequence: Int
        let time: String
        let actor: String
        let entry: String
        let action: LogAction?
    }

    func run() throws {
        let vault = try options.unlock()
        // Entries that verify and that their signer was allowed to write, in
        // the log's own order; `tamga check` names the others.
        let index = try VaultIndex.load(vault)
        let log = AuditLog(paths: vault.paths)
        let entries = try index.authorizedInOrder.map { try log.entry(named: $0) }
        var names: [String: String] = [:]
        for member in vault.keyring.body.members { names[member.fingerprint] = member.displayName }
        let readable = vault.levelKeys.canRead(.internal)
        if !readable, document != nil || person != nil {
            throw VaultError.notCleared(member: vault.member.name, needed: "what log entries are about (--doc, --person)")
        }
        let lines = try entries.map { entry in
            Line(sequence: entry.body.sequence, time: entry.body.time, actor: names[entry.body.actor] ?? entry.body.actor,
                 entry: entry.name,
                 action: readable ? try AuditLog.action(of: entry, keys: vault.levelKeys) : nil)
        }.filter(isSelected)
        if json {
            try printJSON(lines)
            return
        }
        for line in lines {
            var text = "\(line.sequence)  \(line.time)  \(line.actor)  "
            if let action = line.action {
                text += action.action
                if let document = action.document { text += " \(document)" }
                if let revision = action.revision { text += " rev \(revision)" }
                if let audience = action.audience { text += " audience=\(audience)" }
                if let level = action.level { text += " level=\(level)" }
                if let format = action.format { text += " format=\(format)" }
                if let persons = action.persons, !persons.isEmpty { text += " persons=\(persons.joined(separator: ","))" }
                if let note = action.note, note.hasPrefix("pseudonymized: ") {
                    text += " pseudonymized=" + note.dropFirst("pseudonymized: ".count).replacingOccurrences(of: " ", with: "")
                }
                if let date = action.date { text += " date=\(date)" }
                if let member = action.member { text += " member=\(member)" }
                if let clearance = action.clearance { text += " clearance=\(clearance)" }
                if let hash = action.hash { text += " sha256=\(hash.prefix(16))…" }
                if let original = action.original { text += " original-sha256=\(original)" }
            } else {
                text += "(readable by internal members only)"
            }
            print(text)
        }
        if !index.refused.isEmpty {
            Terminal.printWarning("\(index.refused.count) log entr\(index.refused.count == 1 ? "y is" : "ies are") not shown: "
                + "signed by members not allowed to write them; `tamga check` names them")
        }
    }

    /// Whether a line passes --doc, --person and --since. An export's note
    /// lists the persons it pseudonymized; they count as mentioned.
    private func isSelected(_ line: Line) -> Bool {
        if let since, line.time < since { return false }
        if let document, line.action?.document != document { return false }
        if let person {
            guard let action = line.action else { return false }
            let pseudonymized = action.note.map { note in
                note.hasPrefix("pseudonymized: ") && note.dropFirst("pseudonymized: ".count).split(separator: ",")
                    .contains { $0.trimmingCharacters(in: .whitespaces) == person }
            } ?? false
            guard action.persons?.contains(person) == true || pseudonymized else { return false }
        }
        return true
    }
}
