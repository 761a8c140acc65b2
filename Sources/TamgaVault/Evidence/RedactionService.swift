import Foundation
import TamgaCore

/// `tamga attachment redact`: checks the regions against the image (its
/// size read with vipsheader from a decrypted copy in a private workspace)
/// and records the signed redaction. The evidence itself is not touched.
public struct RedactionService: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// Whether the image size could be read, so the regions were checked now (else at export).
    public struct Outcome: Sendable {
        public let reference: String
        public let checked: Bool
        /// Frames or pages of the image: each region is blacked out in every one.
        public let frames: Int
    }

    /// The attachment `item` of `document`, `regions` for exports to `audience` and below.
    /// The caller holds the vault's write lock.
    public func redact(_ item: AttachmentCatalog.Item, of document: String, regions: [RedactionRegion],
                       audience: Audience) throws -> Outcome {
        guard vault.levelKeys.canRead(.internal) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "blacking out regions of attachments (internal)")
        }
        guard audience != .internal else {
            throw VaultError.invalidArgument("--audience must be state or public: internal exports show the evidence as it is")
        }
        guard !regions.isEmpty else { throw VaultError.invalidArgument("give at least one --rect X,Y,W,H") }
        let workspace = try PrivateWorkspace()
        defer { workspace.remove() }
        let decrypted = try EvidenceCopy.decrypt(item, vault: vault, to: workspace.file("image.raw"))
        let converted = try ImageRedactor().converted(
            decrypted, kind: EvidenceKind.of(fileName: item.metadata.fileName, head: try EvidenceCopy.head(of: decrypted)),
            reference: item.reference, in: workspace)
        let (raw, kind) = (converted.file, converted.kind)
        guard kind.isImage else { throw EvidenceError.notAnImage(reference: item.reference) }
        var checked = false
        if FileManager.default.isExecutableFile(atPath: EvidenceTool.vipsheader.path) {
            let image = workspace.file("image.\(kind.exportedExtension)")
            try FileManager.default.moveItem(at: raw, to: image)
            try ImageRedactor().check(regions, image: image, kind: kind, frames: converted.frames, reference: item.reference,
                                      in: workspace)
            checked = true
        }
        try AttachmentRedaction(object: item.object, audience: audience, regions: regions).record(for: document, in: vault)
        return Outcome(reference: item.reference, checked: checked, frames: converted.frames)
    }
}
