import Foundation
import TamgaCore

/// A signed redaction of an evidence image (issue 17): regions to black out
/// in every export for an audience and those below it. It is a log entry
/// (action `attachment-redact`, signed by a member cleared internal, sealed
/// to the internal key like every action), not a change to the attachment:
/// the original evidence keeps its bytes and its SHA-256, and the log shows
/// who blacked out what, and when.
public struct AttachmentRedaction: Sendable, Equatable {
    public static let action = "attachment-redact"
    static let notePrefix = "regions "

    /// The attachment's object hash.
    public let object: String
    /// The most restricted audience it applies to: `state` covers state and public.
    public let audience: Audience
    public let regions: [RedactionRegion]

    public init(object: String, audience: Audience, regions: [RedactionRegion]) {
        self.object = object; self.audience = audience; self.regions = regions
    }

    /// Whether an export for `target` applies it.
    public func applies(to target: Audience) -> Bool {
        target != .internal && target.clearance <= audience.clearance
    }

    func logAction(_ document: String) -> LogAction {
        LogAction(action: Self.action, document: document, audience: audience.rawValue, hash: object,
                  note: Self.notePrefix + regions.map(\.description).joined(separator: ";"))
    }

    /// Records it in the signed log (the caller holds the vault's write lock).
    public func record(for document: String, in vault: UnlockedVault) throws {
        guard audience != .internal else {
            throw VaultError.invalidArgument("--audience must be state or public: internal exports show the evidence as it is")
        }
        try vault.log(logAction(document))
    }

    /// Every redaction the signed log holds for `object`, oldest first.
    public static func all(for object: String, in vault: UnlockedVault) throws -> [AttachmentRedaction] {
        try all(for: object, log: EvidenceLog.load(vault))
    }

    static func all(for object: String, log: EvidenceLog) throws -> [AttachmentRedaction] {
        let names = log.names(of: object)
        return try log.redactions.filter { names.contains($0.hash) }.map { found in
            AttachmentRedaction(object: object, audience: found.audience,
                                regions: try found.regions.split(separator: ";").map { try RedactionRegion(parsing: String($0)) })
        }
    }
}
