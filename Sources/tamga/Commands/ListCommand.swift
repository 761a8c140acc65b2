import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

/// `tamga list`: the documents the member's clearance can read.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the documents you may read.",
        discussion: """
        Shows id, kind, date, title and number of revisions, as the most
        restricted level you hold a key for sees them. The options keep only
        the documents that match all of them; --level and --tag read the
        sources, so they need a member cleared internal.

        EXAMPLES:
          tamga list
          tamga list --search "IVS-1" --from 2025-01-01 --to 2025-06-30
          tamga list --kind interview --tag overcrowding
          tamga list --json
        """)

    @OptionGroup var options: VaultOptions

    @Option(help: "Keep documents whose id, title or facility holds these words (case and accents ignored).")
    var search: String?

    @Option(help: "Keep documents of this kind (visit-report, interview, ...).")
    var kind: String?

    @Option(help: "Keep documents of this facility (the whole name, case ignored).")
    var facility: String?

    @Option(help: "Keep documents dated on or after this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Keep documents dated on or before this day (YYYY-MM-DD).")
    var to: String?

    @Option(help: "Keep documents whose unmarked text is at this level: internal, state or public (members cleared internal).")
    var level: Level?

    @Option(help: "Keep documents with this tag (members cleared internal).")
    var tag: String?

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        let vault = try options.unlock()
        let catalog = DocumentCatalog(vault: vault)
        let filter = DocumentListing.Filter(search: search, kind: kind, facility: facility, from: from, to: to, level: level, tag: tag)
        let entries = try DocumentListing(vault: vault).entries(filter)
        // One damaged document does not hide the others (issue 16): it is named apart.
        for (folder, problem) in try catalog.damaged() {
            Terminal.printWarning("a document could not be read and is not listed (\(folder)): \(problem); "
                + "exports stop until it is restored; run `tamga check`")
        }
        if json {
            try printJSON(entries)
            return
        }
        guard !entries.isEmpty else { print(filter.isEmpty ? "No documents." : "No documents match."); return }
        let idWidth = max(2, entries.map(\.id.count).max() ?? 0)
        let kindWidth = max(4, entries.map(\.kind.count).max() ?? 0)
        print("ID".padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  " +
              "KIND".padding(toLength: kindWidth, withPad: " ", startingAt: 0) + "  DATE        REV  TITLE")
        for entry in entries {
            print(entry.id.padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  " +
                  entry.kind.padding(toLength: kindWidth, withPad: " ", startingAt: 0) + "  " +
                  entry.date.padding(toLength: 10, withPad: " ", startingAt: 0) + "  " +
                  String(entry.revisions).padding(toLength: 3, withPad: " ", startingAt: 0) + "  " +
                  (entry.stale == true ? "(stale: a member cleared internal must run `tamga refresh`)" : entry.title ?? "(untitled)"))
        }
    }
}
