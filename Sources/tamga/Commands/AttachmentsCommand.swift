import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

/// `tamga attachments ID`: the evidence files of a document this member may
/// open. Those above their clearance are counted, never described: their
/// names are sealed to a key the member does not hold.
struct AttachmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attachments",
        abstract: "List the attachments of a document that you may open.",
        discussion: """
        NAME is the short reference `tamga attachment get` takes (any unambiguous
        prefix of at least 4 characters works too). SHA-256 is the original's,
        recorded when the file was attached. Listing decrypts only each file's
        description, never its content, and is not logged; getting it back is.
        Attachments above your clearance are counted, never described: every
        member can count the files in a document's folder anyway (its name
        is a keyed hash of the id under the index key every member holds), so
        the count tells nothing the folder does not; what each is stays
        sealed.

        EXAMPLES:
          tamga attachments INT-2014-044
          tamga attachment get INT-2014-044 3f9a1c0b7d2e -o ~/evidence/photo.jpg
        """)

    @OptionGroup var options: VaultOptions

    @Argument(help: "The document id.")
    var id: String

    func run() throws {
        let vault = try options.unlock()
        let result = try AttachmentListing(vault: vault).list(id)
        if result.rows.isEmpty {
            print("\(id) has no attachments that you may open")
        } else {
            var table = TextTable("NAME", "FILE", "LEVEL", "SIZE", "SHA-256", "ADDED BY", "ADDED", "DEPICTS", "CONSENT", "REDACTIONS", "CAPTION")
            for row in result.rows {
                table.append(row.reference, row.fileName ?? "-", row.restricted ? row.exportLevel + " (restricted)" : row.exportLevel,
                             row.size.map(String.init) ?? "-", row.sha256 ?? "(not recorded)", row.addedBy, row.added,
                             row.depicts.isEmpty ? "-" : row.depicts.joined(separator: ","), consent(row), redactions(row),
                             row.caption ?? "")
            }
            table.print()
        }
        if result.aboveClearance > 0 {
            let count = result.aboveClearance
            print("\(count) attachment\(count == 1 ? "" : "s") above your clearance"
                + (result.readsInternal ? "" : " (every file is kept under internal's key; "
                    + "those marked for the State reach you through exports, which black out, strip metadata and check consent)"))
        }
        if result.restrictedFromYou > 0 {
            let count = result.restrictedFromYou
            print("\(count) restricted attachment\(count == 1 ? "" : "s") (intimate image\(count == 1 ? "" : "s")) you are not a viewer of")
        }
        if result.damaged > 0 {
            Terminal.printWarning("\(result.damaged) attachment(s) of \(id) could not be read; run `tamga check`")
        }
    }

    /// `state:2` for two regions to black out for state (and public); `-` for none or unknown.
    private func redactions(_ row: AttachmentListing.Row) -> String {
        guard let counts = row.redactions, !counts.isEmpty else { return "-" }
        return Audience.allCases.compactMap { audience in counts[audience].map { "\(audience.rawValue):\($0)" } }.joined(separator: ",")
    }

    /// The intake consent, each audience marked "(withdrawn)" when a depicted
    /// person's consent for it is withdrawn in the ledger: the export withholds it.
    private func consent(_ row: AttachmentListing.Row) -> String {
        guard !row.consent.isEmpty else { return "-" }
        return row.consent.map { $0.withdrawn == true ? "\($0.audience) (withdrawn)" : $0.audience }.joined(separator: ",")
    }
}
