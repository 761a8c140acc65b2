import ArgumentParser
import Foundation
import TamgaCore
import TamgaCrypto
import TamgaVault

extension HandoverCommand {
    /// `tamga handover execute`: the package for the successor, and the log entry.
    struct Execute: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the hand-over package for the successor and record the hand-over in the log.",
            discussion: """
            Acts on exactly what `tamga handover plan` shows for the same --to
            and --as-of. Writes a new folder (-o) holding: manifest.json (per
            transferred document its id and the SHA-256 of each revision's
            source; of the rest, counts only) and manifest.json.minisig,
            signed by this vault's export key; payload.sealed, every revision
            of the transferred documents, their attachments with their
            black-outs, and the consent to be named in force here for the
            persons they declare, encrypted under a random key sealed to each
            successor member in keys/; and successor-key.txt with its
            .minisig, this export key certifying the successor's.
            Logs a `handover` entry (the manifest's SHA-256, the transferred
            and withheld ids, sealed to internal).

            Refused, writing nothing, while a document is due under the
            retention schedule (run `tamga destroy --due`), a document folder
            cannot be read, or an attachment of a transferred document would
            stay here (a restricted image, whose viewers this body chose, or
            one you cannot open) and --without-attachments is not given.
            Withheld documents stay in this vault; this command destroys
            nothing.

            Check with stock minisign:  minisign -Vm package/manifest.json -p former.pub
                                        minisign -Vm package/successor-key.txt -p former.pub

            EXAMPLES:
              tamga handover execute --to tamga-successor:… -o /media/usb/handover
              tamga handover execute --to tamga-successor:… --without-attachments \\
                  -o handover
            """)

        @OptionGroup var options: VaultOptions

        @Option(name: .customLong("to"), help: ArgumentHelp("A successor member's invitation line (repeat for more).", valueName: "invitation"))
        var invitations: [String]

        @Option(name: .customLong("as-of"), help: ArgumentHelp("The hand-over day instead of today (UTC).", valueName: "YYYY-MM-DD"))
        var asOf: String?

        @Option(name: .shortAndLong, help: ArgumentHelp("The new folder to write the package to (outside the vault).", valueName: "folder"))
        var output: String

        @Flag(help: "Hand over although some attachments of transferred documents stay here (restricted images, ones you cannot open).")
        var withoutAttachments = false

        func validate() throws {
            guard !invitations.isEmpty else { throw ValidationError("give the successor's invitation with --to") }
            if let asOf, RetentionPeriod.day(asOf) == nil { throw ValidationError("--as-of must be a day written YYYY-MM-DD") }
        }

        func run() throws {
            let parsed = try invitations.map(SuccessorInvitation.init(text:))
            let outcome = try HandoverExecution(vault: try options.unlock()).execute(
                to: parsed, asOf: asOf ?? RetentionPeriod.string(Date()), output: URL(fileURLWithPath: output),
                withoutAttachments: withoutAttachments)
            HandoverCommand.printPlan(outcome.plan, invitations: parsed)
            print("wrote the hand-over package to \(outcome.folder.path); manifest sha256 \(outcome.manifestHash); "
                  + "logged as \(outcome.entry.prefix(12))")
            print("next: give the folder and this vault's export key (`tamga key public -o former.pub`) to the successor, who runs "
                  + "`tamga handover accept \(output) --former-key former.pub`; with the countersignature back, run "
                  + "`tamga handover close \(output)`")
        }
    }

    /// `tamga handover accept`: on the successor's side.
    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a hand-over package against the former body's key, import it, and countersign it.",
            discussion: """
            Run in the successor's vault by the administrator the package is
            sealed to. --former-key is the former body's published export key
            (a minisign public key file, `tamga key public` on their side),
            obtained from a source you trust: the manifest and the certificate
            must verify with it. Refused, writing nothing, when either does not
            verify, the package is for another vault or member, the payload is
            not the one the manifest names or holds other documents or
            revisions than it lists, or a document id is already here. Then
            logs `handover-accept` (this vault's log and disclosure ledger start
            from it), adds every revision as `tamga add` does, attaches the
            attachments and records their black-outs, records the
            consent to be named that differs from the former body's, and writes
            manifest.json.accepted.minisig (this vault's export key) into the
            package folder: return it to the former body.

            EXAMPLES:
              tamga handover accept /media/usb/handover --former-key former.pub \\
                  --vault ~/successor-vault
            """)

        @OptionGroup var options: VaultOptions

        @Argument(help: "The package folder `tamga handover execute` wrote.")
        var package: String

        @Option(name: .customLong("former-key"), help: ArgumentHelp("The former body's export key (minisign public key file).", valueName: "file"))
        var formerKey: String

        func run() throws {
            let key = try MinisignPublicKey(text: String(decoding: try Data(contentsOf: URL(fileURLWithPath: formerKey)), as: UTF8.self))
            let outcome = try HandoverAcceptance(vault: try options.unlock()).accept(package: URL(fileURLWithPath: package), formerKey: key)
            print("accepted: \(outcome.documents) document(s), \(outcome.revisions) revision(s), \(outcome.attachments) attachment(s) from vault "
                  + "\(outcome.manifest.former.vault.prefix(16))…; \(outcome.manifest.withheld) withheld and "
                  + "\(outcome.manifest.destroyed) destroyed there (counts only); consent events carried: \(outcome.consentCarried)")
            print("countersigned: \(package)/\(HandoverPackage.acceptance); manifest sha256 \(outcome.manifestHash); "
                  + "logged as \(outcome.entry.prefix(12))")
            if outcome.manifest.attachmentsNotCarried > 0 {
                Terminal.printWarning("\(outcome.manifest.attachmentsNotCarried) attachment(s) of these documents were not carried "
                                      + "(restricted images, or ones the former body's administrator could not open); the former body still holds them")
            }
        }
    }

    /// `tamga handover close`: back on the former body's side.
    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the successor's countersignature of a hand-over in this vault's log.",
            discussion: """
            Checks manifest.json.accepted.minisig with the successor's export
            key that this vault's signed manifest names, and that this vault's
            log recorded that manifest; then logs `handover-accepted`.

            EXAMPLES:
              tamga handover close /media/usb/handover
            """)

        @OptionGroup var options: VaultOptions

        @Argument(help: "The package folder, with the successor's countersignature in it.")
        var package: String

        func run() throws {
            let outcome = try HandoverClosing(vault: try options.unlock()).close(package: URL(fileURLWithPath: package))
            print("recorded: the successor vault \(outcome.manifest.successor.vault.prefix(16))… accepted the hand-over "
                  + "(manifest sha256 \(outcome.manifestHash)); logged as \(outcome.entry.prefix(12))")
        }
    }
}
