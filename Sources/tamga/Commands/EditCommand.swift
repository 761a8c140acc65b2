import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault
#if canImport(Glibc)
import Glibc
#endif

/// `tamga edit ID`: decrypt into a private file in memory-backed storage, run
/// the editor, validate, store a new revision, wipe the file.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Edit a document in $EDITOR and store the result as a new revision.",
        discussion: """
        The document is decrypted into a 0600 file in a memory-backed folder
        ($XDG_RUNTIME_DIR or /dev/shm), never onto the disk. If your edit does
        not validate, nothing is stored and your text is kept there; fix the
        problem and run the command again with --resume. After a successful
        edit the file is overwritten and removed.

        \(EditorPrivacy.help)

        EXAMPLES:
          EDITOR=nano tamga edit VR-2014-017
          tamga edit VR-2014-017 --resume
        """)

    @OptionGroup var options: VaultOptions

    @Argument(help: "The document id.")
    var id: String

    @Flag(help: "Continue from the text kept after an edit that did not validate.")
    var resume = false

    func run() throws {
        let vault = try options.unlock()
        try DocumentEditing(vault: vault).mayEdit()
        let workspace = try PrivateWorkspace()
        let file = workspace.file(for: id, vault: vault.vaultID)
        let claim = try EditClaim(file: file, id: id)
        defer { withExtendedLifetime(claim) {} }
        let kept = try workspace.holdsKeptText(file)
        if kept, !resume { throw EditRefusal.unfinished(id: id, keptAt: file.path) }
        try DocumentEditing(vault: vault).open(id) { newest in
            if !kept { try newest.content.withUnsafeBytes { try workspace.write($0, to: file) } }
        }
        try EditorLauncher.run(on: file)
        // The editor may have been open while the members changed (web red team 40, F2).
        let fresh = try vault.current()
        let policy = try PolicyStore(paths: fresh.paths).current(fresh).policy
        let document: Document
        let source: [UInt8]
        do {
            (document, source) = try DocumentIntake.read(file, label: "\(id) (edited)", policy: policy)
        } catch let error as any UserFacingError {
            Terminal.printError(error.message, hint: error.hint)
            throw VaultError.editNotValid(id: id, keptAt: file.path)
        }
        // Stored as `add` stores (recommendation ids checked, other documents re-projected). The text was
        // decrypted from the newest revision under this edit's claim, so no base revision is given.
        let result: DocumentAddition.Result
        do {
            result = try DocumentEditing(vault: fresh).store(id: id, document: document, source: source, warn: { Terminal.printWarning($0) },
                                                           progress: Terminal.refreshProgress)
        } catch let error as DocumentEditing.IDChanged {
            throw VaultError.editorFailed("\(error.message) (text kept in \(file.path))")
        } catch let error as any UserFacingError {
            // Refused when stored (a leak, a projection rule): the text is kept, and the member told where.
            Terminal.printError(error.message, hint: error.hint)
            throw VaultError.editNotValid(id: id, keptAt: file.path)
        }
        if !workspace.wipe(file) {
            Terminal.printWarning("could not remove the decrypted text at \(file.path); delete it")
        }
        switch result.stored.first?.outcome {
        case .added(let revision)?: print("stored \(id) revision \(revision)")
        case .unchanged?, nil: print("no change to \(id)")
        }
    }
}
