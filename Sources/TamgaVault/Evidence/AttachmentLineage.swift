import Foundation
import TamgaCore

/// Every name an attachment has had. Its object's name is its hash, and
/// `rekey` re-encrypts it under a new name (`AttachmentRekey`); a redaction
/// or restriction recorded before that names the old object. The signed
/// `attachment-rekey` entries link each new name to the one it replaces, so
/// an attachment's redactions are found under all its names and none is lost
/// (an image exported without its black-out would be a leak).
enum AttachmentLineage {
    /// `object` and every earlier name of the same attachment.
    static func names(of object: String, in vault: UnlockedVault) throws -> Set<String> {
        let log = AuditLog(paths: vault.paths)
        var replaced: [String: String] = [:]
        for name in try VaultIndex.load(vault).authorizedInOrder {
            guard let action = try? AuditLog.action(of: try log.entry(named: name), keys: vault.levelKeys),
                  action.action == AttachmentRekey.action, let new = action.hash, let old = action.replaces else { continue }
            replaced[new] = old
        }
        var names: Set<String> = [object]
        var current = object
        while let older = replaced[current], names.insert(older).inserted { current = older }
        return names
    }
}
