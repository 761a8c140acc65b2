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
        /// Document folders that did not open, parse or validate, with the
        /// problem (issue 16: one damaged object no longer stops `list`; it
        /// stops what needs every document's persons, see `requireWhole`).
        var damaged: [String: String] = [:]
        /// What each revision contributes to its redaction digest
        /// (`RelevanceFacts`), by its internal part's content tag, under the
        /// names and policy `names` digests: a refresh then decides without
        /// opening any revision whose parts are current.
        var relevance: RelevanceCache?
        /// The rules the document summaries were made under
        /// (`VaultIndex.summaryRules`): a cache made under other rules is
        /// rebuilt. Not optional, so a cache made before it existed is too.
        var summaryRules: Int = VaultIndex.summaryRules
    }

    /// Raised whenever what a summary holds changes meaning (2: persons a
    /// newest revision dropped keep no consent; fork heads narrow consent;
    /// 3: the newest revision's id; 4: the withdrawals an add entry records,
    /// `FrontMatterWithdrawal`, read into the consent events; 5: what each
    /// stored revision took away, derived from the texts).
    static let summaryRules = 5

    struct RelevanceCache: Codable, Sendable {
        var names: String
        /// By the internal part's content tag (hex).
        var facts: [String: RelevanceFacts]
    }

    /// The parts of a log entry readers need, from its verified, signed body.
    struct Item: Codable, Sendable {
        var sequence: Int
        var previous: [String]
        var revisions: [String]
        var objects: [String]
        var removed: [String]
        /// Document folders a `destroy` entry destroys (`LogEntryBody.destroyed`).
        /// Not optional, so an index cached before destruction existed is rebuilt.
        var destroyed: [String]
        /// Document folders an `erase` entry rewrote (`LogEntryBody.erased`); not optional, as `destroyed`.
        var erased: [String]
        var actor: String
        /// The keyring file the entry binds.
        var keyring: String
        /// The sealed action's name, for members who open it (cleared internal).
        var action: String?
        /// Persons a `person-retire` entry retires.
        var retired: [String]?
        /// The entry's clear flags (`LogEntryBody.changesRedaction`,
        /// `vouchesProjections`). Not optional, so an index cached before
        /// they existed does not decode and is rebuilt.
        var changesRedaction: Bool
        var vouchesProjections: Bool
        /// The two-administrator rule's clear fields (`LogEntryBody.requests`,
        /// `approves`, `destructionApproval`). Not optional, so an index cached
        /// before they existed does not decode and is rebuilt.
        var requests: [String]
        /// The request is for an erasure (`LogEntryBody.requestsErasure`).
        var requestsErasure: Bool
        var approves: String?
        var asksApproval: Bool
        var withdraws: String?
    }

    /// One document as this member sees it, and (for internal members) what
    /// its newest source declares.
    public struct DocumentSummary: Codable, Sendable {
        public var entry: DocumentCatalog.Entry?
        public var declarations: [Declaration]
        public var sensitive: [String]
        /// Recommendation ids and texts, for the vault-wide uniqueness check at add.
        public var recommendations: [String: String] = [:]
        /// Per revision id (hex), what its front matter took away from the
        /// revisions it follows (`FrontMatterWithdrawal.taken`: person id →
        /// audiences), derived from the stored texts: the entry that added the
        /// revision dates it (`ConsentLedger.frontMatter`), so a revision an add
        /// stored before session 41, which logged nothing, counts as if it had
        /// (session 41 attacker, O1). Not optional, so an older cache is rebuilt.
        public var revisionWithdrawals: [String: [String: [String]]] = [:]
    }

    public struct Declaration: Codable, Sendable {
        public var id, role, name: String
        public var also: [String]
        public var consent: [String]
        /// Declared only by earlier revisions: still protected, until an
        /// internal member retires the person (`tamga person retire`).
        public var earlier: Bool?
        /// Erased (issue 18): no name, no spelling is kept.
        public var erased: Bool?
        /// Audiences an earlier revision of this document declared consent
        /// for and the newest no longer does: consent taken away in the front
        /// matter, which withholds a photo as a logged withdrawal does
        /// (`ConsentWithdrawals`). Not optional, so an index cached before it
        /// existed is rebuilt.
        public var dropped: [String] = []
    }

    var contents: Contents
    /// The commit sets, heads and highest sequence of `contents.entries`.
    var derived: IndexMemo.Derived
    public var commits: CommitIndex { derived.commits }

    /// The authorized entries no other authorized entry names as previous.
    public var heads: [String] { derived.heads.sorted() }

    /// Entries whose signature verifies but that their signer was not allowed
    /// to write, with the reason: every reader ignores them, `check` names them.
    public var refused: [String: String] { derived.refused }

    /// Whether an entry whose signature verifies is in the log, whether it counts or not.
    public func knows(_ entry: String) -> Bool { contents.entries[entry] != nil }

    /// Authorized entries, parents first (the log's own order, see `LogGraph`).
    public var authorizedInOrder: [String] { derived.graph.ordered.filter { derived.refused[$0] == nil && contents.entries[$0] != nil } }

    /// Links to a predecessor that is not in the log (deleted, or not yet
    /// synced), from counted entries by members cleared internal: they are
    /// the ones that record consent and declarations, and any member could
    /// otherwise stop every export by signing an entry that names a made-up
    /// predecessor.
    public var dangling: [(entry: String, missing: String)] {
        derived.graph.dangling.filter { link in
            guard derived.refused[link.entry] == nil, let item = contents.entries[link.entry] else { return false }
            return derived.rules.clearance(of: item) == .internal
        }
    }

    /// The policy file in force and the entry that set it: the newest authorized `policy/` object in log order.
    public var policyInForce: (entry: String, path: String)? { derived.policy }

    /// Entries that set policies apart (neither saw the other), when there are such.
    public var policyConflict: [String]? { derived.policyConflict }

    /// Persons retired on purpose (`tamga person retire`), by authorized entries.
    public var retiredPersons: Set<String> {
        Set(contents.entries.filter { derived.refused[$0.key] == nil }.flatMap { $0.value.retired ?? [] })
    }

    /// Keyrings an administrator's entry binds that the chain here lacks: the
    /// newest keyring was deleted (or has not arrived), and writing now would
    /// encrypt to key epochs a removed member may hold. Only entries by
    /// administrators active in the newest keyring here count, since only
    /// administrators write keyrings (anyone else binding a made-up keyring
    /// could otherwise stop every machine; a removed administrator can still
    /// stop a machine that has not seen their removal, which then refuses to
    /// write rather than encrypt to old keys). A keyring on a fork's other
    /// branch is present, not missing (the fork itself stops writes).
    public var missingKeyrings: [(entry: String, keyring: String)] {
        let chain = derived.rules.chain
        let known = Set(chain.map(\.fileHash)).union(derived.unfollowedKeyrings)
        let administrators = Set(chain.last?.body.members.filter { $0.active && $0.administrator }.map(\.fingerprint) ?? [])
        return contents.entries.filter { !known.contains($0.value.keyring) && administrators.contains($0.value.actor) }
            .map { ($0.key, $0.value.keyring) }.sorted { $0.entry < $1.entry }
    }

    /// Document folders that could not be read, by folder, with the problem.
    public var damaged: [String: String] { contents.damaged }

    /// Redaction needs every document's persons: a folder that did not read
    /// may hold a declaration, so nothing is projected or exported until it
    /// is restored (fails closed; reading the other documents goes on).
    public func requireWhole() throws {
        guard let (blind, problem) = contents.damaged.sorted(by: { $0.key < $1.key }).first else { return }
        if problem.contains(Self.policyDrift) {
            // Not `damaged`: its hint (restore the file from a backup) would send the member the wrong way.
            throw VaultError.invalidArgument("documents/\(blind): \(problem); until then its persons cannot be read, so nothing "
                + "is exported or projected")
        }
        throw VaultError.damaged(path: "documents/\(blind)", problem: "\(problem); its persons cannot be read, so nothing is "
            + "exported or projected until it is repaired")
    }

    /// Which stored State and public parts may be stale (`ProjectionFreshness`).
    public var projectionFreshness: ProjectionFreshness { ProjectionFreshness(entries: contents.entries, derived: derived) }

    /// The document and attachment folders the signed log commits live objects in.
    public var liveBlinds: Set<String> { derived.liveBlinds }

    /// Whether a counted entry by a contributor wrote into the folder (such a
    /// folder that does not open is skipped, not fatal).
    public func contributorWrote(_ blind: String) -> Bool { Self.contributorWrote(blind, contents: contents, derived: derived) }

    /// Who wrote (by fingerprint) the authorized entries that touch a document folder.
    public func writers(ofBlind blind: String) -> Set<String> {
        Set(contents.entries.filter { name, item in
            derived.refused[name] == nil && (item.objects + item.removed).contains { EntryAuthorization.blind($0) == blind }
        }.map(\.value.actor))
    }

    /// The actor and bound keyring of an entry, for naming it.
    func item(_ name: String) -> Item? { contents.entries[name] }

    /// The next entry's sequence number: above every counted entry's. Sequence
    /// numbers order nothing; a refused entry's cannot push it (an insider's
    /// `Int.max` would otherwise overflow every writer).
    public var nextSequence: Int { min(derived.maxSequence, EntryAuthorization.maximumSequence) + 1 }

    /// The authorized consent events, in the log's order, with which of them
    /// came after which (a grant and a withdrawal that did not see each other
    /// resolve to the withdrawal).
    public var consentLedger: ConsentLedger { consentLedger(without: []) }

    /// The ledger without the front-matter withdrawals of `removed` documents, as after their destruction.
    func consentLedger(without removed: Set<String>) -> ConsentLedger {
        let rank = Dictionary(uniqueKeysWithValues: derived.graph.ordered.enumerated().map { ($1, $0) })
        // A withdrawal an add recorded counts only from a member cleared internal (a contributor's
        // entry may not change consent, not even towards "no").
        let events = contents.consent.filter { event in
            guard derived.refused[event.entry] == nil, let item = contents.entries[event.entry] else { return false }
            return event.document == nil || derived.rules.clearance(of: item) == .internal
        }
            .sorted { (rank[$0.entry] ?? 0, $0.entry) < (rank[$1.entry] ?? 0, $1.entry) }
        return ConsentLedger(events: events, frontMatter: frontMatterWithdrawals(without: removed), graph: derived.graph)
    }

    public var documents: [DocumentSummary] { Array(contents.documents.values) }

    /// The documents a refresh under `tag` must look at: all of them after the
    /// redaction inputs changed, else only those changed since the last refresh.
    public func refreshCandidates(for tag: [UInt8], allBlinds: [String]) -> [String] {
        contents.refreshedTag == tag ? allBlinds.filter { contents.pendingBlinds.contains($0) } : allBlinds
    }

    /// The relevant persons of sources already scanned under `names`
    /// (`ProjectionRelevance.namesKey`); empty after any change to a name.
    func knownRelevance(names: String) -> [String: RelevanceFacts] {
        guard let cache = contents.relevance, cache.names == names else { return [:] }
        return cache.facts
    }

    /// Keeps what a refresh learned for the next one (saved by `markRefreshed`).
    mutating func rememberRelevance(_ facts: [String: RelevanceFacts], names: String) {
        contents.relevance = RelevanceCache(names: names, facts: facts)
    }

    /// Records a completed refresh under `tag`.
    public mutating func markRefreshed(_ tag: [UInt8], vault: UnlockedVault) {
        contents.refreshedTag = tag
        contents.pendingBlinds = []
        vault.indexMemo.contents = contents
        LocalCache(vault: vault).save(contents)
    }

    /// Every person declared in the vault, by document id (internal members):
    /// by any revision of a document, not only the newest, so that a revision
    /// that leaves a person out does not unprotect them; only a logged
    /// `person-retire` does.
    public var declarations: [(document: String, persons: [RegisteredPerson])] {
        let retired = retiredPersons
        return contents.documents.values.compactMap { summary in
            guard let id = summary.entry?.id else { return nil }
            return (id, DeclarationMerge(declarations: summary.declarations).registered(retired: retired))
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
                                                  level: level.rawValue, revisions: revisions.count, part: newest.file)
        }
        if level == .internal, let policy, let newest = DocumentCatalog.newest(revisions) {
            // A stored document that no longer parses must not silently drop
            // its persons from the registry: that would unprotect their names.
            let label = "\(newest.metadata.document) (stored)"
            let document = try newest.content.withUnsafeBytes { try DocumentParser.parse($0, file: label) }.validated(against: policy)
            summary.declarations = DeclarationMerge(newest: document.persons).declarations
            summary.sensitive = document.sensitive
            let contributors = Set(vault.keyring.body.members.filter { $0.clearance == .contributor }.map(\.fingerprint))
            try summary.addEarlierDeclarations(of: revisions.filter { $0.revisionID != newest.revisionID }, newest: newest,
                                               declaring: document.frontMatter.persons, policy: policy, contributors: contributors)
            for recommendation in document.recommendations { summary.recommendations[recommendation.id] = recommendation.text }
        }
        return summary.entry == nil && summary.declarations.isEmpty ? nil : summary
    }
}

