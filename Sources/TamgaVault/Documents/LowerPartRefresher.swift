import Foundation
import TamgaCore
import TamgaCrypto

/// Keeps the stored `state` and `public` parts in step with the vault.
///
/// A lower part is the projection of a revision's source under the registry,
/// consent and policy *at the time it was made*. When a later document
/// declares a new person, consent is withdrawn or the policy changes, an older
/// lower part may name someone it should not. So after every such change an
/// internal member re-projects every revision and stores a new lower part
/// wherever the projection differs (same revision id; the newest part wins).
/// Exports never use stored lower parts: they always project afresh.
public struct LowerPartRefresher: Sendable {
    public let vault: UnlockedVault
    public let context: RedactionContext

    public init(vault: UnlockedVault, context: RedactionContext) {
        self.vault = vault
        self.context = context
    }

    /// The part a level stores for a document: the Markdown export for the
    /// matching audience, or nothing visible when the export is refused.
    public static func part(of document: Document, level: Level, context: RedactionContext) -> DocumentSubmission.Part {
        guard let audience = Audience(rawValue: level.rawValue), audience != .internal else {
            return .nothingVisible
        }
        guard let export = try? context.exporter.export(document, for: audience, as: .markdown) else {
            return .nothingVisible
        }
        return DocumentSubmission.Part(content: Array(export.text.utf8), title: export.projection.metadata.title,
                                       facility: export.projection.metadata.facility)
    }

    /// Re-projects every committed revision; returns how many parts it rewrote.
    @discardableResult
    public func refresh() throws -> Int {
        let catalog = DocumentCatalog(vault: vault)
        let store = DocumentStore(vault: vault)
        let committed = AuditLog.committedRevisions(in: try AuditLog(paths: vault.paths).entries())
        var rewritten = 0
        for blind in VaultPaths.fileNames(in: vault.paths.documents) {
            let sources = try catalog.readParts(blind: blind, level: .internal, committed: committed)
            for level in [Level.state, .public] {
                var stored: [String: DocumentCatalog.Revision] = [:]
                for part in try catalog.readParts(blind: blind, level: level, committed: committed)
                where (stored[part.revisionID]?.metadata.created ?? "") < part.metadata.created {
                    stored[part.revisionID] = part
                }
                for source in sources {
                    let label = "\(source.metadata.document) (stored revision \(source.metadata.revision))"
                    let document = try DocumentParser.parse(source.content, file: label).validated(against: context.policy.policy)
                    let wanted = Self.part(of: document, level: level, context: context)
                    if let existing = stored[source.revisionID], existing.content == wanted.content,
                       existing.metadata.title == wanted.title, existing.metadata.facility == wanted.facility,
                       (existing.metadata.withheld ?? false) == wanted.withheld {
                        continue
                    }
                    let header = try VaultObject.header(of: try DurableFile.readAll(vault.paths.root.appendingPathComponent(source.file)))
                    try store.writePart(wanted, level: level, document: document.id, kind: document.kind,
                                        date: document.date.description, revision: source.metadata.revision,
                                        revisionID: header.revision, parents: header.parents, contentTag: header.contentTag,
                                        blind: blind, created: Timestamp.now())
                    rewritten += 1
                }
            }
        }
        if rewritten > 0 { try vault.log(LogAction(action: "refresh", note: "\(rewritten) state/public parts re-projected")) }
        return rewritten
    }
}
