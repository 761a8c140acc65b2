import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

/// `tamga disclosures`: what was given to whom about a person, and when.
struct DisclosuresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disclosures",
        abstract: "List what left the vault: which export, to which audience, naming whom.",
        discussion: """
        EXAMPLES:
          tamga disclosures --person D-0042
          tamga disclosures --audience state --json
        """)

    @OptionGroup var options: VaultOptions
    @Option(help: "Only exports that name, pseudonymize or withhold this person id (withheld: the exported document declares them).")
    var person: String?
    @Option(help: "Only exports to this audience.") var audience: Audience?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let vault = try options.unlock()
        let ledger = try DisclosureLedger.load(vault)
        // An id that no one ever declared is a typo, not "nothing disclosed"
        // (issue 19 item 5); a retired person still has a history here.
        if let person, !ledger.entries.contains(where: { $0.concerns(person) }),
           try RedactionContext.load(vault, loading: .none).registry.persons[person] == nil {
            throw VaultError.unknownPerson(id: person)
        }
        let entries = ledger.filtered(person: person, audience: audience?.rawValue)
        if json {
            try printJSON(entries)
            return
        }
        guard !entries.isEmpty else { print("No exports recorded."); return }
        for entry in entries {
            var line = "\(entry.time)  \(entry.member)  \(entry.document)"
            if let revision = entry.revision { line += " rev \(revision)" }
            line += " -> \(entry.audience) (\(entry.format ?? "?"))"
            line += "  named: \(entry.named.isEmpty ? "none" : entry.named.joined(separator: ", "))"
            if !entry.pseudonymized.isEmpty { line += "  pseudonymized: \(entry.pseudonymized.joined(separator: ", "))" }
            if !entry.withheld.isEmpty { line += "  withheld: \(entry.withheld.joined(separator: ", "))" }
            if let hash = entry.sha256 { line += "  sha256 \(hash.prefix(16))…" }
            print(line)
        }
    }
}
