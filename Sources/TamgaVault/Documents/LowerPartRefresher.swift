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
    /// How many revisions this refresher decrypted to decide (tests read it:
    /// a refresh decides current revisions from headers and cached facts).
    let opened = OpenedCount()

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

    /// Re-projects every revision whose stored lower part was made from other
    /// redaction inputs that can affect its text (`ProjectionRelevance`);
    /// returns how many parts it rewrote. When nothing changed since the last
    /// refresh (the vault-wide `context.tag`), only documents changed since are
    /// opened. The parts it supersedes are listed as removed in the log entry
    /// and deleted after it; parts it keeps are vouched for by that entry.
    ///
    /// `progress` is told the documents checked so far and how many there
    /// are (a refresh after a change to a person re-projects much).
    @discardableResult
    public func refresh(progress: ((Int, Int) -> Void)? = nil) throws -> Int {
        var vaultIndex = try VaultIndex.load(vault)
        let index = vaultIndex.commits
        var written: [String] = [], superseded: [String] = []
        let names = context.relevance.namesKey
        context.seedRelevance(vaultIndex.knownRelevance(names: names))
        let candidates = vaultIndex.refreshCandidates(for: context.tag, allBlinds: VaultPaths.fileNames(in: vault.paths.documents))
        for (number, blind) in candidates.enumerated() {
            defer { progress?(number + 1, candidates.count) }
            do {
                let done = try refresh(blind: blind, index: index)
                written += done.written
                superseded += done.superseded
            } catch {
                // A contributor's folder that does not open or parse is skipped
                // whole (check names it); anything else stops the refresh.
                guard vaultIndex.contributorWrote(blind) else { throw error }
            }
        }
        // A part that looks stale to readers (made before a change it has
        // not seen) but needed no rewriting is vouched for by the refresh
        // entry, so readers of every clearance see it as fresh.
        guard !written.isEmpty || vaultIndex.projectionFreshness.hasStaleParts(in: index) else {
            vaultIndex.rememberRelevance(context.knownRelevance, names: names)
            vaultIndex.markRefreshed(context.tag, vault: vault)
            return 0
        }
        let parts = written.filter { $0.hasPrefix("documents/") }.count
        try vault.log(LogAction(action: "refresh", note: "\(parts) state/public parts re-projected; all checked"),
                      objects: written, removed: superseded)
        for path in superseded { try DurableFile.remove(vault.paths.root.appendingPathComponent(path)) }
        // The index picks up the refresh's own entry, then records the refresh as done.
        var updated = try VaultIndex.load(vault)
        updated.rememberRelevance(context.knownRelevance, names: names)
        updated.markRefreshed(context.tag, vault: vault)
        return parts
    }

    /// Re-projects one document folder's revisions whose stored lower parts
    /// were made from other redaction inputs *that can affect them*
    /// (`ProjectionRelevance`); returns what it wrote and what that supersedes.
    /// A source is opened to decide only when its facts are not known by its
    /// content tag (`RelevanceFacts`); a name scan and a leak scan of the
    /// source cost far less than projecting and leak-scanning two exports.
    private func refresh(blind: String, index: CommitIndex) throws -> (written: [String], superseded: [String]) {
        let store = DocumentStore(vault: vault)
        let catalog = DocumentCatalog(vault: vault)
        var written: [String] = [], superseded: [String] = []
        let batch = DataKeyBatch()
        let sources = try store.revisionHeaders(blind: blind, index: index, level: .internal)
        let stored = try [Level.state, .public].map { ($0, try store.revisionHeaders(blind: blind, index: index, level: $0)) }
        for source in sources {
            // A revision whose facts are known by its content tag is decided
            // from headers alone; it is opened only when a part must be rewritten.
            let tag = source.header.contentTag.allSatisfy { $0 == 0 } ? "" : Hex.encode(source.header.contentTag)
            if !tag.isEmpty, let known = context.knownRelevanceDigest(tag: tag) {
                let wanted = try store.projectionTag(source: source.header.contentTag, redaction: known)
                let current = stored.allSatisfy { _, parts in
                    parts.contains { $0.header.revision == source.header.revision && $0.header.contentTag == wanted }
                }
                if current { continue }
            }
            let revision = try catalog.openPart(blind: blind, level: .internal, name: source.fileName)
            opened.add()
            let label = "\(revision.metadata.document) (stored revision \(revision.metadata.revision))"
            // A revision may predate a policy change (review 37 M-3): read as stored, fail closed.
            let document = try revision.content.withUnsafeBytes { try DocumentParser.parse($0, file: label) }
                .validatedAsStored(against: context.policy.policy)
            let facts = revision.content.withUnsafeBytes { context.relevanceFacts(of: document, source: Array($0), tag: tag) }
            let wantedTag = try store.projectionTag(source: source.header.contentTag, redaction: context.relevance.digest(facts))
            for (level, parts) in stored {
                let existing = parts.filter { $0.header.revision == source.header.revision }
                if existing.contains(where: { $0.header.contentTag == wantedTag }) { continue }
                written.append(contentsOf: try store.writePart(
                    Self.part(of: document, level: level, context: context), level: level, document: document.id,
                    kind: document.kind, date: document.date.description, revision: revision.metadata.revision,
                    revisionID: source.header.revision, parents: source.header.parents, contentTag: wantedTag,
                    blind: blind, created: Timestamp.now(), batch: batch))
                superseded.append(contentsOf: existing.map(\.path))
            }
        }
        return (written, superseded)
    }
}

/// A count a non-mutating refresh can raise.
final class OpenedCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
