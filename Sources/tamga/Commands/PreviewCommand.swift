import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

/// `tamga preview ID -o FILE.html`: the three audiences side by side.
struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Write a review page: the internal, state and public versions side by side.",
        discussion: """
        Each withheld or replaced piece is highlighted with the rule that
        applied (level, person, sensitive string, detector), and an audience
        the export would be refused for says why. The page holds internal
        text: it is marked NPM INTERNAL — REVIEW COPY and written 0600. Its own
        words follow --lang, else the document's language; the columns are the
        exports themselves, in the document's language. Each column ends with
        the document's attachments as that audience would get them: images
        with their regions blacked out and metadata stripped, other files by
        type and size, withheld ones with the reason; an intimate image
        (restricted viewing) is shown in none.

        EXAMPLES:
          tamga preview VR-2014-017 -o VR-2014-017.preview.html
        """)

    @OptionGroup var options: VaultOptions
    @Argument(help: "The document id.") var id: String
    @Option(name: .shortAndLong, help: "The output file (else ID.preview.html here).") var output: String?
    @Option(name: .customLong("lang"), help: "The page's own words: en, ru or ky (else the document's language).")
    var language: DocumentLanguage?
    @Flag(help: "Overwrite an existing output file.") var force = false

    func run() throws {
        let path = try DocumentPreview(vault: try options.unlock()).write(id, output: output, force: force, language: language) { done, total in
            Terminal.writeStandardError("preparing attachment \(done) of \(total)\n")
        }
        Terminal.writeStandardError("wrote the review page of \(id) to \(path)\n")
    }
}
