import ArgumentParser
import Foundation
import TamgaVault

/// `tamga history ID`: every revision of a document.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the revisions of a document.",
        discussion: """
        EXAMPLES:
          tamga history VR-2014-017
        """)

    @OptionGroup var options: VaultOptions

    @Argument(help: "The document id.")
    var id: String

    func run() throws {
        let revisions = try DocumentCatalog(vault: try options.unlock()).history(id)
        print("REV  CREATED               AUTHOR            TITLE")
        for revision in revisions {
            let m = revision.metadata
            print(String(m.revision).padding(toLength: 3, withPad: " ", startingAt: 0) + "  " + m.created + "  " +
                  String(m.author.prefix(16)) + "  " + (m.title ?? "(untitled)"))
        }
    }
}
