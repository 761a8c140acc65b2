import Foundation
import TamgaCore

/// The destroy check outside documents' revisions (attacker session 38,
/// #7): a recommendation response or verification (`records/`, printed as
/// written by `tamga rec report`) and another document's attachment text (a
/// text file, a PDF's text layer, a caption or file name, carried by `export
/// --with-attachments`) are not projected: only the leak scan, protecting
/// the registry's persons, stands between them and an outside reader. A
/// person whom only the destroyed document declares leaves the registry,
/// so those texts would then go out naming them. They are read here as the
/// erasure reads them (`ErasureScan`: the leak scan's matching with only
/// that person protected), at the State and public levels only (an internal
/// record or attachment never leaves for an outside audience).
extension DocumentDestruction {
    func namedOutsideRevisions(_ wanted: [RegisteredPerson], context: RedactionContext, besides id: String?,
                               index: VaultIndex) throws -> [String: Set<String>] {
        let scans = try wanted.map {
            try ErasureScan(person: $0, registry: context.registry, names: context.names, policy: context.policy.policy)
        }
        var found: [String: Set<String>] = [:]
        func read(_ text: String, as label: String) {
            for scan in scans where !scan.hits(in: text).isEmpty { found[scan.personID, default: []].insert(label) }
        }
        // Which document each recommendation belongs to, to name it.
        var report: [String: String] = [:]
        for summary in index.documents { for rec in summary.recommendations.keys { report[rec] = summary.entry?.id } }
        for event in try RecommendationStore(vault: vault).events() where event.level != .internal {
            let owner = report[event.recommendation]
            let label = owner.map { $0 == id ? "\($0)'s recommendation records (kept after the destruction)" : "\($0)'s recommendation records" }
                ?? "the records of \(event.recommendation)"
            read([event.text, event.from].compactMap { $0 }.joined(separator: "\n"), as: label)
        }
        let keys = try RestrictedViewing.attachmentKeys(for: vault)
        for summary in index.documents {
            guard let other = summary.entry?.id, other != id else { continue }
            for blind in try vault.blindIDs(other) {
                for path in index.commits.liveObjects.filter({ $0.hasPrefix("attachments/\(blind)/") }).sorted() {
                    let url = vault.paths.root.appendingPathComponent(path)
                    // Its release level, not the level it is sealed at (an attachment for the State is sealed to internal).
                    guard let metadata = try? AttachmentReader.metadata(of: url, keys: keys),
                          metadata.exportLevel != Level.internal.rawValue else { continue }
                    let item = AttachmentCatalog.Item(object: url.lastPathComponent, path: path, url: url, metadata: metadata)
                    let content = try HandoverAttachmentReview.text(of: item, vault: vault).0
                    read([metadata.evidence?.caption, metadata.fileName.map(ErasureRewrite.spaced), content].compactMap { $0 }
                        .joined(separator: "\n"), as: "\(other) (an attachment)")
                }
            }
        }
        return found
    }
}
