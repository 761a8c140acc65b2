import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault
#if canImport(Glibc)
import Glibc
#endif

extension PersonCommand {
    /// `tamga person erase`: a person's names out of every revision of every
    /// document, the documents kept (issue 18, `PersonErasure`).
    struct Erase: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Erase a person's names from every document, keeping the documents (logged, members cleared internal).",
            discussion: """
            Rewrites every revision of every document that declares the person
            or names them in any form the name engine reads (spellings, other
            scripts, case forms, diminutives, attachment captions and file
            names): the person's entry keeps only the id and role, with
            `erased: true`; each mention becomes @ID, which every export,
            internal included, renders as the role's pseudonym. The rewritten
            revisions are checked with the leak scan's own matching, projected
            again for the State and the public, and sealed to NEW data keys;
            one signed `erase` entry then supersedes the old parts, attachments
            and data keys, and this copy's old files are overwritten and
            removed. The registry and `person show` keep the id, the role and
            "erased". The disclosure ledger keeps what was disclosed before
            (the log holds ids and hashes, never names).

            Fails closed: when a rewritten revision would not read, the scan
            still finds the person in it, a text file or PDF text attached
            names them (only captions and file names are rewritten), or a
            document naming them holds a restricted image you cannot open,
            nothing is changed and the error names the document, revision
            and line or attachment (never the name).

            Copies made BEFORE the erasure (backups, other members' folders,
            git repositories not synced since) open the old, named revisions
            only while they hold the old data-key files (datakeys/), as for
            `tamga destroy`. NOT covered: exports already delivered, files
            members decrypted, the log's own notes (consent notes, reasons,
            which tamga asks never to hold names), restricted images (left as
            they are), the content of photographs and scans, and a vault of
            format 2 (no data keys). See docs/retention.md.

            The reason is sealed to internal in the log, which keeps it for
            good: it may not name the person. Asks you to type the person id to
            confirm; --yes skips that (for scripts).

            SECOND APPROVAL: when the policy says `destruction: {approval:
            second-administrator}`, an erasure (which destroys the revisions
            that named the person) needs one too. `tamga person erase ID
            --reason TEXT` then writes a signed request naming the documents
            it would rewrite, and changes nothing; an administrator other than
            the member who asked carries it out with `--approve ID`. If the
            documents that name the person change before that, the approval
            refuses: withdraw (`--cancel ID`) and ask again. `--pending` lists
            the requests waiting. The approval is of the request it shows (who
            asked, why): if that one was withdrawn and another asked meanwhile,
            it is refused; `--request` names the one you read in `--pending`.

            RECOVERY (--recover): two erasures of one document made apart on
            two copies (two persons) leave it unreadable after the merge: each
            side still names the person the other erased. Every person only
            it declares then leaves the registry, so every export, refresh and
            `add` refuses until it is recovered. On a copy that made one of
            those erasures (it keeps that erasure's data keys), --recover reads
            that side's revisions, erases the other side's person from them,
            and writes one `erase` entry that supersedes both sides: the
            document and its persons are back. A copy that made neither says
            so and changes nothing. With three erasures or more, every person
            erased where the recovered side did not see is erased again. If
            both copies recover apart (two persons), the two recoveries say the
            same and every copy reads the one with the lowest entry name after
            syncing; better still, sync first and let one copy recover. Not
            built under a policy asking for a second administrator's approval.

            EXAMPLES:
              tamga person erase --recover
              tamga person erase D-0042 --reason "erasure asked 2015-01-10"
              tamga person erase D-0042 --reason "erasure asked" --yes
              tamga person erase --pending
              tamga person erase --approve D-0042
              tamga person erase --approve D-0042 --request 9c1cffe21269
              tamga person erase --cancel D-0042
            """)
        @OptionGroup var options: VaultOptions
        @Argument(help: "The person id.") var id: String?
        @Option(help: "Why (sealed to internal in the log; never the person's name).") var reason: String?
        @Flag(help: "Do not ask for confirmation.") var yes = false
        @Flag(help: "Carry out another member's request to erase the person (an administrator; see SECOND APPROVAL).")
        var approve = false
        @Option(help: ArgumentHelp("With --approve: the request you read in --pending (its 12 characters or more); refused if another is pending now.",
                                   valueName: "REQUEST"))
        var request: String?
        @Flag(help: "List the requests for erasure waiting for an administrator's approval.") var pending = false
        @Flag(help: "Withdraw the request to erase the person (whoever asked, or an administrator).") var cancel = false
        @Flag(help: "Recover the documents two erasures made apart left unreadable (see RECOVERY).") var recover = false

        func validate() throws {
            if request != nil, !approve { throw ValidationError("--request goes with --approve") }
            if recover {
                guard id == nil, reason == nil, !pending, !approve, !cancel else {
                    throw ValidationError("--recover takes no person id, --reason, --pending, --approve nor --cancel")
                }
                return
            }
            if pending || approve || cancel { return try validateApproval() }
            guard id != nil else { throw ValidationError("give the person id") }
            guard let reason, !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw ValidationError("give a non-empty --reason: the log records why a person was erased")
            }
        }

        func run() throws {
            if recover { return Self.report(try ErasureRecovery(vault: try options.unlock()).recover(progress: Terminal.refreshProgress)) }
            let erasure = PersonErasure(vault: try options.unlock())
            if pending || approve || cancel { return try runApproval(erasure) }
            let id = id ?? ""
            if try DocumentDestruction(vault: erasure.vault).needsApproval() { return try ask(erasure, id: id) }
            // The erasure decides again under the vault's lock; the plan is read first only to ask.
            try confirm(Self.describe(try erasure.plan(id)) + "\nType the person id to erase their names for good: ", expected: id)
            report(try erasure.erase(id, reason: reason ?? "", progress: Terminal.refreshProgress))
        }

        /// Asks on the terminal unless --yes (`TypedConfirmation`).
        func confirm(_ prompt: String, expected: String) throws {
            try TypedConfirmation.ask(prompt, expected: expected, yes: yes, verb: "erase", done: "erased")
        }

        static func describe(_ plan: PersonErasure.Plan) -> String {
            "About to erase \(plan.personID) (\(plan.role)) from \(plan.documents.count) document(s): "
                + plan.documents.joined(separator: ", ") + "; \(plan.revisions) revision(s), \(plan.attachments) attachment(s) rewritten."
                + plan.handedOver.map { "\nNote: " + $0.notice }.joined()
        }

        static func report(_ outcome: ErasureRecovery.Outcome) {
            for item in outcome.recovered {
                print("recovered: \(item.document) (\(item.revisions) revision(s)), \(item.person) erased again; entry \(item.entry.prefix(12))")
                if !item.alsoErased.isEmpty {
                    print("  erased again too (erasures this side had not seen): " + item.alsoErased.joined(separator: ", "))
                }
            }
            print("\(outcome.filesRemoved) old file(s) overwritten and removed here"
                  + (outcome.reprojected > 0 ? "; re-projected \(outcome.reprojected) other stored part(s)" : "")
                  + "; the other side's files go with `tamga check --tidy`")
        }

        func report(_ outcome: PersonErasure.Outcome) {
            let plan = outcome.plan, id = plan.personID
            print("erased: \(id) from \(plan.documents.count) document(s) (\(plan.revisions) revision(s), \(plan.attachments) attachment(s) "
                  + "rewritten); entry \(outcome.entry.prefix(12)); \(outcome.filesRemoved) old file(s) overwritten and removed here"
                  + (outcome.reprojected > 0 ? "; re-projected \(outcome.reprojected) other stored part(s)" : ""))
            for path in outcome.left { Terminal.printWarning("\(path); `tamga check --tidy` tries again") }
            if plan.restrictedLeft > 0 {
                Terminal.printWarning("\(plan.restrictedLeft) restricted image(s) left as they are (sealed to their viewers' key)")
            }
            if !plan.uncheckedRestricted.isEmpty {
                Terminal.printWarning("restricted images you cannot open were not read (their captions may name \(id)) in: "
                    + plan.uncheckedRestricted.joined(separator: ", ") + "; one of their viewers checks them with `tamga attachments`")
            }
            for record in plan.handedOver { Terminal.printWarning("not erased at the successor: " + record.notice) }
            print("still able to open the old revisions: copies of the vault made before now that still hold their data keys "
                  + "(datakeys/): backups, other members' folders and git repositories until their next sync")
        }
    }
}
