import ArgumentParser
import Foundation
import TamgaCore
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

        Copies made BEFORE the destruction: in a vault made by this version
        (format 3) each document is sealed to data keys of its own, kept in
        `datakeys/<folder>/`, and the destruction deletes them first. A copy
        made before (a backup, a git history, another member's unsynced
        folder, a USB stick) opens the document only while it still holds
        those data-key files, with a member's key of that time; its copies of
        documents/ and attachments/ alone open nothing. So keep backups of
        datakeys/ on a short rotation, apart from the rest. `tamga sync`
        keeps datakeys/ out of main's git history: it carries the keys on
        refs/tamga/datakeys, replaced on every change, and after a destruction
        prunes the old commit on this copy and (with `tamga guard` installed
        by this version) on the server; other copies drop the keys at their
        next sync. NOT covered: a vault made before format 3 (its documents
        open from any older copy), restricted images (sealed to their viewers'
        key, which the log keeps), main's history of a vault synced by a tamga
        older than this one (it committed datakeys/; see docs/sync.md,
        Upgrading), git repositories not synced since, exports already given
        out and files members decrypted. The command says which apply. See
        docs/retention.md.

        A person declared only by this document leaves the registry with it.
        If another document names them, the destruction is refused (their
        name would no longer be withheld in its State and public versions):
        declare the person in that document first (`tamga edit ID`), then
        destroy.

        SECOND APPROVAL: when the policy says `destruction: {approval:
        second-administrator}`, no one member destroys alone. `tamga destroy ID
        --reason TEXT` (and `--due`) then writes a signed request and destroys
        nothing; an administrator other than the member who asked carries it
        out with `tamga destroy --approve ID`, and only that tombstone counts
        for any reader. `--pending` lists the requests waiting, `--cancel ID`
        withdraws one (whoever asked, or an administrator). The approval is of
        the request it shows (who asked, why): if that one was withdrawn and
        another asked meanwhile, it is refused; `--request` names the one you
        read in `--pending`. Once a vault's
        policy asked for it, every later destruction needs it.

        Asks you to type the document id to confirm; --yes skips that (for
        scripts). Nothing is written when the confirmation does not match.

        --due destroys what `tamga retention` lists as due today (or on
        --as-of), one tombstone per document with its rule as the reason;
        documents a tag holds and upcoming ones are left. It asks you to type
        the number of documents to confirm.

        EXAMPLES:
          tamga destroy INT-2015-132 --reason "retention: 5 years"
          tamga destroy INT-2016-012 --reason "erasure asked" --yes
          tamga retention
          tamga destroy --due
          tamga destroy --pending
          tamga destroy --approve INT-2015-132
          tamga destroy --approve INT-2015-132 --request 5c1e0a9d3b7f
          tamga destroy --cancel INT-2015-132
        """)

    @OptionGroup var options: VaultOptions
    @Argument(help: "The document id (not with --due).") var id: String?
    @Option(help: "Why it is destroyed (sealed to internal in the log).") var reason: String?
    @Flag(help: "Destroy every document the retention schedule makes due (see `tamga retention`).") var due = false
    @Option(name: .customLong("as-of"), help: ArgumentHelp("With --due: as of this day instead of today (UTC).", valueName: "YYYY-MM-DD"))
    var asOf: String?
    @Flag(help: "Do not ask for confirmation.") var yes = false
    @Flag(help: "Carry out another member's request to destroy the document (an administrator; see SECOND APPROVAL).")
    var approve = false
    @Option(help: ArgumentHelp("With --approve: the request you read in --pending (its 12 characters or more); refused if another is pending now.",
                               valueName: "REQUEST"))
    var request: String?
    @Flag(help: "List the requests for destruction waiting for an administrator's approval.") var pending = false
    @Flag(help: "Withdraw the request to destroy the document (whoever asked, or an administrator).") var cancel = false

    func validate() throws {
        if request != nil, !approve { throw ValidationError("--request goes with --approve") }
        if pending || approve || cancel {
            return try validateApproval()
        }
        if due {
            guard id == nil, reason == nil else { throw ValidationError("--due takes no id and no --reason: each rule is its reason") }
            if let asOf, RetentionPeriod.day(asOf) == nil { throw ValidationError("--as-of must be a day written YYYY-MM-DD") }
        } else {
            guard id != nil else { throw ValidationError("give the document id, or --due") }
            guard asOf == nil else { throw ValidationError("--as-of goes with --due") }
            guard let reason, !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw ValidationError("give a non-empty --reason: the log records why a document was destroyed")
            }
        }
    }

    func run() throws {
        let vault = try options.unlock()
        if pending || approve || cancel { return try runApproval(vault) }
        if due { return try destroyDue(vault) }
        let id = id ?? "", destruction = DocumentDestruction(vault: vault)
        if try destruction.needsApproval() { return try ask(destruction, id: id) }
        let plan = try destruction.plan(id)
        try confirm(Self.describe(plan) + "\nType the document id to destroy it for good: ", expected: id)
        report(try destruction.destroy(id, reason: reason ?? "", planned: plan))
        print(Self.stillOpens(plan))
    }

    func destroyDue(_ vault: UnlockedVault) throws {
        let day = asOf ?? RetentionPeriod.string(Date())
        let scheduled = ScheduledDestruction(vault: vault)
        let due = try scheduled.due(asOf: day)
        guard !due.isEmpty else { print("Nothing is due on \(day): nothing was destroyed."); return }
        if try DocumentDestruction(vault: vault).needsApproval() { return try askDue(scheduled, due: due, day: day) }
        let listing = due.map { "  \($0.item.id)  due \($0.item.due)  \($0.item.rule) (policy line \($0.item.ruleLine)); \(Self.counts($0.plan))" }
        try confirm("About to destroy \(due.count) document(s) due on \(day):\n" + listing.joined(separator: "\n")
                    + "\nType the number of documents to destroy them for good: ", expected: "\(due.count)")
        var plans: [DocumentDestruction.Plan] = []
        let planned = Dictionary(due.map { ($0.item.id, $0.plan) }, uniquingKeysWith: { first, _ in first })
        _ = try scheduled.destroy(due.map(\.item), asOf: day, planned: planned) { report($0); plans.append($0.plan) }
        for plan in plans { print("\(plan.id): " + Self.stillOpens(plan)) }
    }

    /// Asks on the terminal unless --yes (`TypedConfirmation`).
    func confirm(_ prompt: String, expected: String) throws {
        try TypedConfirmation.ask(prompt, expected: expected, yes: yes, verb: "destroy", done: "destroyed")
    }

    func report(_ outcome: DocumentDestruction.Outcome) {
        let id = outcome.plan.id
        print("destroyed: \(id) (\(Self.counts(outcome.plan))); tombstone \(outcome.entry.prefix(12)); "
              + "\(outcome.filesRemoved) file(s) overwritten and removed here")
        for path in outcome.left { Terminal.printWarning("\(path); `tamga check --tidy` tries again") }
        for record in outcome.plan.handedOver { Terminal.printWarning("not destroyed at the successor: " + record.notice) }
        if !outcome.plan.declaredOnlyHere.isEmpty {
            Terminal.printWarning("no longer in the registry (declared only by \(id), named by no other document): "
                                  + outcome.plan.declaredOnlyHere.joined(separator: ", ") + "; a document that names them later must declare them")
        }
    }

    /// What can still open the document, honestly, for this document.
    static func stillOpens(_ plan: DocumentDestruction.Plan) -> String {
        let keys = "still able to open it: copies of the vault made before now that still hold its data keys (datakeys/): backups, "
            + "other members' folders and git repositories until their next sync, and main's git history if the vault "
            + "was synced by a tamga older than this one (docs/sync.md)"
        guard plan.sealedWithoutDataKeys > 0 else { return keys }
        return "still able to open \(plan.sealedWithoutDataKeys) of its \(plan.parts + plan.attachments) files: any copy of the vault "
            + "made before now (backups, git history, other members' folders): they were stored without a data key "
            + "(a vault older than format 3, or a restricted image)"
    }

    static func counts(_ plan: DocumentDestruction.Plan) -> String {
        "\(plan.revisions) revision(s), \(plan.parts) part(s), \(plan.attachments) attachment(s)"
    }

    static func describe(_ plan: DocumentDestruction.Plan) -> String {
        "About to destroy \(plan.id)" + (plan.title.map { " \"\($0)\"" } ?? "") + ": \(counts(plan))"
            + (plan.persons.isEmpty ? "" : ", declaring \(plan.persons.joined(separator: ", "))") + "."
            + plan.handedOver.map { "\nNote: " + $0.notice }.joined()
    }
}
