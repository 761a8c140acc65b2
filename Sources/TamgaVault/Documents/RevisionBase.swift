import TamgaCore

/// Which stored revision a file added as a new revision was written from
/// (issue 16: `add` of an older file silently superseded an edit). The
/// revision whose text shares the most lines with the file is its base; when
/// that is not the newest, adding it would undo the revisions after it, so
/// `add` asks for `--force` and says which revision the file is based on.
/// Only members cleared internal compare (they may read every revision).
public enum RevisionBase {
    /// The revision number the file is based on, when that is older than the
    /// newest (the file undoes later work); nil when it is based on the newest.
    static func olderBase(of source: [UInt8], revisions: [DocumentCatalog.Revision]) -> (base: Int, newest: Int)? {
        guard let newest = DocumentCatalog.newest(revisions) else { return nil }
        let lines = Set(String(decoding: source, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true).map(String.init))
        func shared(_ revision: DocumentCatalog.Revision) -> Int {
            let text = revision.content.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
            return Set(text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)).intersection(lines).count
        }
        // Each revision's text is split once (max(by:) would ask twice per comparison).
        let scored = revisions.map { (revision: $0, shared: shared($0)) }
        guard let newestShared = scored.first(where: { $0.revision.revisionID == newest.revisionID })?.shared,
              let best = scored.filter({ $0.revision.revisionID != newest.revisionID }).max(by: { $0.shared < $1.shared }),
              best.shared > newestShared else { return nil }
        return (best.revision.metadata.revision, newest.metadata.revision)
    }
}
