import ArgumentParser
import Foundation
import TamgaVault

/// `tamga list`: the documents the member's clearance can read.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the documents you may read.",
        discussion: """
        Shows id, kind, date, title and number of revisions, as the most
        restricted level you hold a key for sees them.

        EXAMPLES:
          tamga list
          tamga list --json
        """)

    @OptionGroup var options: VaultOptions

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        let catalog = DocumentCatalog(vault: try options.unlock())
        let entries = try catalog.list()
        // One damaged document does not hide the others (issue 16): it is named apart.
        for (folder, problem) in try catalog.damaged() {
            Terminal.printWarning("a document could not be read and is not listed (\(folder)): \(problem); "
                + "exports stop until it is restored; run `tamga check`")
        }
        if json {
            try printJSON(entries)
            return
        }
        guard !entries.isEmpty else { print("No documents."); return }
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
