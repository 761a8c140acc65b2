import Foundation
import TamgaCore

/// Every name an attachment has had. Its object's name is its hash, and
/// `rekey` re-encrypts it under a new name (`AttachmentRekey`); a redaction
/// or restriction recorded before that names the old object. The signed
/// `attachment-rekey` entries link each new name to the one it replaces, so
/// an attachment's redactions are found under all its names and none is lost
/// (an image exported without its black-out would be a leak).
///
/// Callers read the log once: they collect `replaced` from the same pass
/// that finds their own actions (`record(_:into:)`), then ask `names`.
enum AttachmentLineage {
    /// Notes the link an `attachment-rekey` action makes, if `action` is one.
    static func record(_ action: LogAction, into replaced: inout [String: String]) {
        guard [AttachmentRekey.action, AttachmentRestriction.action].contains(action.action), let new = action.hash,
              let old = action.replaces else { return }
        replaced[new] = old
    }

    /// `object` and every earlier name of the same attachment.
    static func names(of object: String, replaced: [String: String]) -> Set<String> {
        var names: Set<String> = [object]
        var current = object
        while let older = replaced[current], names.insert(older).inserted { current = older }
        return names
    }
}
