import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

/// `tamga handover …`: transferring custody of the records to a successor
/// body (issue 18; docs/retention.md, "Hand-over to a successor body").
struct HandoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handover",
        abstract: "Hand the records over to a successor body (plan, execute, accept, close).",
        discussion: """
        When an NPM is abolished and its mandate passes to another body, each
        record is transferred, withheld (a person it concerns agreed to speak
        to this body only: no consent to transfer), or destroyed by the
        retention schedule. The successor makes its own vault first, so none
        of its secret keys is ever on this body's machines. Administrators
        cleared internal only, on both sides. See docs/retention.md.

        EXAMPLES:
          # 1. the successor, in its own new vault:
          tamga init --vault new-vault --name "Asel Bekova"
          tamga handover invitation --vault new-vault
          # 2. this body, for each person who agrees:
          tamga person consent D-0042 --grant transfer --date 2025-09-20 \\
              --obtained-by "Gulnara Abdyldaeva"
          tamga handover plan --to tamga-successor:…
          tamga destroy --due
          tamga key public -o former.pub
          tamga handover execute --to tamga-successor:… -o package
          # 3. the successor:
          tamga handover accept package --former-key former.pub --vault new-vault
          # 4. this body, with the countersigned package back:
          tamga handover close package
        """,
        subcommands: [Invitation.self, Plan.self, Execute.self, Accept.self, Close.self, VerifyCertificate.self])

    /// `tamga handover invitation`: run in the successor's vault.
    struct Invitation: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print this (successor) vault's invitation line for the former body's administrator.",
            discussion: """
            Run in the successor's own vault (made with `tamga init`) by an
            administrator cleared internal: the line holds the vault id, its
            export key and your public keys, never a secret. Send it to the
            former body's administrator, then read them the fingerprint and
            the export key id by phone: they must match what their `tamga
            handover plan` prints. The records will be sealed to you.

            EXAMPLES:
              tamga handover invitation --vault ~/successor-vault
            """)

        @OptionGroup var options: VaultOptions

        func run() throws {
            let invitation = try SuccessorInvitation.make(in: try options.unlock())
            let keyID = try invitation.exportPublicKey.keyIDText
            print(invitation.text)
            Terminal.writeStandardError("""
            Send the line above to the former body's administrator, who runs:
              tamga handover plan --to <that line>
            Then compare by phone: your fingerprint \(Fingerprint.grouped(invitation.member.fingerprint)), \
            this vault's export key \(keyID)

            """)
        }
    }

    /// `tamga handover plan`: each document's disposition, nothing written.
    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List what a hand-over would transfer, withhold, or leave to the retention schedule.",
            discussion: """
            For each document: `transferred`; `withheld` when some revision of
            it concerns a person (declared, referenced by id, or named where
            the name finder or the leak scan reads it) without consent to
            transfer in force (`tamga person consent ID --grant transfer`),
            except persons whose role the policy names to the State without
            consent (officials), or when it names a person (or a spelling of
            one) that no transferred document declares, so the successor's
            registry would not know the name, or while a destruction of it, or
            an erasure of a person it concerns, waits for a second
            administrator (`tamga destroy --pending`, `tamga person erase
            --pending`): withdraw or carry it out first; or `due` when the retention schedule makes it
            due on the hand-over day (destroy it first with `tamga destroy
            --due`). A withheld document is not passed on at a lower level
            either: it stays with this body whole. Nothing is written or logged.
            A document's attachments count as part of it: the persons they
            depict, and anyone the name finder or the leak scan reads in their
            caption, file name or text (plain-text files, a PDF's text layer).
            They go with their document, with their black-outs, except
            restricted (intimate) images, any you cannot open, and any whose
            content tamga cannot read (photographs, office files, a PDF with
            pictures) that declares nobody depicted: those stay here, and are
            counted, unless --carry-undeclared-attachments says you checked
            they show and name nobody without consent to transfer.

            EXAMPLES:
              tamga handover plan --to tamga-successor:…
              tamga handover plan --to tamga-successor:… --to tamga-successor:… --json
              tamga handover plan --to tamga-successor:… --carry-undeclared-attachments
            """)

        @OptionGroup var options: VaultOptions

        @Option(name: .customLong("to"), help: ArgumentHelp("A successor member's invitation line (repeat for more).", valueName: "invitation"))
        var invitations: [String]

        @Option(name: .customLong("as-of"), help: ArgumentHelp("The hand-over day instead of today (UTC).", valueName: "YYYY-MM-DD"))
        var asOf: String?

        @Flag(help: "Count photographs and other unread attachments that declare nobody depicted as carried (you checked them).")
        var carryUndeclaredAttachments = false

        @Flag(help: "Print JSON instead of a table.")
        var json = false

        func validate() throws {
            guard !invitations.isEmpty else { throw ValidationError("give the successor's invitation with --to") }
            if let asOf, RetentionPeriod.day(asOf) == nil { throw ValidationError("--as-of must be a day written YYYY-MM-DD") }
        }

        func run() throws {
            let parsed = try invitations.map(SuccessorInvitation.init(text:))
            let result = try HandoverPlan(vault: try options.unlock()).plan(to: parsed, asOf: asOf ?? RetentionPeriod.string(Date()),
                                                                             carryUndeclared: carryUndeclaredAttachments)
            if json { return try printJSON(result) }
            HandoverCommand.printPlan(result, invitations: parsed)
        }
    }

    static func printPlan(_ result: HandoverPlan.Result, invitations: [SuccessorInvitation]) {
        print("Hand-over as of \(result.asOf) to vault \(result.successorVault.prefix(16))…, export key \(result.successorExportKeyID)")
        for invitation in invitations { print("  sealed to \(Fingerprint.grouped(invitation.member.fingerprint)) (compare by phone)") }
        let idWidth = max(2, result.items.map(\.id.count).max() ?? 0)
        print("DISPOSITION  " + "ID".padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  REVS  ATTACH  WHY")
        for item in result.items {
            let why: String = switch item.disposition {
            case .transferred: ""
            case .withheld: !item.asked.isEmpty ? item.asked.joined(separator: "; ") + " (withdraw or carry it out first)"
                : item.withoutConsent.isEmpty
                ? "names persons no transferred record declares: " + item.undeclared.joined(separator: ", ")
                : "no transfer consent: " + item.withoutConsent.joined(separator: ", ")
            case .due: "retention: " + (item.rule ?? "")
            }
            print(item.disposition.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0) + "  "
                  + item.id.padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  "
                  + "\(item.revisions)".padding(toLength: 4, withPad: " ", startingAt: 0) + "  "
                  + "\(item.attachments)".padding(toLength: 6, withPad: " ", startingAt: 0) + "  " + why)
        }
        print("\(result.count(.transferred)) transferred, \(result.count(.withheld)) withheld, \(result.count(.due)) due for destruction "
              + "(run `tamga destroy --due` first), \(result.destroyedBefore) destroyed before")
        if result.unreadable > 0 {
            Terminal.printWarning("\(result.unreadable) document folder(s) could not be read (`tamga check`); nothing can be handed over until they can")
        }
        let left = result.items.filter { $0.disposition == .transferred }.map(\.attachmentsLeft).reduce(0, +)
        if left > 0 {
            Terminal.printWarning("\(left) attachment(s) of transferred documents stay here (restricted images, unread ones that "
                                  + "declare nobody depicted, or ones you cannot open); `execute` needs --without-attachments to leave them")
        }
    }
}
