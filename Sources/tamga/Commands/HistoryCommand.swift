import ArgumentParser
import Foundation
import TamgaVault

/// `tamga history ID`: every revision of a document.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the revisions of a document.",
        discussion: """
        Each revision with its number, short id, time and author (by name). Two copies
        that edited the document apart leave two newest revisions (a fork),
        marked `(fork)`: keep one with `tamga resolve ID --keep SHORT-ID`.

        EXAMPLES:
          tamga history VR-2014-017
        """)

    @OptionGroup var options: VaultOptions

    @Argument(help: "The document id.")
    var id: String

    func run() throws {
        let vault = try options.unlock()
        let revisions = try DocumentCatalog(vault: vault).history(id)
        let heads = DocumentCatalog.heads(revisions)
        let forked = heads.count > 1
        // Authors by name, as `tamga log` shows them; a fingerprint only for a key the keyring does not name.
        var names: [String: String] = [:]
        for member in vault.keyring.body.members { names[member.fingerprint] = member.displayName }
        var table = TextTable("REV", "ID", "CREATED", "AUTHOR", "TITLE")
        for revision in revisions {
            let m = revision.metadata
            let branch = forked && heads.contains { $0.revisionID == revision.revisionID } ? "  (fork)" : ""
            table.append(String(m.revision), String(revision.revisionID.prefix(8)), m.created,
                         names[m.author] ?? String(m.author.prefix(16)), (m.title ?? "(untitled)") + branch)
        }
        table.print()
        if forked {
            Terminal.printWarning("\(id) has \(heads.count) revisions made apart (a fork): "
                + heads.map { "[\($0.revisionID.prefix(8))]" }.joined(separator: ", ")
                + "; end it with `tamga resolve \(id) --keep ID`, or `tamga edit \(id)` to merge the texts")
        }
    }
}
