/// Whether a stored State or public part may be stale (issue 16): made
/// before a change to what redaction depends on (a document's persons or
/// `sensitive` strings, consent, a retirement, the policy), and not
/// re-checked since. Such a part may name a person whose consent was
/// withdrawn, or who was declared in another copy merged in, so a reader is
/// refused it until a member cleared internal refreshes.
///
/// Readers of every clearance can decide it, from the signed log alone:
/// entries that change redaction inputs say so in the clear
/// (`LogEntryBody.changesRedaction`), and so does a refresh, which vouches
/// for every part committed by an entry it descends from
/// (`vouchesProjections`). A part committed by entry C is fresh when every
/// counted change E is an ancestor of C (C's writer projected after E), or
/// is covered by a refresh V that descends from both C and E. Only counted
/// entries by members cleared internal are taken (and a contributor's that
/// adds a document, which may declare persons): a State member cannot mark
/// parts stale, nor vouch for them. A contributor's add that internal
/// readers refuse (an action that does not open) keeps parts stale for
/// State readers, who cannot tell: it fails closed.
public struct ProjectionFreshness: Sendable {
    private let graph: LogGraph
    private let changes: [String]
    /// Refreshes no other refresh descends from, each with the changes it
    /// does not cover and the entries it descends from (computed once: asking
    /// the graph per part made a refresh quadratic in the vault's size).
    private let newestRefreshes: [(entry: String, uncovered: Set<String>, ancestors: Set<String>)]
    /// Object path → the counted entry that committed it.
    private let committer: [String: String]

    init(entries: [String: VaultIndex.Item], derived: IndexMemo.Derived) {
        graph = derived.graph
        let counted = entries.filter { derived.refused[$0.key] == nil }
        changes = counted.filter { name, item in
            guard item.changesRedaction else { return false }
            switch derived.rules.clearance(of: item) {
            case .internal: return true
            // A contributor changes redaction only by adding a document (the
            // persons it declares); other actions of theirs are refused by
            // every internal reader, so no refresh would ever descend from them.
            case .contributor: return !item.objects.isEmpty
            default: return false
            }
        }.map(\.key).sorted()
        let refreshes = counted.filter { $0.value.vouchesProjections && derived.rules.clearance(of: $0.value) == .internal }.map(\.key)
        var newest: [(String, Set<String>, Set<String>)] = []
        var covered: Set<String> = []
        for refresh in refreshes.sorted(by: { (derived.graph.depth[$0] ?? 0, $0) > (derived.graph.depth[$1] ?? 0, $1) }) {
            guard !covered.contains(refresh) else { continue }
            let ancestors = derived.graph.ancestors(of: [refresh])
            covered.formUnion(ancestors)
            newest.append((refresh, Set(changes).subtracting(ancestors), ancestors))
        }
        newestRefreshes = newest
        var committer: [String: String] = [:]
        for (name, item) in counted {
            for path in item.objects { committer[path] = name }
        }
        self.committer = committer
    }

    /// The change a part has not seen (an entry name), or nil when the part is fresh.
    public func unseenChange(forPart path: String) -> String? {
        guard let made = committer[path] else { return nil }
        return unseenChange(madeBy: made)
    }

    /// The change an entry's parts have not seen (parts share their committer's answer).
    private func unseenChange(madeBy made: String) -> String? {
        var uncovered = Set(changes)
        for refresh in newestRefreshes where refresh.ancestors.contains(made) {
            uncovered.formIntersection(refresh.uncovered)
        }
        guard !uncovered.isEmpty else { return nil }
        // Many uncovered changes (no refresh descends from this entry yet): one
        // walk down from the entry instead of one walk per change.
        guard uncovered.count > 4 else { return uncovered.sorted().first { !graph.isAncestor($0, of: made) } }
        let seen = graph.ancestors(of: [made])
        return uncovered.sorted().first { !seen.contains($0) }
    }

    /// Whether any live State or public part is stale: stops at the first
    /// (a refresh only needs to know whether to vouch).
    public func hasStaleParts(in commits: CommitIndex) -> Bool {
        var answered: Set<String> = []
        for path in commits.liveObjects {
            let parts = path.split(separator: "/")
            guard parts.count == 4, parts[0] == "documents", parts[2] == "state" || parts[2] == "public",
                  let made = committer[path], answered.insert(made).inserted else { continue }
            if unseenChange(madeBy: made) != nil { return true }
        }
        return false
    }

    /// Every live State or public part that is stale, with the change it has not seen, by path.
    public func staleParts(in commits: CommitIndex) -> [(path: String, change: String)] {
        var answers: [String: String?] = [:]
        return commits.liveObjects.sorted().compactMap { path in
            let parts = path.split(separator: "/")
            guard parts.count == 4, parts[0] == "documents", parts[2] == "state" || parts[2] == "public",
                  let made = committer[path] else { return nil }
            if answers[made] == nil { answers[made] = .some(unseenChange(madeBy: made)) }
            guard let change = answers[made] ?? nil else { return nil }
            return (path, change)
        }
    }
}
