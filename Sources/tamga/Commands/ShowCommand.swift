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
        let vault = try options.unlock()
        let catalog = DocumentCatalog(vault: vault)
        let chosen: DocumentCatalog.Revision
        if let revision {
            guard let found = try catalog.history(id).first(where: { $0.metadata.revision == revision }) else {
                throw VaultError.invalidArgument("\(id) has no revision \(revision); see `tamga history \(id)`")
            }
            chosen = found
        } else {
            // One read of the revisions (each decrypted once) gives the newest and the branches.
            let heads = DocumentCatalog.heads(try catalog.history(id))
            guard let newest = heads.first else { throw VaultError.unknownDocument(id: id) }
            chosen = newest
            // A fork (two copies edited apart): say so, name both, say how to end it.
            if heads.count > 1 {
                Terminal.printWarning("\(id) was edited apart in two copies (a fork): "
                    + heads.map(DocumentCatalog.describe).joined(separator: "; ")
                    + ". Shown: [\(chosen.revisionID.prefix(8))]. A member cleared internal ends the fork with "
                    + "`tamga resolve \(id) --keep ID` (or `tamga edit \(id)` to merge the texts)")
            }
        }
        let lock = try VaultLock(vault: options.paths.root)
        try vault.log(.init(action: "read", document: id, revision: chosen.metadata.revision, level: chosen.metadata.level))
        withExtendedLifetime(lock) {}
        try chosen.content.withUnsafeBytes { try Terminal.writeStandardOutput($0) }
    }
}
