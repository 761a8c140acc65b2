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

        EXAMPLES:
          tamga attachments INT-2014-044
          tamga attachment get INT-2014-044 3f9a1c0b7d2e -o ~/evidence/photo.jpg
        """)

    @OptionGroup var options: VaultOptions

    @Argument(help: "The document id.")
    var id: String

    func run() throws {
        let vault = try options.unlock()
        let listing = try AttachmentCatalog(vault: vault).list(id)
        var names: [String: String] = [:]
        for member in vault.keyring.body.members { names[member.fingerprint] = member.displayName }
        // Consent withdrawn since intake shows beside the intake consent (only members cleared internal read the ledger).
        let ledger = vault.levelKeys.canRead(.internal) ? try ConsentLedger.load(vault) : nil
        let withdrawn = Dictionary(uniqueKeysWithValues: [Audience.state, .public].map { audience in
            (audience.rawValue, ledger.map { AttachmentExporter.withdrawn(in: $0, for: audience) } ?? [])
        })
        if listing.items.isEmpty {
            print("\(id) has no attachments that you may open")
        } else {
            var table = TextTable("NAME", "FILE", "LEVEL", "SIZE", "SHA-256", "ADDED BY", "ADDED", "DEPICTS", "CONSENT", "REDACTIONS", "CAPTION")
            for item in listing.items {
                let metadata = item.metadata, evidence = metadata.evidence
                let level = try AttachmentRestriction.isRestricted(item, in: vault) ? metadata.exportLevel + " (restricted)" : metadata.exportLevel
                table.append(item.reference, metadata.fileName ?? "-", level, metadata.size.map(String.init) ?? "-",
                             evidence?.sha256 ?? "(not recorded)", names[metadata.author] ?? String(metadata.author.prefix(16)),
                             String(metadata.created.prefix(19)), list(evidence?.depicts),
                             consent(evidence, withdrawn: withdrawn),
                             try redactions(item, vault: vault), evidence?.caption ?? "")
            }
            table.print()
        }
        if listing.aboveClearance > 0 {
            let count = listing.aboveClearance
            print("\(count) attachment\(count == 1 ? "" : "s") above your clearance"
                + (vault.levelKeys.canRead(.internal) ? "" : " (every file is kept under internal's key; "
                    + "those marked for the State reach you through exports, which black out, strip metadata and check consent)"))
        }
        if !listing.restrictedFromYou.isEmpty {
            let count = listing.restrictedFromYou.count
            print("\(count) restricted attachment\(count == 1 ? "" : "s") (intimate image\(count == 1 ? "" : "s")) you are not a viewer of")
        }
        if !listing.damaged.isEmpty {
            Terminal.printWarning("\(listing.damaged.count) attachment(s) of \(id) could not be read; run `tamga check`")
        }
    }

    /// `state:2` for two regions to black out for state (and public); `-` for none.
    /// Only members cleared internal read the log's actions.
    private func redactions(_ item: AttachmentCatalog.Item, vault: UnlockedVault) throws -> String {
        guard vault.levelKeys.canRead(.internal) else { return "-" }
        let found = try AttachmentRedaction.all(for: item.object, in: vault)
        guard !found.isEmpty else { return "-" }
        return Audience.allCases.compactMap { audience in
            let count = found.filter { $0.audience == audience }.reduce(0) { $0 + $1.regions.count }
            return count == 0 ? nil : "\(audience.rawValue):\(count)"
        }.joined(separator: ",")
    }

    /// The intake consent, each audience marked "(withdrawn)" when a depicted
    /// person's consent for it is withdrawn in the ledger: the export withholds it.
    private func consent(_ evidence: AttachmentDetails?, withdrawn: [String: Set<String>]) -> String {
        guard let audiences = evidence?.consent, !audiences.isEmpty else { return "-" }
        let depicts = evidence?.depicts ?? []
        return audiences.map { audience in
            depicts.contains(where: { withdrawn[audience]?.contains($0) ?? false }) ? "\(audience) (withdrawn)" : audience
        }.joined(separator: ",")
    }

    private func list(_ values: [String]?) -> String {
        guard let values, !values.isEmpty else { return "-" }
        return values.joined(separator: ",")
    }
}
