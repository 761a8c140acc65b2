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
    public let commits: CommitIndex

    /// The entries no other entry names as previous.
    public var heads: [String] {
        let named = Set(contents.entries.values.flatMap(\.previous))
        return contents.entries.keys.filter { !named.contains($0) }.sorted()
    }

    public var nextSequence: Int { (contents.entries.values.map(\.sequence).max() ?? 0) + 1 }

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

    /// Brings the cache up to date with the vault and returns it.
    public static func load(_ vault: UnlockedVault) throws -> VaultIndex {
        let cache = LocalCache(vault: vault)
        let memo = vault.indexMemo
        let onDisk = Set(VaultPaths.fileNames(in: vault.paths.log).filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) })
        let level = vault.levelKeys.levels.max()?.rawValue
        var contents = memo.contents ?? cache.load() ?? Contents(keyring: vault.keyring.fileHash, readingLevel: level)
        if contents.keyring != vault.keyring.fileHash || contents.readingLevel != level
            || !Set(contents.entries.keys).isSubset(of: onDisk) {
            contents = Contents(keyring: vault.keyring.fileHash, readingLevel: level)
        }
        let fresh = onDisk.subtracting(contents.entries.keys)
        var changedBlinds: Set<String> = contents.entries.isEmpty ? Set(VaultPaths.fileNames(in: vault.paths.documents)) : []
        if !fresh.isEmpty {
            let keyrings = try KeyringStore(paths: vault.paths).verifiedChain().map(\.body)
            let log = AuditLog(paths: vault.paths)
            for name in fresh.sorted() {
                guard let entry = try? log.entry(named: name), entry.body.vault == vault.vaultID,
                      AuditLog.isSignatureValid(entry, keyrings: keyrings) else { continue }
                let item = Item(sequence: entry.body.sequence, previous: entry.body.previous, revisions: entry.body.revisions,
                                objects: entry.body.objects ?? [], removed: entry.body.removed ?? [])
                contents.entries[name] = item
                for path in item.objects + item.removed where path.hasPrefix("documents/") {
                    changedBlinds.insert(String(path.split(separator: "/")[1]))
                }
                if vault.levelKeys.canRead(.internal), let event = try ConsentLedger.event(from: entry, keys: vault.levelKeys) {
                    contents.consent.append(event)
                }
            }
            contents.consent.sort { ($0.sequence, $0.recorded) < ($1.sequence, $1.recorded) }
        }
        var index = VaultIndex(contents: contents, commits: CommitIndex(items: Array(contents.entries.values)))
        if !changedBlinds.isEmpty {
            let policy = vault.levelKeys.canRead(.internal) ? try PolicyStore(paths: vault.paths).current(keyring: vault.keyring).policy : nil
            for blind in changedBlinds { index.contents.documents[blind] = try index.summary(of: blind, vault: vault, policy: policy) }
            index.contents.pendingBlinds.formUnion(changedBlinds)
        }
        memo.contents = index.contents
        // Saving costs a write of the whole cache: during a long command
        // (a batch add) do it at most every few seconds; what is not saved is
        // recomputed incrementally next time.
        if (!fresh.isEmpty || !changedBlinds.isEmpty), memo.shouldSave() { cache.save(index.contents) }
        return index
    }

    /// Reads one document afresh: its listing at the member's level and its declarations.
    private func summary(of blind: String, vault: UnlockedVault, policy: Policy?) throws -> DocumentSummary? {
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
}
