import Foundation
import TamgaCore

/// Every name an attachment has had. Its object's name is its hash, and
/// `rekey` re-encrypts it under a new name (`AttachmentRekey`); a redaction
/// or restriction recorded before that names the old object. The signed
/// `attachment-rekey` entries link each new name to the one it replaces, so
/// an attachment's redactions are found under all its names and none is lost
/// (an image exported without its black-out would be a leak).
///
/// The links themselves are read, and checked against the entries' own
/// objects, by `EvidenceLog`.
enum AttachmentLineage {
    /// `object` and every earlier name of the same attachment.
    static func names(of object: String, replaced: [String: String]) -> Set<String> {
        var names: Set<String> = [object]
        var current = object
        while let older = replaced[current], names.insert(older).inserted { current = older }
        return names
    }
}
