import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

extension AttachmentCommand {
    /// `tamga attachment restrict ID NAME`: the `attach --restricted` flag,
    /// after the fact, as a signed log entry (the evidence is not rewritten).
    struct Restrict: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "restrict",
            abstract: "Mark an internal attachment as an intimate image that no export writes.",
            discussion: """
            The Istanbul Protocol asks for restricted viewing of intimate
            images. A restricted attachment is withheld from every export,
            whatever the audience and consent, and `tamga attachments` marks
            it. Recorded as a signed log entry; the evidence keeps its bytes
            and SHA-256. Internal attachments only; members cleared internal.
            It does not yet limit opening to named members' keys.

            EXAMPLES:
              tamga attachment restrict INT-2014-044 3f9a1c0b7d2e
            """)

        @OptionGroup var options: VaultOptions

        @Argument(help: "The document id.")
        var id: String

        @Argument(help: "The attachment's reference (NAME in `tamga attachments`).")
        var name: String

        func run() throws {
            let vault = try options.unlock()
            let reference = try EvidenceMarking(vault: vault).restrict(name, of: id)
            print("\(reference) is restricted: no export writes it")
        }
    }
}
