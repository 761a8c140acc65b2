import Foundation
import TamgaCore

/// The document list with search and filters, and the state of each document
/// (issue 20): what `tamga list` prints and the browser's list page shows, so
/// the two never filter differently.
///
/// What a filter may read follows the member's clearance: the kind, date,
/// title and facility of the parts the member reads, for everyone; the level
/// a document's source declares and its tags only for a member cleared
/// internal (tags are never below internal, and a State member's part does
/// not say what the source withholds). The state columns come from the
/// disclosure ledger and the recommendations, both sealed to internal, so a
/// member below internal sees revisions only.
public struct DocumentListing: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    public struct Filter: Sendable, Equatable {
        /// Words sought in the id, title and facility (case and accents ignored).
        public var search: String?
        public var kind: String?
        /// A facility, whole (case ignored).
        public var facility: String?
        /// Visit dates from and to, both included (`YYYY-MM-DD`).
        public var from: String?
        public var to: String?
        /// The level of the source's unmarked text: its `level`, else its kind's default (internal members only).
        public var level: Level?
        /// A tag of the newest source (internal members only).
        public var tag: String?

        public init(search: String? = nil, kind: String? = nil, facility: String? = nil, from: String? = nil, to: String? = nil,
                    level: Level? = nil, tag: String? = nil) {
            func given(_ text: String?) -> String? {
                guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
                return text
            }
            self.search = given(search)
            self.kind = given(kind)
            self.facility = given(facility)
            self.from = given(from)
            self.to = given(to)
            self.level = level
            self.tag = given(tag)
        }

        public var isEmpty: Bool { self == Filter() }
    }

    /// One document in the list, with its state.
    public struct Row: Sendable {
        public let entry: DocumentCatalog.Entry
        /// Exports the disclosure ledger records; nil below internal.
        public let exports: Int?
        /// Recommendations of the document not yet found implemented; nil below internal.
        public let openRecommendations: Int?
    }

    /// The documents the member reads that `filter` keeps, sorted by date then id.
    /// `all` is the catalogue's list when the caller has it already (the browser offers its kinds and facilities).
    public func entries(_ filter: Filter, of all: [DocumentCatalog.Entry]? = nil) throws -> [DocumentCatalog.Entry] {
        let entries = try all ?? DocumentCatalog(vault: vault).list()
        guard !filter.isEmpty else { return entries }
        try validate(filter)
        let sources = filter.level != nil || filter.tag != nil ? try sourceFacts() : [:]
        return entries.filter { entry in keeps(entry, filter, sources[entry.id]) }
    }

    /// `entries(filter)` with each document's exports and open recommendations (members cleared internal).
    public func rows(_ filter: Filter, of all: [DocumentCatalog.Entry]? = nil) throws -> [Row] {
        let entries = try self.entries(filter, of: all)
        guard vault.levelKeys.canRead(.internal) else { return entries.map { Row(entry: $0, exports: nil, openRecommendations: nil) } }
        var exports: [String: Int] = [:]
        for entry in try DisclosureLedger.load(vault).entries where entry.audience != DisclosureLedger.successor {
            exports[entry.document, default: 0] += 1
        }
        // From the index and the stored events, not the recommendation desk, which parses every source: this is the
        // browser's landing page.
        let events = Dictionary(grouping: try RecommendationStore(vault: vault).events(), by: \.recommendation)
        var open: [String: Int] = [:]
        for summary in try VaultIndex.load(vault).documents {
            guard let id = summary.entry?.id else { continue }
            open[id] = summary.recommendations.keys.filter { RecommendationEvent.status(of: events[$0] ?? []).isOpen }.count
        }
        return entries.map { Row(entry: $0, exports: exports[$0.id] ?? 0, openRecommendations: open[$0.id] ?? 0) }
    }

    /// Refuses dates that are not dates, and what the member's clearance may not filter by, naming the option.
    func validate(_ filter: Filter) throws {
        for (name, value) in [("--from", filter.from), ("--to", filter.to)] {
            if let value, CalendarDate(iso: value) == nil {
                throw VaultError.invalidArgument("\(name) must be a date written YYYY-MM-DD, as 2025-03-31")
            }
        }
        if filter.level != nil || filter.tag != nil, !vault.levelKeys.canRead(.internal) {
            throw VaultError.notCleared(member: vault.member.name, needed: "filtering by level or tag (internal)")
        }
    }

    func keeps(_ entry: DocumentCatalog.Entry, _ filter: Filter, _ source: SourceFacts?) -> Bool {
        if let kind = filter.kind, entry.kind.caseInsensitiveCompare(kind) != .orderedSame { return false }
        if let facility = filter.facility, entry.facility?.caseInsensitiveCompare(facility) != .orderedSame { return false }
        if let from = filter.from, entry.date < from { return false }
        if let to = filter.to, entry.date > to { return false }
        if let search = filter.search {
            let fields = [entry.id, entry.title ?? "", entry.facility ?? ""]
            let words = search.split(whereSeparator: \.isWhitespace)
            guard words.allSatisfy({ word in fields.contains { $0.range(of: word, options: [.caseInsensitive, .diacriticInsensitive]) != nil } })
            else { return false }
        }
        // A source that could not be read keeps the document out of a filtered list: its level and tags are unknown.
        if let level = filter.level, source?.level != level { return false }
        if let tag = filter.tag, source?.tags.contains(where: { $0.caseInsensitiveCompare(tag) == .orderedSame }) != true { return false }
        return true
    }

    /// What a document's newest source declares that a filter may ask.
    struct SourceFacts { let level: Level; let tags: [String] }

    func sourceFacts() throws -> [String: SourceFacts] {
        let policy = try PolicyStore(paths: vault.paths).current(vault).policy
        var facts: [String: SourceFacts] = [:]
        for revision in try DocumentCatalog(vault: vault).newestSources() {
            guard let document = try? revision.content.withUnsafeBytes({
                try DocumentParser.parse($0, file: revision.metadata.document).validated(against: policy)
            }) else { continue }
            facts[revision.metadata.document] = SourceFacts(level: document.unmarkedLevel, tags: document.tags)
        }
        return facts
    }
}
