import Foundation
import TamgaCore

/// `tamga retention`: which documents the policy's schedule says are due
/// for destruction, or will be within some days. It reads and decides;
/// nothing is destroyed here (`ScheduledDestruction`, `tamga destroy --due`,
/// acts on what is due).
///
/// It lists what the member may list (`DocumentCatalog.list`): clearance
/// applies as there, and a stale part's title is withheld as there. Tags are
/// internal-only (FORMAT.md), so a member cleared internal has each
/// document's tags read from its newest internal revision; below internal
/// the decision is marked a guess wherever a tag could change it.
public struct RetentionReview: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// One document that is due, or will be.
    public struct Item: Sendable, Codable, Equatable {
        public let id: String
        public let kind: String
        public let date: String
        public let title: String?
        /// The day the schedule makes it due (`YYYY-MM-DD`).
        public let due: String
        /// `due` (on or before the day asked about) or `upcoming`.
        public let status: String
        /// The rule, as the policy says it, and its line in the policy text.
        public let rule: String
        public let ruleLine: Int
        /// Set below internal when a tag could choose another rule or hold the document.
        public let tagsUnknown: Bool?
    }

    /// What the review found.
    public struct Result: Sendable, Codable {
        public let asOf: String
        public let within: Int
        public let items: [Item]
        /// Documents a rule would make due by then but an `unless-tagged` tag holds, by id.
        public let held: [String: [String]]
        /// Whether the policy in force has any retention rule.
        public let scheduled: Bool
    }

    /// Documents due on or before `asOf` plus `within` days, sorted by due day then id.
    public func review(asOf: String, within days: Int) throws -> Result {
        guard days >= 0, let horizon = RetentionPeriod.adding(days: days, to: asOf) else {
            throw VaultError.invalidArgument("--within must be 0 or more days and --as-of a date (YYYY-MM-DD)")
        }
        let schedule = try PolicyStore(paths: vault.paths).current(vault).policy.retention
        guard !schedule.rules.isEmpty else { return Result(asOf: asOf, within: days, items: [], held: [:], scheduled: false) }
        let catalog = DocumentCatalog(vault: vault)
        let entries = try catalog.list()
        let tags = try self.tags(catalog)
        var items: [Item] = [], held: [String: [String]] = [:]
        for entry in entries {
            guard let decision = schedule.decision(kind: entry.kind, date: entry.date, tags: tags.flatMap { $0[entry.id] }),
                  decision.due <= horizon else { continue }
            if !decision.heldBy.isEmpty { held[entry.id] = decision.heldBy; continue }
            items.append(Item(id: entry.id, kind: entry.kind, date: entry.date, title: entry.title, due: decision.due,
                              status: decision.due <= asOf ? "due" : "upcoming", rule: decision.rule.description,
                              ruleLine: decision.rule.line, tagsUnknown: decision.tagsUnknown ? true : nil))
        }
        items.sort { ($0.due, $0.id) < ($1.due, $1.id) }
        return Result(asOf: asOf, within: days, items: items, held: held, scheduled: true)
    }

    /// Each document's tags, from its newest internal revision; nil when the
    /// member is not cleared internal (tags are never below it).
    private func tags(_ catalog: DocumentCatalog) throws -> [String: Set<String>]? {
        guard vault.levelKeys.canRead(.internal) else { return nil }
        var result: [String: Set<String>] = [:]
        for revision in try catalog.newestSources() {
            // A stored source that no longer parses has unknown tags (marked so), never "no tags".
            guard let parsed = try? revision.content.withUnsafeBytes({ try DocumentParser.parse($0, file: revision.metadata.document) })
            else { continue }
            result[revision.metadata.document] = Set(parsed.frontMatter.tags)
        }
        return result
    }
}
