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
        becomes a new revision (see `tamga history ID`). A file based on an
        older revision than the newest (an old copy, edited) is refused unless
        --force: it would undo the changes made since. Two files with one id
        in one add are an error. Needs only the level
        public keys, so a contributor's field laptop can add.

        EXAMPLES:
          tamga add examples/VR-2014-017.md
          tamga add --vault ~/npm-vault reports/*.md
        """)

    @OptionGroup var options: VaultOptions

    @Argument(help: "Document files (Markdown with front matter).")
    var files: [String]

    @Flag(help: "Add a file as the newest revision even when it is based on an older revision (it undoes the changes since).")
    var force = false

    func run() throws {
        _ = try VaultConfig.load(options.paths)
        let vault = try options.unlock()
        // The policy in force comes from the signed log, which needs the vault unlocked.
        let policy = try PolicyStore(paths: vault.paths).current(vault).policy
        let documents = try files.map { file in
            try DocumentIntake.read(URL(fileURLWithPath: file), label: file, policy: policy)
        }
        for (document, _) in documents {
            for warning in document.warnings { Terminal.printWarning(warning.description) }
        }
        let result = try DocumentAddition(vault: vault).add(documents.map { ($0.0, $0.1) }, force: force,
                                                           warn: { Terminal.printWarning($0) }, progress: Terminal.refreshProgress)
        for (id, outcome) in result.stored {
            switch outcome {
            case .added(let revision): print("added \(id) (revision \(revision))")
            case .unchanged(let revision): print("unchanged \(id) (revision \(revision) has this content)")
            }
        }
        if let rewritten = result.reprojected {
            if rewritten > 0 { print("re-projected \(rewritten) state/public part(s) of other documents") }
        } else {
            Terminal.printWarning("as a \(vault.member.clearance.rawValue) member you stored the full text only; the state and public versions are made when a member cleared internal next runs `tamga add`")
        }
    }
}
