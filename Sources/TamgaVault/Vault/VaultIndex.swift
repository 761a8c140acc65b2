import Foundation
import TamgaCore
import TamgaCrypto

/// What the vault holds, kept up to date incrementally: the verified log
/// (signatures checked once per entry), what it commits, the consent events,
/// and one summary per document. A command reads the log folder's names and
/// only the entries and documents that changed since this member's last
/// command, so `list` and a single `export` do not read every object.
///
/// Only entries whose signature verifies count: an unsigned or forged entry
/// makes nothing live (`check` names it).
public struct VaultIndex: Sendable {
    struct Contents: Codable, Sendable {
        var keyring: String
        var readingLevel: String?
        var entries: [String: Item] = [:]
        var consent: [ConsentLedger.Event] = []
        var documents: [String: DocumentSummary] = [:]
        /// The redaction digest of this member's last refresh, and the
        /// documents changed since: a refresh under the same digest looks at
        /// those only.
        var refreshedTag: [UInt8]?
        var pendingBlinds: Set<String> = []
    }

    /// The parts of a log entry readers need, from its verified, signed body.
    struct Item: Codable, Sendable {
        var sequence: Int
        var previous: [String]
        var revisions: [String]
        var objects: [String]
        var removed: [String]
    }

    /// One document as this member sees it, and (for internal members) what
    /// its newest source declares.
    public struct DocumentSummary: Codable, Sendable {
        public var entry: DocumentCatalog.Entry?
        public var declarations: [Declaration]
        public var sensitive: [String]
        /// Recommendation ids and texts, for the vault-wide uniqueness check at add.
        public var recommendations: [String: String] = [:]
    }

    public struct Declaration: Codable, Sendable {
        public var id, role, name: String
        public var also: [String]
        public var consent: [String]
    }

    var contents: Contents
    /// The commit sets, heads and highest sequence of `contents.entries`.
    var derived: IndexMemo.Derived
    public var commits: CommitIndex { derived.commits }

    /// The entries no other entry names as previous.
    public var heads: [String] { derived.heads.sorted() }

    public var nextSequence: Int { derived.maxSequence + 1 }

    public var consentEvents: [ConsentLedger.Event] { contents.consent }

    public var documents: [DocumentSummary] { Array(contents.documents.values) }

    /// The documents a refresh under `tag` must look at: all of them after the
    /// redaction inputs changed, else only those changed since the last refresh.
    public func refreshCandidates(for tag: [UInt8], allBlinds: [String]) -> [String] {
        contents.refreshedTag == tag ? allBlinds.filter { contents.pendingBlinds.contains($0) } : allBlinds
    }

    /// Records a completed refresh under `tag`.
    public mutating func markRefreshed(_ tag: [UInt8], vault: UnlockedVault) {
        contents.refreshedTag = tag
        contents.pendingBlinds = []
        vault.indexMemo.contents = contents
        LocalCache(vault: vault).save(contents)
    }

    /// Every person declared in the vault, by document id (internal members).
    public var declarations: [(document: String, persons: [RegisteredPerson])] {
        contents.documents.values.compactMap { summary in
            guard let id = summary.entry?.id else { return nil }
            return (id, summary.declarations.map {
                RegisteredPerson(id: $0.id, role: $0.role, name: $0.name, also: $0.also,
                                 consent: Set($0.consent.compactMap(Audience.init(rawValue:))))
            })
        }.sorted { $0.document < $1.document }
    }

    /// Reads one document afresh: its listing at the member's level and its declarations.
    static func summary(of blind: String, vault: UnlockedVault, commits: CommitIndex, policy: Policy?) throws -> DocumentSummary? {
        let catalog = DocumentCatalog(vault: vault)
        guard let level = catalog.readingLevel else { return nil }
        let revisions = try catalog.read(blind: blind, level: level, index: commits)
        var summary = DocumentSummary(entry: nil, declarations: [], sensitive: [])
        if let newest = DocumentCatalog.newest(revisions) {
            let m = newest.metadata
            summary.entry = DocumentCatalog.Entry(id: m.document, kind: m.kind, date: m.date, title: m.title, facility: m.facility,
                                                  level: level.rawValue, revisions: revisions.count)
        }
        if level == .internal, let policy, let newest = DocumentCatalog.newest(revisions) {
            // A stored document that no longer parses must not silently drop
            // its persons from the registry: that would unprotect their names.
            let document = try DocumentParser.parse(newest.content, file: "\(newest.metadata.document) (stored)").validated(against: policy)
            summary.declarations = document.persons.map {
                Declaration(id: $0.id, role: $0.role, name: $0.name, also: $0.also, consent: $0.consent.map(\.rawValue).sorted())
            }
            summary.sensitive = document.sensitive
            for recommendation in document.recommendations { summary.recommendations[recommendation.id] = recommendation.text }
        }
        return summary.entry == nil && summary.declarations.isEmpty ? nil : summary
    }
}

extension CommitIndex {
    init(items: [VaultIndex.Item]) {
        self.init(revisions: Set(items.flatMap(\.revisions)), objects: Set(items.flatMap(\.objects)),
                  removed: Set(items.flatMap(\.removed)))
    }

    /// Adds what one more entry commits.
    mutating func absorb(_ item: VaultIndex.Item) {
        absorb(revisions: item.revisions, objects: item.objects, removed: item.removed)
    }
}

extension IndexMemo.Derived {
    /// From scratch, for a full read.
    init(entries: [String: VaultIndex.Item]) {
        let named = Set(entries.values.flatMap(\.previous))
        self.init(commits: CommitIndex(items: Array(entries.values)),
                  heads: Set(entries.keys.filter { !named.contains($0) }),
                  maxSequence: entries.values.map(\.sequence).max() ?? 0)
    }

    /// One more entry that no known entry names as previous (one this process
    /// just appended): exact without looking at the others.
    mutating func absorb(_ name: String, _ item: VaultIndex.Item) {
        commits.absorb(item)
        heads.subtract(item.previous)
        heads.insert(name)
        maxSequence = max(maxSequence, item.sequence)
    }
}
