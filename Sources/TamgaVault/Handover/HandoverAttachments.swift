import Foundation
import TamgaCore
import TamgaCrypto

/// The attachments of transferred documents in a hand-over (issue 18):
/// collected on the former body's side, stored again on the successor's.
///
/// Carried: every attachment the former administrator can open, content
/// checked against the SHA-256 recorded at intake (`AttachmentCustody`), with
/// what the monitor said of it (file name, depicted persons, their evidence
/// consent, caption, the lowest audience exports may give it to) and every
/// black-out the log records for it (`AttachmentRedaction`), so that no
/// export by the successor shows what the former body blacked out.
/// Not carried, and counted: restricted (intimate) images, whose viewers the
/// former body chose one by one (Istanbul Protocol); attachments the
/// administrator cannot open; damaged ones.
enum HandoverAttachments {
    /// The attachments of `ids` to carry, and how many stay behind.
    static func collect(_ ids: [String], vault: UnlockedVault) throws -> (carried: [HandoverPackage.Payload.Attachment], notCarried: Int) {
        let retrieval = AttachmentRetrieval(vault: vault)
        var carried: [HandoverPackage.Payload.Attachment] = [], notCarried = 0
        for id in ids {
            let listing = try AttachmentCatalog(vault: vault).list(id)
            notCarried += listing.hidden.count + listing.restrictedFromYou.count + listing.damaged.count
            for item in listing.items {
                if try AttachmentRestriction.isRestricted(item, in: vault) || item.metadata.evidence?.restricted == true {
                    notCarried += 1
                    continue
                }
                var data: [UInt8] = []
                let content = try retrieval.read(item) { chunk in data.append(contentsOf: chunk) }
                _ = try retrieval.check(content, item)
                let details = item.metadata.evidence
                let redactions = try AttachmentRedaction.all(for: item.object, in: vault).map {
                    HandoverPackage.Payload.Redaction(audience: $0.audience.rawValue, regions: $0.regions.map(\.description).joined(separator: ";"))
                }
                carried.append(.init(document: id, fileName: item.metadata.fileName ?? "attachment", sha256: content.sha256,
                                     release: details?.release ?? item.metadata.level, depicts: details?.depicts ?? [],
                                     consent: details?.consent ?? [], caption: details?.caption,
                                     data: Data(data).base64EncodedString(), redactions: redactions))
                data.withUnsafeMutableBytes { _ = $0.initializeMemory(as: UInt8.self, repeating: 0) }
            }
        }
        return (carried, notCarried)
    }

    /// Every attachment's bytes, once each hashes as the signed manifest lists it for its document.
    static func checked(_ attachments: [HandoverPackage.Payload.Attachment], against manifest: HandoverManifest) throws -> [[UInt8]] {
        let listed = manifest.transferred.flatMap { document in document.attachments.map { (document.id, $0) } }
        guard attachments.map({ "\($0.document) \($0.sha256)" }) == listed.map({ "\($0.0) \($0.1)" }) else {
            throw VaultError.invalidArgument("the payload's attachments are not the ones the manifest lists")
        }
        return try attachments.map { attachment in
            guard let data = Data(base64Encoded: attachment.data), Hex.encode(SHA256.hash(Array(data))) == attachment.sha256 else {
                throw VaultError.invalidArgument("an attachment of \(attachment.document) does not hash as the manifest says")
            }
            guard Level(rawValue: attachment.release) != nil else {
                throw VaultError.invalidArgument("an attachment of \(attachment.document) names no level it may be given to")
            }
            _ = try attachment.redactions.map { try Self.redaction($0, object: "") }
            return Array(data)
        }
    }

    /// Stores each attachment in the successor's vault, then records its
    /// black-outs; returns how many were stored. Resumed after an
    /// interruption, an attachment already here (same document, same
    /// original SHA-256) is not stored twice, and its black-outs are recorded
    /// again (a black-out recorded twice blacks out the same regions).
    static func store(_ attachments: [HandoverPackage.Payload.Attachment], bytes: [[UInt8]], resuming: Bool,
                      vault: UnlockedVault) throws -> Int {
        var stored = 0
        for (attachment, data) in zip(attachments, bytes) {
            let object: String
            if resuming, let here = try AttachmentCatalog(vault: vault).list(attachment.document).items
                .first(where: { $0.metadata.evidence?.sha256 == attachment.sha256 }) {
                object = here.object
            } else {
                let workspace = try PrivateWorkspace()
                defer { workspace.remove() }
                let file = try workspace.write(data, name: Self.safeName(attachment.fileName))
                let details = AttachmentRequest(level: Level(rawValue: attachment.release) ?? .internal, depicts: attachment.depicts,
                                                consent: attachment.consent, caption: attachment.caption)
                let done = try EvidenceAttachment(vault: vault).attach(.init(documentID: attachment.document, files: [file], details: details))
                guard let first = done.first, first.stored.sha256 == attachment.sha256 else {
                    throw VaultError.invalidArgument("an attachment of \(attachment.document) was not stored as sent")
                }
                object = first.stored.object
                stored += 1
            }
            guard !attachment.redactions.isEmpty else { continue }
            let lock = try VaultLock(vault: vault.paths.root)
            vault.holdingWriteLock(lock)
            defer { withExtendedLifetime(lock) {} }
            for redaction in attachment.redactions {
                try Self.redaction(redaction, object: object).record(for: attachment.document, in: vault)
            }
        }
        return stored
    }

    static func redaction(_ carried: HandoverPackage.Payload.Redaction, object: String) throws -> AttachmentRedaction {
        guard let audience = Audience(rawValue: carried.audience), audience != .internal else {
            throw VaultError.invalidArgument("a black-out in the package names no audience it applies to")
        }
        let regions = try carried.regions.split(separator: ";").map { try RedactionRegion(parsing: String($0)) }
        guard !regions.isEmpty else { throw VaultError.invalidArgument("a black-out in the package names no region") }
        return AttachmentRedaction(object: object, audience: audience, regions: regions)
    }

    /// The original file name as a name in one folder: no path, never empty or a dot name.
    static func safeName(_ name: String) -> String {
        let last = name.split(separator: "/").last.map(String.init) ?? ""
        return last.isEmpty || last == "." || last == ".." || last.contains("\0") ? "attachment" : last
    }
}
