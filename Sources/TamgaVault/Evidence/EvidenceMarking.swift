import Foundation
import TamgaCore

/// Marking an attachment for later exports, the one way `tamga attachment
/// redact` and `restrict` do it (and, later, the web front end: issue 20,
/// one use case per action): the attachment is found by its reference (or
/// an unambiguous prefix, or its original name), then, under the vault's
/// write lock, a signed log entry records the regions to black out for an
/// audience (`RedactionService`: checked against the image when vipsheader
/// is there), or that it is an intimate image no export writes (which
/// re-encrypts it for its viewers alone; its content and SHA-256 stay). A
/// redaction never alters the evidence.
public struct EvidenceMarking: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// Records `regions` of attachment `name` of `document` to black out in
    /// exports for `audience` and those below it.
    public func redact(_ name: String, of document: String, regions: [RedactionRegion],
                       audience: Audience) throws -> RedactionService.Outcome {
        let item = try AttachmentCatalog(vault: vault).find(document, name: name)
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
        return try RedactionService(vault: vault).redact(item, of: document, regions: regions, audience: audience)
    }

    /// Records that attachment `name` of `document` is restricted, and
    /// re-encrypts it so that only the member and `viewers` (by name,
    /// members cleared internal) can open it (`RestrictedViewing`); returns
    /// its new reference (the re-encrypted object's).
    @discardableResult
    public func restrict(_ name: String, of document: String, viewers: [String] = []) throws -> String {
        let item = try AttachmentCatalog(vault: vault).find(document, name: name)
        let lock = try VaultLock(vault: vault.paths.root)
        vault.holdingWriteLock(lock)
        defer { withExtendedLifetime(lock) {} }
        let object = try AttachmentRestriction.record(item, of: document, viewers: viewers, in: vault)
        return String(object.prefix(AttachmentCatalog.referenceLength))
    }
}
