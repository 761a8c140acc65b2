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
        let vault = try options.unlock()
        let context = try RedactionContext.load(vault, loading: .only([id]))
        guard let document = context.documents[id] else { throw VaultError.unknownDocument(id: id) }
        let columns = [Audience.internal, .state, .public].map { PreviewColumn.make(document, for: $0, exporter: context.exporter) }
        let exporter = AttachmentExporter(vault: vault, scanner: context.exporter.scanner)
        let preview = AttachmentPreview(exporter: exporter)
        let attachments = try preview.attachments(of: document) { done, total in
            Terminal.writeStandardError("preparing attachment \(done) of \(total)\n")
        }
        let html = PreviewRenderer.render(document, columns: columns, attachments: attachments.page, language: language)
        let target = try OutputTarget.resolve(output, defaultName: "\(id).preview.html", manyOutputs: false)
        guard target.destination != .standardOutput else {
            throw VaultError.invalidArgument("the preview holds internal text; write it to a file, not to standard output")
        }
        try target.check(vault: options.paths, force: force)
        let lock = try VaultLock(vault: options.paths.root)
        try target.write(Array(html.utf8), force: force)
        try vault.log(LogAction(action: "read", document: id, level: "internal", note: "preview"))
        try preview.logReads(attachments, of: id)
        withExtendedLifetime(lock) {}
        Terminal.writeStandardError("wrote the review page of \(id) to \(target.path)\n")
    }
}
