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
        EXAMPLES:
          tamga log
          tamga log --json
        """)

    @OptionGroup var options: VaultOptions

    @Flag(help: "Print JSON instead of lines.")
    var json = false

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
        let lines = try entries.map { entry in
            Line(sequence: entry.body.sequence, time: entry.body.time, actor: names[entry.body.actor] ?? entry.body.actor,
                 entry: entry.name,
                 action: vault.levelKeys.canRead(.internal) ? try AuditLog.action(of: entry, keys: vault.levelKeys) : nil)
        }
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
                if let member = action.member { text += " member=\(member)" }
                if let clearance = action.clearance { text += " clearance=\(clearance)" }
                if let hash = action.hash { text += " sha256=\(hash.prefix(16))…" }
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
}
