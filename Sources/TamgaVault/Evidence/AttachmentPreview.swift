import Foundation
import TamgaCore

/// Each of a document's evidence files as the internal, State and public
/// exports would write it, for `tamga preview` (issue 17: "the preview
/// shows the redacted images per audience"). It runs the export's own
/// preparation (`AttachmentExporter`: consent and level, hash check, leak
/// scan of text, blacked-out regions, metadata stripped and verified), so
/// the page shows what would leave, and a file the export would stop on
/// shows that refusal instead of stopping the page.
///
/// A restricted attachment (an intimate image) is shown in no column: the
/// page is a file on disk that is printed and passed around, and restricted
/// viewing means no copy beyond the vault.
public struct AttachmentPreview: Sendable {
    /// Images larger than this (as they would leave) are listed, not shown:
    /// each shown image is in the page three times, base64-encoded.
    public static let largestShownImage = 8 << 20

    public let exporter: AttachmentExporter

    public init(exporter: AttachmentExporter) { self.exporter = exporter }

    /// The views of every attachment of `document` the member may open.
    /// `progress` is told each file as it is prepared (numbered from 1).
    public func attachments(of document: Document,
                            progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }) throws -> Result {
        let vault = exporter.vault
        let listing = try AttachmentCatalog(vault: vault).list(document.id)
        guard listing.damaged.isEmpty else {
            throw VaultError.damaged(path: listing.damaged[0], problem: "an attachment of \(document.id) does not open; run `tamga check`")
        }
        guard !listing.items.isEmpty else {
            return Result(page: PreviewAttachments(aboveClearance: listing.aboveClearance, restrictedFromYou: listing.restrictedFromYou.count),
                          shown: [])
        }
        let withdrawals = try ConsentWithdrawals.load(vault)
        let evidence = try EvidenceLog.load(vault)
        let workspace = try PrivateWorkspace()
        defer { workspace.remove() }
        var items: [PreviewAttachment] = []
        var shown: [AttachmentCatalog.Item] = []
        var prepared = 0
        for (index, item) in listing.items.enumerated() {
            progress(index + 1, listing.items.count)
            let restricted = try AttachmentRestriction.isRestricted(item, log: evidence)
            var views: [Audience: PreviewAttachment.View] = [:]
            for audience in [Audience.internal, .state, .public] {
                let withdrawn = audience == .internal ? [] : withdrawals.persons(for: audience)
                if restricted {
                    views[audience] = .withheld(.restricted)
                } else if let reason = AttachmentExporter.withholding(item.metadata, for: audience, withdrawn: withdrawn,
                                                                      contributed: evidence.contributorStored(item.path)) {
                    views[audience] = .withheld(Self.withholding(reason))
                } else {
                    prepared += 1
                    views[audience] = view(of: item, document: document, audience: audience, number: prepared, in: workspace)
                }
            }
            items.append(PreviewAttachment(reference: item.reference, views: views))
            if views.values.contains(where: { if case .image = $0 { true } else { false } }) { shown.append(item) }
        }
        return Result(page: PreviewAttachments(items: items, aboveClearance: listing.aboveClearance,
                                               restrictedFromYou: listing.restrictedFromYou.count), shown: shown)
    }

    /// The page's part, and the attachments whose content it holds.
    public struct Result: Sendable {
        public let page: PreviewAttachments
        public let shown: [AttachmentCatalog.Item]
    }

    /// Logs a read of each attachment whose image the page holds, as
    /// `attachment get` does: the page is a decrypted copy of it.
    public static func logReads(_ result: Result, of document: String, in vault: UnlockedVault) throws {
        for item in result.shown {
            try vault.log(LogAction(action: "read", document: document, level: item.metadata.level, hash: item.object,
                                             note: "preview", original: item.metadata.evidence?.sha256))
        }
    }

    func view(of item: AttachmentCatalog.Item, document: Document, audience: Audience, number: Int,
              in workspace: PrivateWorkspace) -> PreviewAttachment.View {
        do {
            let file = try exporter.prepare(item, document: document, audience: audience, number: number, in: workspace)
            guard file.kind.isImage, file.byteCount <= Self.largestShownImage else {
                return .file(type: file.kind.exportedExtension.uppercased(), byteCount: Int(file.byteCount), redacted: file.redacted)
            }
            return .image(mediaType: file.kind == .png ? "image/png" : "image/jpeg", bytes: try DurableFile.readAll(file.file),
                          redacted: file.redacted)
        } catch let error as any UserFacingError {
            return .refused(message: error.message)
        } catch let error as any CustomStringConvertible {
            // Storage and crypto errors name a workspace file (attachment-N), never the original name.
            return .refused(message: "the file could not be prepared: \(error.description)")
        } catch {
            return .refused(message: "the file could not be prepared")
        }
    }

    static func withholding(_ reason: AttachmentExporter.WithheldReason) -> PreviewAttachment.Withholding {
        switch reason {
        case .level: .level
        case .consent: .consent
        case .restricted: .restricted
        }
    }
}
