import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

extension AttachmentCommand {
    /// `tamga attachment restrict ID NAME [--viewer NAME...]`: the `attach
    /// --restricted` flag after the fact: the file is re-encrypted for its
    /// viewers alone, and a signed log entry records it.
    struct Restrict: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "restrict",
            abstract: "Mark an attachment as an intimate image that no export writes (taking back its release).",
            discussion: """
            The Istanbul Protocol asks for restricted viewing of intimate
            images. A restricted attachment is withheld from every export,
            whatever the audience and consent, and `tamga attachments` marks
            it. It is re-encrypted under a key of its own, sealed to you and
            to each --viewer (members cleared internal) only: from then on no
            other member's key opens it, whatever their clearance. Recorded as
            a signed log entry; the evidence keeps its content and SHA-256.
            An attachment released with --level state or public is taken back
            to internal: no later export writes it (copies exported before
            stay with their recipients; `tamga disclosures` lists them). The
            member who attached it or an
            administrator (cleared internal), and the member who attached it
            always stays a viewer. Administrators who are not named cannot
            open it: that is what restricted viewing means. A viewer can
            still save the image and show it: restriction limits who can open
            it in the vault, not what a viewer does with it. Copies of the vault
            made before (backups, git history, a colleague's unsynced copy)
            still hold the earlier version, which every member cleared
            internal can open: restrict with `attach --restricted` at intake.

            EXAMPLES:
              tamga attachment restrict INT-2014-044 3f9a1c0b7d2e
              tamga attachment restrict INT-2014-044 3f9a1c0b7d2e --viewer "Dr Aida Bekova"
            """)

        @OptionGroup var options: VaultOptions

        @Argument(help: "The document id.")
        var id: String

        @Argument(help: "The attachment's reference (NAME in `tamga attachments`).")
        var name: String

        @Option(name: .customLong("viewer"), help: ArgumentHelp("A member cleared internal who may open it besides you (repeat for more).",
                                                                valueName: "member"))
        var viewers: [String] = []

        func run() throws {
            let vault = try options.unlock()
            let reference = try EvidenceMarking(vault: vault).restrict(name, of: id, viewers: viewers)
            let named = viewers.isEmpty ? "" : ", " + viewers.map(DisplayText.escaped).joined(separator: ", ")
            // Never `name` itself: it may be the attachment's confidential original file name.
            print("the attachment is restricted: no export writes it; it was re-encrypted so that only you\(named) "
                + "and the member who attached it can open it; its reference is now \(reference)")
        }
    }
}
