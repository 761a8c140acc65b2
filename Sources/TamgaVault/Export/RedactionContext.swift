import Foundation
import TamgaCore
import TamgaCrypto

/// Everything redaction needs, vault-wide: the policy in force, every
/// document's newest source (parsed), the person registry with consent from
/// the ledger, every `sensitive` string of every document, and the name finder
/// built over every spelling. Names are protected across documents: a person
/// declared in one report is redacted in all of them.
///
/// Only a member cleared `internal` can build it (the registry is internal),
/// which is why exports are made by internal members.
public struct RedactionContext: Sendable {
    public let policy: PolicyStore.InForce
    /// Newest revision of every document, by id.
    public let documents: [String: Document]
    public let registry: PersonRegistry
    public let sensitive: [String]
    public let names: any NameFinding
    /// A digest of every input of redaction (policy, persons with their
    /// spellings, roles and consent, sensitive strings): stored parts made
    /// under another digest are re-projected (`LowerPartRefresher`).
    public let tag: [UInt8]
    /// Made once per context, since the leak scanner prepares the whole
    /// registry's spellings and stems when it is made: every export of a
    /// batch (`add`, the refresh of lower parts, statistics) reuses it.
    public let exporter: Exporter
    /// Which persons each document's lower parts depend on, prepared on first
    /// use and then shared by every document of a batch (`add`, a refresh).
    public var relevance: ProjectionRelevance { relevanceMemo.value(self) }
    let relevanceMemo = RelevanceMemo()

    /// Which documents to decrypt and parse in full. The registry and the
    /// sensitive strings always cover the whole vault (from the member's index).
    public enum Selection: Sendable {
        case all
        case only([String])
        case none
    }

    /// `without`: documents whose declarations and `sensitive` strings do
    /// not count, as after their destruction (`DocumentDestruction+NamedElsewhere`).
    /// `recovering`: the document `extra` adds is one lost to two erasures
    /// made apart (`ErasureRecovery`), which otherwise stops every load.
    public static func load(_ vault: UnlockedVault, adding extra: [Document] = [], earlier: [Document] = [],
                            loading selection: Selection = .all, without removed: Set<String> = [],
                            recovering: Bool = false) throws -> RedactionContext {
        guard vault.levelKeys.canRead(.internal) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "redaction (the person registry is internal)")
        }
        let index = try VaultIndex.load(vault)
        try index.requireWhole()
        // A document two erasures made apart left unreadable took every person only it declares out of the
        // registry: another document would show their names (attacker session 38, #2).
        if !recovering { try index.requireNoDocumentLostToErasuresApart() }
        let policy = try PolicyStore(paths: vault.paths).current(index: index, keyring: vault.keyring)
        // A deleted entry in the middle of the log may be a consent withdrawal
        // or a person's declaration: nothing is projected until the log is whole.
        if let gap = index.dangling.first {
            throw VaultError.damaged(path: "log/\(gap.entry).json", problem: "it names an earlier entry that is missing "
                + "(log/\(gap.missing).json): an entry was deleted or has not arrived yet; nothing is exported or projected "
                + "until the log is whole (restore the entry from another copy)")
        }
        let added = Set(extra.map(\.id)).union(removed)
        var declarations = index.declarations.filter { !added.contains($0.document) }
        var sensitive = Set(index.documents.filter { !added.contains($0.entry?.id ?? "") }.flatMap(\.sensitive))
        let retired = index.retiredPersons
        for document in extra {
            // The same rule as the index (`DeclarationMerge`): older revisions of an added document (a hand-over's
            // import, review 37 H-1) and its stored revisions (F2: a revision that drops a person or a spelling must
            // not re-project other documents without them) add their spellings and the persons only they declare.
            var merge = DeclarationMerge(newest: document.persons)
            merge.openness = policy.policy.openness(of:)
            for older in earlier.reversed() where older.id == document.id {
                for person in older.persons { merge.addOlder(person) }
                sensitive.formUnion(older.sensitive)
            }
            for stored in index.documents where stored.entry?.id == document.id {
                for declaration in stored.declarations { merge.addOlder(declaration) }
            }
            declarations.append((document.id, merge.registered(retired: retired)))
            sensitive.formUnion(document.sensitive)
        }
        var documents: [String: Document] = [:]
        let catalog = DocumentCatalog(vault: vault)
        let wanted: [String]
        switch selection {
        case .all: wanted = index.documents.compactMap(\.entry?.id)
        case .only(let ids): wanted = ids
        case .none: wanted = []
        }
        for id in wanted where !added.contains(id) {
            guard let revision = try? catalog.newest(id, level: .internal) else { continue }
            let label = "\(revision.metadata.document) (stored revision \(revision.metadata.revision))"
            documents[id] = try revision.content.withUnsafeBytes { try DocumentParser.parse($0, file: label) }.validated(against: policy.policy)
        }
        for document in extra { documents[document.id] = document }
        // A conflict among stored documents (a contributor re-declaring an id) must not stop the vault (web red team 40,
        // F6): both spellings stay protected, `check` names it. One the documents being added bring is refused, as ever.
        var conflicts: [RegistryError] = []
        let merged = PersonRegistry(declarations: declarations.sorted { $0.document < $1.document }, conflicts: &conflicts,
                                    openness: policy.policy.openness(of:))
        if let new = conflicts.first(where: { !Set($0.documents).isDisjoint(with: extra.map(\.id)) }) { throw new }
        let registry = index.consentLedger(without: removed).apply(to: merged)
        let sortedSensitive = sensitive.sorted()
        let names = NameFinderFactory.finder(for: registry.personNames)
        return RedactionContext(policy: policy, documents: documents, registry: registry, sensitive: sortedSensitive,
                                names: names, tag: digest(policy: policy.hash, registry: registry, sensitive: sortedSensitive),
                                exporter: Exporter(policy: policy.policy, registry: registry, names: names, sensitive: sortedSensitive))
    }

    /// The same policy and sensitive strings over another registry, with no
    /// documents loaded: what an erasure or a retirement would leave (their
    /// simulations need it, and each used to rebuild it by hand).
    func withRegistry(_ registry: PersonRegistry) -> RedactionContext {
        let names = NameFinderFactory.finder(for: registry.personNames)
        return RedactionContext(policy: policy, documents: [:], registry: registry, sensitive: sensitive, names: names,
                                tag: Self.digest(policy: policy.hash, registry: registry, sensitive: sensitive),
                                exporter: Exporter(policy: policy.policy, registry: registry, names: names, sensitive: sensitive))
    }

    static func digest(policy: String, registry: PersonRegistry, sensitive: [String]) -> [UInt8] {
        var lines = ["policy \(policy)"]
        for person in registry.persons.values.sorted(by: { $0.id < $1.id }) {
            lines.append([person.id, person.role, person.name, person.also.joined(separator: "\u{1F}"),
                          person.consent.map(\.rawValue).sorted().joined(separator: ",")].joined(separator: "\u{1E}"))
        }
        lines.append(contentsOf: sensitive.map { "sensitive \($0)" })
        return SHA256.hash(Array(lines.joined(separator: "\n").utf8))
    }
}

