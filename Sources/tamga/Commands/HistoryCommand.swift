import ArgumentParser
import Foundation
import TamgaVault

/// `tamga history ID`: every revision of a document.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the revisions of a document.",
        discussion: """
        Each revision with its number, short id, time and author. Two copies
        that edited the document apart leave two newest revisions (a fork),
        marked `(fork)`: keep one with `tamga resolve ID --keep SHORT-ID`.

        EXAMPLES:
          tamga history VR-2014-017
        """)

    @OptionGroup var options: VaultOptions

    @Argument(help: "The document id.")
    var id: String

    func run() throws {
        let revisions = try DocumentCatalog(vault: try options.unlock()).history(id)
        let heads = DocumentCatalog.heads(revisions)
        let forked = heads.count > 1
        print("REV  ID        CREATED               AUTHOR            TITLE")
        for revision in revisions {
            let m = revision.metadata
            let branch = forked && heads.contains { $0.revisionID == revision.revisionID } ? "  (fork)" : ""
            print(String(m.revision).padding(toLength: 3, withPad: " ", startingAt: 0) + "  " + revision.revisionID.prefix(8) + "  "
                  + m.created + "  " + String(m.author.prefix(16)) + "  " + (m.title ?? "(untitled)") + branch)
        }
        if forked {
            Terminal.printWarning("\(id) has \(heads.count) revisions made apart (a fork): "
                + heads.map { "[\($0.revisionID.prefix(8))]" }.joined(separator: ", ")
                + "; end it with `tamga resolve \(id) --keep ID`, or `tamga edit \(id)` to merge the texts")
        }
    }
}