extension VaultIndex.Item {
    /// The parts readers need of a verified entry's signed body (the action is added by who opens it).
    init(_ body: LogEntryBody) {
        self.init(sequence: body.sequence, previous: body.previous, revisions: body.revisions, objects: body.objects ?? [],
                  removed: body.removed ?? [], destroyed: body.destroyed ?? [], erased: body.erased ?? [], actor: body.actor, keyring: body.keyring,
                  changesRedaction: body.changesRedaction == true, vouchesProjections: body.vouchesProjections == true,
                  requests: body.requests ?? [], requestsErasure: body.requestsErasure == true, approves: body.approves, asksApproval: body.destructionApproval == true,
                  withdraws: body.withdraws)
    }
}

extension CommitIndex {
    /// From the counted entries, by name (their links order the erasures).
    init(items: [String: VaultIndex.Item]) {
        let values = Array(items.values)
        self.init(revisions: Set(values.flatMap(\.revisions)), objects: Set(values.flatMap(\.objects)),
                  removed: Set(values.flatMap(\.removed)), destroyed: Set(values.flatMap(\.destroyed)),
                  erasures: Self.erasedObjects(items.mapValues { ($0.previous, $0.objects, $0.erased) }))
    }

    /// Adds what one more entry commits.
    mutating func absorb(_ item: VaultIndex.Item) {
        absorb(revisions: item.revisions, objects: item.objects, removed: item.removed, destroyed: item.destroyed, erased: item.erased)
    }
}

