import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

/// `tamga add FILE...`: validates every file first, then stores each.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add documents (or new revisions of them) to the vault.",
        discussion: """
        Every file is parsed and validated (docs/FORMAT.md) before anything is
        stored: one invalid file stops the command with exit 65 and nothing is
        added. Adding the same content again changes nothing; changed content
        becomes a new revision (see `tamga history ID`). Needs only the level
        public keys, so a contributor's field laptop can add.

        EXAMPLES:
          tamga add examples/VR-2014-017.md
          tamga add --vault ~/npm-vault reports/*.md
        """)

    @OptionGroup var options: VaultOptions

    @Argument(help: "Document files (Markdown with front matter).")
    var files: [String]

    func run() throws {
        let policy = try ShippedPolicy.load()
        let documents = try files.map { file in
            try DocumentIntake.read(URL(fileURLWithPath: file), label: file, policy: policy)
        }
        for (document, _) in documents {
            for warning in document.warnings { Terminal.printWarning(warning.description) }
        }
        let vault = try options.unlock()
        let lock = try VaultLock(vault: options.paths.root)
        let store = DocumentStore(vault: vault)
        for (document, source) in documents {
            switch try store.add(DocumentIntake.submission(for: document, source: source)) {
            case .added(let revision): print("added \(document.id) (revision \(revision))")
            case .unchanged(let revision): print("unchanged \(document.id) (revision \(revision) has this content)")
            }
        }
        withExtendedLifetime(lock) {}
    }
}
