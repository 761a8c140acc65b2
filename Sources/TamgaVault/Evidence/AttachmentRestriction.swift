import Foundation
import TamgaCore

/// `tamga attachment restrict`: marks an attachment already stored as an
/// intimate image (Istanbul Protocol: restricted viewing) after the fact.
/// A signed log entry (action `attachment-restrict`, members cleared
/// internal), like a redaction, so the evidence is not rewritten and keeps
/// its hash; `attach --restricted` records the same in the attachment's
/// encrypted metadata. Either way no export writes it, for any audience.
public enum AttachmentRestriction {
    public static let action = "attachment-restrict"

    /// Whether `item` is restricted, by its metadata or by the log.
    public static func isRestricted(_ item: AttachmentCatalog.Item, in vault: UnlockedVault) throws -> Bool {
        if item.metadata.evidence?.restricted == true { return true }
        guard vault.levelKeys.canRead(.internal) else { return false }
        let log = AuditLog(paths: vault.paths)
        var replaced: [String: String] = [:]
        var restricted: Set<String> = []
        for name in try VaultIndex.load(vault).authorizedInOrder {
            guard let action = try? AuditLog.action(of: try log.entry(named: name), keys: vault.levelKeys) else { continue }
            AttachmentLineage.record(action, into: &replaced)
            if action.action == Self.action, let hash = action.hash { restricted.insert(hash) }
        }
        return !AttachmentLineage.names(of: item.object, replaced: replaced).isDisjoint(with: restricted)
    }

    /// Records the restriction of `item` (an internal attachment of `document`);
    /// the caller holds the vault's write lock.
    public static func record(_ item: AttachmentCatalog.Item, of document: String, in vault: UnlockedVault) throws {
        guard vault.levelKeys.canRead(.internal) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "restricting attachments (internal)")
        }
        guard item.metadata.level == Level.internal.rawValue else {
            throw VaultError.invalidArgument("attachment \(item.reference) is at level \(item.metadata.level): only internal attachments can be restricted")
        }
        guard try !isRestricted(item, in: vault) else { return }
        try vault.log(LogAction(action: action, document: document, level: item.metadata.level, hash: item.object))
    }
}
