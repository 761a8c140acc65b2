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

    func run() throws {
        let listing = try AuditTrail(vault: try options.unlock()).list(AuditTrail.Filter(document: document, person: person, since: since))
        if json {
            try printJSON(listing.lines)
            return
        }
        for line in listing.lines { print("\(line.sequence)  \(line.time)  \(line.actor)  \(line.summary)") }
        if listing.refused > 0 {
            Terminal.printWarning("\(listing.refused) log entr\(listing.refused == 1 ? "y is" : "ies are") not shown: "
                + "signed by members not allowed to write them; `tamga check` names them")
        }
    }
}
