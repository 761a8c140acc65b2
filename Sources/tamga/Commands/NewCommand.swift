import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

/// `tamga new ID`: write a new document in the editor without the draft ever
/// touching the disk (issue 17: monitors' drafts of interviews lay in Word's
/// autosave folders and on laptops' disks). The template is written to the
/// private memory-backed workspace `tamga edit` uses; once saved and valid
/// it is stored like `tamga add` stores a file (one use case,
/// `DocumentAddition`), and the draft is overwritten and removed.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new document in $EDITOR, in memory, and store it.",
        discussion: """
        The template (front matter with the id, kind, title, today's date and
        facility) is written to a 0600 file in a memory-backed folder
        ($XDG_RUNTIME_DIR or /dev/shm), never onto the disk. Write the text,
        declare the persons it names, save and quit: the document is validated
        and stored as revision 1. Saving the template unchanged stores nothing.
        If the text does not validate, nothing is stored and it is kept in
        memory; fix the problem with --resume. Contributors may write new
        documents too (they cannot read them back afterwards).

        \(EditorPrivacy.help)

        EXAMPLES:
          EDITOR=nano tamga new INT-2026-007 --kind interview \\
            --title "Interview, IVS-1" --facility "IVS-1 Bishkek"
          tamga new INT-2026-007 --resume
        """)

    @OptionGroup var options: VaultOptions

    @Argument(help: "The new document's id (for example INT-2026-007).")
    var id: String

    @Option(help: "The document kind, one the policy lists (visit-report, interview).")
    var kind = "visit-report"

    @Option(help: "The title to start with.")
    var title: String?

    @Option(help: "The facility to start with.")
    var facility: String?

    @Flag(help: "Continue from the text kept after a draft that did not validate.")
    var resume = false

    func run() throws {
        let vault = try options.unlock()
        let policy = try NewDocumentCheck(vault: vault).check(id: id, kind: kind)
        let workspace = try PrivateWorkspace()
        let file = workspace.file(for: id, vault: vault.vaultID)
        let claim = try EditClaim(file: file, id: id)
        defer { withExtendedLifetime(claim) {} }
        let kept = try workspace.holdsKeptText(file)
        if kept, !resume { throw EditRefusal.unfinished(id: id, keptAt: file.path, command: "new") }
        let template = Array(NewDocumentTemplate.text(id: id, kind: kind, title: title, facility: facility,
                                                      date: String(Timestamp.now().prefix(10))).utf8)
        if !kept { try template.withUnsafeBytes { try workspace.write($0, to: file) } }
        try EditorLauncher.run(on: file)
        // The editor may have been open while the members changed (web red team 40, F2).
        let fresh = try vault.current()
        if try DurableFile.readAll(file) == template {
            _ = workspace.wipe(file)
            print("nothing stored: the template was saved unchanged")
            return
        }
        let document: Document, source: [UInt8]
        do {
            (document, source) = try DocumentIntake.read(file, label: "\(id) (new)", policy: policy)
        } catch let error as any UserFacingError {
            Terminal.printError(error.message, hint: error.hint)
            throw EditRefusal.draftNotValid(id: id, keptAt: file.path)
        }
        guard document.id == id else {
            throw VaultError.editorFailed("the text's id is \(document.id), not \(id); keep the id or run `tamga new \(document.id)` "
                + "(text kept in \(file.path))")
        }
        for warning in document.warnings { Terminal.printWarning(warning.description) }
        let result: DocumentAddition.Result
        do {
            // The id is checked again under the write lock: someone may have added it while the editor was open.
            result = try DocumentAddition(vault: fresh).add([(document, source)], warn: { Terminal.printWarning($0) },
                                                        progress: Terminal.refreshProgress, underLock: {
                _ = try NewDocumentCheck(vault: fresh).check(id: document.id, kind: document.kind)
            })
        } catch let error as any UserFacingError {
            // Refused when stored (a leak, a projection rule): the draft is kept, and the member told where.
            Terminal.printError(error.message, hint: error.hint)
            throw EditRefusal.draftNotValid(id: id, keptAt: file.path)
        }
        if !workspace.wipe(file) {
            Terminal.printWarning("could not remove the draft at \(file.path); delete it")
        }
        if case .added(let revision)? = result.stored.first?.outcome { print("added \(id) (revision \(revision))") }
        if result.reprojected == nil {
            Terminal.printWarning("as a \(vault.member.clearance.rawValue) member you stored the full text only; the state and public versions are made when a member cleared internal next runs `tamga add`")
        }
    }
}
