import Foundation
import TamgaCore

/// What `tamga attachments ID` shows (and, later, the web front end's list:
/// issue 20, one use case per action): each attachment the member may open
/// with what they may know of it, and how many others there are. Reads each
/// file's description only, never its content, and logs nothing. What only
/// members cleared internal may read (black-outs in the log, consent
/// withdrawn in the ledger) is nil for the others, not guessed.
public struct AttachmentListing: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// One attachment the member may open.
    public struct Row: Sendable {
        /// The short reference `attachment get` takes.
        public let reference: String
        public let fileName: String?
        /// Where exports may take it (its release level).
        public let exportLevel: String
        /// An intimate image: never exported, opened by its viewers only.
        public let restricted: Bool
        public let size: Int?
        /// The original's SHA-256 recorded at intake.
        public let sha256: String?
        /// The member who attached it, by name (a fingerprint prefix when unknown).
        public let addedBy: String
        public let added: String
        public let depicts: [String]
        /// The audiences consented at intake, each with whether a depicted
        /// person has withdrawn it since (nil: the ledger is not readable).
        public let consent: [(audience: String, withdrawn: Bool?)]
        /// Regions to black out, counted by audience; nil below internal.
        public let redactions: [Audience: Int]?
        public let caption: String?
    }

    public struct Result: Sendable {
        public let rows: [Row]
        public let aboveClearance: Int
        public let restrictedFromYou: Int
        /// Committed attachments that do not open (see `tamga check`).
        public let damaged: Int
        /// Whether the member reads internal (and so black-outs and withdrawals).
        public let readsInternal: Bool
    }

    public func list(_ id: String) throws -> Result {
        let listing = try AttachmentCatalog(vault: vault).list(id, checkingNames: true)
        let readsInternal = vault.levelKeys.canRead(.internal)
        var names: [String: String] = [:]
        for member in vault.keyring.body.members { names[member.fingerprint] = member.displayName }
        let ledger = readsInternal ? try ConsentWithdrawals.load(vault) : nil
        var withdrawn: [String: Set<String>] = [:]
        for audience in [Audience.state, .public] {
            withdrawn[audience.rawValue] = ledger?.persons(for: audience) ?? []
        }
        let evidenceLog = try EvidenceLog.load(vault)
        let rows = try listing.items.map { item in
            let metadata = item.metadata, evidence = metadata.evidence
            let depicts = evidence?.depicts ?? []
            let consent = (evidence?.consent ?? []).map { audience -> (audience: String, withdrawn: Bool?) in
                (audience, ledger == nil ? nil : depicts.contains { withdrawn[audience]?.contains($0) ?? false })
            }
            var redactions: [Audience: Int]?
            if readsInternal {
                redactions = [:]
                for found in try AttachmentRedaction.all(for: item.object, log: evidenceLog) {
                    redactions?[found.audience, default: 0] += found.regions.count
                }
            }
            return Row(reference: item.reference, fileName: metadata.fileName, exportLevel: metadata.exportLevel,
                       restricted: try AttachmentRestriction.isRestricted(item, log: evidenceLog), size: metadata.size,
                       sha256: evidence?.sha256, addedBy: names[metadata.author] ?? String(metadata.author.prefix(16)),
                       added: String(metadata.created.prefix(19)), depicts: depicts, consent: consent,
                       redactions: redactions, caption: evidence?.caption)
        }
        return Result(rows: rows, aboveClearance: listing.aboveClearance, restrictedFromYou: listing.restrictedFromYou.count,
                      damaged: listing.damaged.count, readsInternal: readsInternal)
    }
}