extension IndexMemo.Derived {
    /// From scratch, for a full read: judges every entry (`EntryAuthorization`)
    /// and derives what the authorized ones commit.
    init(entries: [String: VaultIndex.Item], chain: [KeyringStore.Verified], keyringFiles: Set<String>) {
        let graph = LogGraph(previous: entries.mapValues(\.previous))
        let ordered = graph.ordered
        let refused = EntryAuthorization.judge(entries, chain: chain, graph: graph, ordered: ordered)
        let authorized = entries.filter { refused[$0.key] == nil }
        let named = Set(authorized.values.flatMap(\.previous))
        var policy: (entry: String, path: String)?
        var setters: [String] = []
        for name in ordered {
            guard let item = authorized[name], let path = item.objects.last(where: { $0.hasPrefix("policy/") }) else { continue }
            policy = (name, path)
            setters.append(name)
        }
        // Two policies set apart (neither saw the other): no order between
        // them can be trusted (depth is cheap to pad), so none is in force
        // until an administrator sets the policy again.
        let newest = setters.filter { setter in !setters.contains { $0 != setter && graph.isAncestor(setter, of: $0) } }
        let policyConflict = newest.count > 1 ? newest.sorted() : nil
        let commits = CommitIndex(items: authorized)
        self.init(commits: commits, liveBlinds: Set(commits.liveObjects.compactMap(EntryAuthorization.blind)),
                  heads: Set(authorized.keys.filter { !named.contains($0) }),
                  maxSequence: authorized.values.map(\.sequence).max() ?? 0,
                  graph: graph, refused: refused, rules: EntryAuthorization(chain: chain, graph: graph), policy: policy,
                  policyConflict: policyConflict, keyringFiles: keyringFiles, entryCount: entries.count)
    }

