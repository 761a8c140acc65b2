import ArgumentParser
import Foundation
import TamgaVault

/// `tamga show ID`: the newest revision the member may read, logged as a read.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the newest revision of a document that you may read.",
        discussion: """
        Prints the document as the most restricted level you hold a key for
        sees it. The read is recorded in the audit log.

        EXAMPLES:
          tamga show VR-2014-017
          tamga show VR-2014-017 --revision 1
        """)

    @OptionGroup var options: VaultOptions

    @Argument(help: "The document id.")
    var id: String

    @Option(help: "Show this revision number instead of the newest.")
    var revision: Int?

    func run() throws {
        let chosen = try DocumentReading(vault: try options.unlock()).read(id, revision: revision) { branches, shown in
            // A fork (two copies edited apart): say so, name both, say how to end it.
            Terminal.printWarning("\(id) was edited apart in two copies (a fork): " + branches.joined(separator: "; ")
                + ". Shown: [\(shown)]. A member cleared internal ends the fork with "
                + "`tamga resolve \(id) --keep ID` (or `tamga edit \(id)` to merge the texts)")
        }
        try chosen.content.withUnsafeBytes { try Terminal.writeStandardOutput($0) }
    }
}