/// Holds a context's `ProjectionRelevance` once made (it prepares a leak
/// scan over the whole registry, which only `add`, `edit` and a refresh need,
/// so exports and statistics do not pay for it), and the relevant persons of
/// each source scanned under it, by the source's SHA-256: `add` decides them
/// once for its own refresh, and a refresh starts from the member's cache.
final class RelevanceMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var made: ProjectionRelevance?
    private var persons: [String: Set<String>] = [:]

    func value(_ context: RedactionContext) -> ProjectionRelevance {
        lock.withLock {
            if let made { return made }
            let relevance = ProjectionRelevance(context: context)
            made = relevance
            return relevance
        }
    }

    func persons(source: String, compute: () -> Set<String>) -> Set<String> {
        if let known = lock.withLock({ persons[source] }) { return known }
        let found = compute()
        lock.withLock { persons[source] = found }
        return found
    }

    /// Facts of revisions by their internal part's content tag (hex).
    private var facts: [String: RelevanceFacts] = [:]

    func facts(tag: String) -> RelevanceFacts? { lock.withLock { facts[tag] } }
    func remember(_ value: RelevanceFacts, tag: String) { lock.withLock { facts[tag] = value } }

    /// Adds what an earlier command learned under the same names.
    func seed(_ known: [String: RelevanceFacts]) {
        lock.withLock { facts.merge(known) { current, _ in current } }
    }

    var known: [String: RelevanceFacts] { lock.withLock { facts } }
}

extension RedactionContext {
    /// The redaction digest of `document`'s lower parts (`ProjectionRelevance.digest`),
    /// scanning its source only once per context and set of names.
    public func relevanceDigest(of document: Document, source: [UInt8]) -> [UInt8] {
        let key = Hex.encode(SHA256.hash(source))
        let persons = relevanceMemo.persons(source: key) {
            relevance.persons(of: document, source: String(decoding: source, as: UTF8.self))
        }
        return relevance.digest(of: document, persons: persons)
    }

    /// The facts known so far, by content tag, for the member's cache.
    var knownRelevance: [String: RelevanceFacts] { relevanceMemo.known }

    /// Starts from what the member's cache knows under these names.
    func seedRelevance(_ known: [String: RelevanceFacts]) { relevanceMemo.seed(known) }

    /// A revision's facts (`RelevanceFacts`), scanning its source only once
    /// per context; remembered by `tag` (its internal part's content tag, hex)
    /// unless the tag is empty.
    func relevanceFacts(of document: Document, source: [UInt8], tag: String) -> RelevanceFacts {
        let key = Hex.encode(SHA256.hash(source))
        let persons = relevanceMemo.persons(source: key) {
            relevance.persons(of: document, source: String(decoding: source, as: UTF8.self))
        }
        let facts = relevance.facts(of: document, persons: persons)
        if !tag.isEmpty { relevanceMemo.remember(facts, tag: tag) }
        return facts
    }

    /// The digest of a revision not opened, from facts known by its content tag; nil when unknown.
    func knownRelevanceDigest(tag: String) -> [UInt8]? {
        relevanceMemo.facts(tag: tag).map { relevance.digest($0) }
    }
}
/// The one place that chooses the name engine, so switching it is one line.
public enum NameFinderFactory {
    public static func finder(for persons: [PersonNames]) -> any NameFinding {
        NameMatcher(persons: persons)
    }
}
