import ArgumentParser
import Foundation
import TamgaVault
#if canImport(Glibc)
import Glibc
#endif

/// `tamga destroy`: a document's signed tombstone, then its files here
/// (issue 18, `DocumentDestruction`).
struct DestroyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "destroy",
        abstract: "Destroy a document and its attachments (a signed tombstone every copy honours).",
        discussion: """
        Writes a signed `destroy` entry to the log (the reason is sealed to
        internal; the log keeps the id and the person ids, so the disclosure
        ledger still shows what was disclosed before, never the text), then
        overwrites and removes the document's files in this copy. Every reader
        honours the tombstone: nothing of the document is read, listed or
        exported again, whatever a copy merged in later still holds, and its id
        is spent. Other copies remove their files at their next
        `tamga check --tidy`. Members cleared internal only.

        What this does NOT do yet: documents have no keys of their own, so a
        copy of the vault made BEFORE the destruction (a backup, a git history,
        another member's unsynced folder, a USB stick) still opens the document
        with a member's key of that time. Destroy those copies too, or keep
        them where a seizure cannot reach. Exports already given out and files
        members decrypted are outside the vault. See docs/retention.md.

        A person declared only by this document is no longer protected by name
        in other documents once it is gone: the command names such persons;
        declare them in the documents that name them.

        Asks you to type the document id to confirm; --yes skips that (for
        scripts). Nothing is written when the confirmation does not match.

        EXAMPLES:
          tamga destroy INT-2015-132 --reason "retention: 5 years"
          tamga destroy INT-2016-012 --reason "erasure asked" --yes
        """)

    @OptionGroup var options: VaultOptions
    @Argument(help: "The document id.") var id: String
    @Option(help: "Why it is destroyed (sealed to internal in the log).") var reason: String
    @Flag(help: "Do not ask for confirmation.") var yes = false

    func run() throws {
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError("--reason must not be empty: the log records why a document was destroyed")
        }
        let destruction = DocumentDestruction(vault: try options.unlock())
        let plan = try destruction.plan(id)
        if !yes {
            guard isatty(STDIN_FILENO) == 1 else {
                throw ValidationError("standard input is not a terminal: pass --yes to destroy \(id) without a prompt")
            }
            Terminal.writeStandardError(Self.describe(plan) + "\nType the document id to destroy it for good: ")
            guard readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces) == id else {
                throw ValidationError("the id typed does not match; nothing was destroyed")
            }
        }
        let outcome = try destruction.destroy(id, reason: reason)
        print("destroyed: \(id) (\(Self.counts(outcome.plan))); tombstone \(outcome.entry.prefix(12)); "
              + "\(outcome.filesRemoved) file(s) overwritten and removed here")
        for path in outcome.left { Terminal.printWarning("\(path); `tamga check --tidy` tries again") }
        if !outcome.plan.declaredOnlyHere.isEmpty {
            Terminal.printWarning("declared only by \(id), so no longer protected by name elsewhere: "
                                  + outcome.plan.declaredOnlyHere.joined(separator: ", ") + "; declare them in documents that name them")
        }
        print("still able to open it: copies of the vault made before now (backups, git history, other members' folders)")
    }

    static func counts(_ plan: DocumentDestruction.Plan) -> String {
        "\(plan.revisions) revision(s), \(plan.parts) part(s), \(plan.attachments) attachment(s)"
    }

    static func describe(_ plan: DocumentDestruction.Plan) -> String {
        "About to destroy \(plan.id)" + (plan.title.map { " \"\($0)\"" } ?? "") + ": \(counts(plan))"
            + (plan.persons.isEmpty ? "" : ", declaring \(plan.persons.joined(separator: ", "))") + "."
    }
}
