import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

extension Audience: ExpressibleByArgument {}

extension ExportFormat: ExpressibleByArgument {}

/// `tamga export ID... --audience A --format F`: the redacted version for an audience.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export documents redacted for an audience.",
        discussion: """
        Each document is projected afresh for the audience (withheld parts
        become markers, names become pseudonyms unless the policy and the
        person's consent allow them), rendered, and scanned again for any
        protected name, sensitive string, identifier or withheld text. Any hit
        stops the command with the rule and the place in the source (line and
        column), and nothing is written; with --explain a member cleared
        internal also sees the source text found at each place. Every export is logged (see `tamga disclosures`). Exports are
        made by members cleared internal, who can read the person registry.

        EXAMPLES:
          # the format from the extension:
          tamga export VR-2014-017 --audience state -o VR-2014-017.state.html
          tamga export VR-2014-017 --audience state --format html -o out/
          tamga export VR-2014-017 VR-2014-021 --audience public -o exports/
          tamga export VR-2014-017 --audience state -o -    # print it: asked for
          # sealed, to out/VR-2014-017.state.md.age:
          tamga export VR-2014-017 --audience state --recipient age1… -o out/

        Every file written gets FILE.minisig, a minisign signature by the
        NPM's export key whose trusted comment names the document, audience,
        time, vault and policy hash. Check it with `tamga verify FILE` or
        `minisign -Vm FILE -p npm.pub` (`tamga key public` prints the key).
        With --recipient (or, without it, the `recipients` the policy lists
        for the audience) the export is sealed in age's format to each
        recipient (open it with `age -d -i KEY`), and the signature covers the
        sealed file.

        --with-attachments also writes, next to each export, the evidence
        files its audience may receive, as DOCID.AUDIENCE.attachment-N.EXT
        (never the original file name), with DOCID.AUDIENCE.attachments.json
        listing each file's SHA-256 and the original's. An attachment above
        the audience's level, or depicting a person who did not consent to
        the audience, is withheld and counted. Each file is blacked out where
        `tamga attachment redact` says, stripped of metadata with mat2 and
        re-read with exiftool (GPS, camera, author, software or a date left:
        the export stops), signed and sealed like the text; a PDF's or text
        file's text goes through the leak scan (a PDF holding a picture is
        refused: its text cannot be read). Types tamga cannot strip or
        read are refused for state and public. Needs mat2, exiftool, vips and
        pdftotext (`make deps`).

        Internal exports are stripped and re-encoded too, so their files'
        SHA-256 is not the original's (the manifest gives both): for the
        evidence itself, byte for byte (a forensic expert, a court), use
        `tamga attachment get ID NAME -o FILE`, which checks it against the
        hash the signed log recorded at intake.
        """)

    @OptionGroup var options: VaultOptions

    @Argument(help: "Document ids.")
    var ids: [String]

    @Option(help: "internal, state or public.")
    var audience: Audience

    @Option(help: "md, html or json (else from the -o file's extension, else md).")
    var format: ExportFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file, folder (for several ids), or - for standard output.", valueName: "path"))
    var output: String?

    @Flag(help: "Overwrite existing output files.")
    var force = false

    @Option(help: ArgumentHelp("Seal the export to this age recipient (age1…); repeatable.", valueName: "age1…"))
    var recipient: [String] = []

    @Flag(help: "With --recipient: ASCII-armor the age file.")
    var armor = false

    @Flag(help: "When the leak scan refuses: also print the source text found at each place (members cleared internal).")
    var explain = false

    @Flag(help: "Also write the attachments the audience may receive, stripped of metadata, blacked out, signed (see above).")
    var withAttachments = false

    func validate() throws {
        guard !ids.isEmpty else { throw ValidationError("give at least one document id") }
        if withAttachments, output == "-" {
            throw ValidationError("--with-attachments writes files: give a folder or file with -o, not standard output")
        }
        _ = try chosenFormat()
    }

    /// `--format`, else the extension of the one file `-o` names (issue 19 item 4).
    private func chosenFormat() throws -> ExportFormat {
        try OutputFormatRule.choose(given: format, output: ids.count > 1 ? nil : output, allowed: ExportFormat.allCases,
                                    default: .markdown, sealedSuffix: ".age")
    }

    func run() throws {
        let recipients = try recipient.map(DocumentExport.recipient(parsing:))
        let format = try chosenFormat()
        let vault = try options.unlock()
        let request = DocumentExport.Request(ids: ids, audience: audience, format: format, recipients: recipients, armor: armor,
                                             output: output, force: force, explain: explain, withAttachments: withAttachments)
        try DocumentExport(vault: vault).run(request) { event in
            switch event {
            case .sealingToPolicyRecipients(let count, let audience):
                Terminal.writeStandardError("sealing to the \(count) recipient(s) the policy lists for \(audience.rawValue)\n")
            case .explanation(let line):
                Terminal.writeStandardError("explain: " + line + "\n")
            case .unsignedStandardOutput:
                Terminal.warnUnsignedOutput()
            case .attachmentsPrepared:
                break
            case .delivered(let delivered):
                report(delivered)
            }
        }
    }

    /// What was written and what was withheld, on standard error (standard output may hold the export).
    private func report(_ delivered: DocumentExport.Delivered) {
        Terminal.writeStandardError("exported \(delivered.documentID) for \(audience.rawValue) to \(delivered.path)\n")
        if !delivered.withheld.isEmpty {
            Terminal.writeStandardError("  withheld: " + delivered.withheld.map { "\($0.count) \($0.rule)/\($0.category)" }.joined(separator: ", ") + "\n")
        }
        guard let plan = delivered.attachments else { return }
        var line = "  attachments: \(plan.items.count) written"
        if plan.items.contains(where: \.redacted) { line += " (\(plan.items.filter(\.redacted).count) with regions blacked out)" }
        if plan.withheldForLevel > 0 { line += ", \(plan.withheldForLevel) withheld (level above \(audience.rawValue))" }
        if plan.withheldForConsent > 0 { line += ", \(plan.withheldForConsent) withheld (no consent for \(audience.rawValue))" }
        if plan.withheldRestricted > 0 { line += ", \(plan.withheldRestricted) withheld (restricted)" }
        Terminal.writeStandardError(line + "\n")
    }
}