    /// One more entry that no known entry names as previous (one this process
    /// just appended): judged and taken in without looking at the others.
    mutating func absorb(_ name: String, _ item: VaultIndex.Item, all entries: [String: VaultIndex.Item]) {
        graph.add(name, previous: item.previous)
        entryCount += 1
        var reason = rules.refusal(of: name, item, parents: item.previous.compactMap { entries[$0] })
        if reason == nil, rules.clearance(of: item) == .contributor {
            var touching: [String: [String]] = [:]
            let blinds = Set((item.objects + item.removed).compactMap(EntryAuthorization.blind))
            for (other, facts) in entries where refused[other] == nil {
                for blind in Set((facts.objects + facts.removed).compactMap(EntryAuthorization.blind)) where blinds.contains(blind) {
                    touching[blind, default: []].append(other)
                }
            }
            let rules = rules
            reason = EntryAuthorization.contributorClash(name, item, facts: entries, touching: touching, graph: graph,
                                                         isInternal: { rules.clearance(of: $0) == .internal })
        }
        // Every known entry is this one's ancestor: a re-encryption supersedes what one of them
        // committed and commits nothing one of them made (`EntryAuthorization.reusedObjects`).
        if reason == nil, !item.removed.isEmpty {
            let counted = entries.filter { $0.key != name && refused[$0.key] == nil }
            if let madeUp = item.removed.first(where: { path in !counted.values.contains { $0.objects.contains(path) } }) {
                reason = "it supersedes \(madeUp), which no entry committed"
            } else if let path = item.objects.first(where: { path in
                counted.values.contains { $0.objects.contains(path) && Set($0.removed) != Set(item.removed) } }) {
                reason = EntryAuthorization.reusedObjectReason(path)
            }
        }
        // Every known entry is this one's ancestor, so a policy that asks for approval applies to it.
        if reason == nil, !item.destroyed.isEmpty || !item.erased.isEmpty,
           EntryAuthorization.anyAsking(entries.filter { $0.key != name }, refused: refused, rules: rules) {
            reason = EntryAuthorization.approvalRefusal(name, item, facts: entries, refused: refused, graph: graph, rules: rules)
        }
        if let reason {
            refused[name] = reason
            return
        }
        commits.absorb(item)
        liveBlinds.formUnion(item.objects.compactMap(EntryAuthorization.blind).filter { !commits.destroyed.contains($0) })
        if !item.erased.isEmpty { liveBlinds = Set(commits.liveObjects.compactMap(EntryAuthorization.blind)) }
        liveBlinds.subtract(item.destroyed)
        maxSequence = max(maxSequence, item.sequence)
        heads.subtract(item.previous)
        heads.insert(name)
        if let path = item.objects.last(where: { $0.hasPrefix("policy/") }) { policy = (name, path); policyConflict = nil }
    }
}
