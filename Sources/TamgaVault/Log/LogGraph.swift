/// The audit log as a graph of hash links, which is the only order in it that
/// no writer chooses: an entry names its predecessors by their SHA-256, so it
/// cannot have been written before them, and sequence numbers and times,
/// which the writer picks, are never used to order anything that matters
/// (consent, the policy in force).
///
/// `depth` is the length of the longest chain of known predecessors; every
/// ancestor of an entry has a smaller depth, which bounds the walk of
/// `isAncestor`. `rank` is a topological order (depth, then name): parents
/// before children, and the same order on every machine that holds the same
/// entries.
struct LogGraph: Sendable {
    private(set) var previous: [String: [String]] = [:]
    private(set) var depth: [String: Int] = [:]

    init() {}

    /// Builds the graph of `previous` links; links to entries not in it are
    /// dangling (a deleted or not yet synced entry) and left out of depths.
    init(previous links: [String: [String]]) {
        previous = links
        var children: [String: [String]] = [:]
        var waiting: [String: Int] = [:]
        for (name, parents) in links {
            let known = Set(parents.filter { links[$0] != nil })
            waiting[name] = known.count
            for parent in known { children[parent, default: []].append(name) }
        }
        var ready = waiting.filter { $0.value == 0 }.map(\.key)
        for name in ready { depth[name] = 0 }
        while let name = ready.popLast() {
            for child in children[name] ?? [] {
                depth[child] = max(depth[child] ?? 0, depth[name]! + 1)
                waiting[child]! -= 1
                if waiting[child] == 0 { ready.append(child) }
            }
        }
    }

    /// Adds one entry whose known parents are all in the graph (one this
    /// process just wrote).
    mutating func add(_ name: String, previous parents: [String]) {
        previous[name] = parents
        depth[name] = (parents.compactMap { depth[$0] }.max() ?? -1) + 1
    }

    /// The entries in topological order: parents first.
    var ordered: [String] {
        depth.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map(\.key)
    }

    /// Whether `ancestor` is `entry` or one of its predecessors.
    func isAncestor(_ ancestor: String, of entry: String) -> Bool {
        guard let floor = depth[ancestor], let top = depth[entry], floor <= top else { return false }
        var seen: Set<String> = [entry]
        var stack = [entry]
        while let name = stack.popLast() {
            if name == ancestor { return true }
            for parent in previous[name] ?? [] where !seen.contains(parent) {
                guard let d = depth[parent], d >= floor else { continue }
                seen.insert(parent)
                stack.append(parent)
            }
        }
        return false
    }

    /// Every entry reachable backwards from `heads`, the heads included.
    func ancestors(of heads: [String]) -> Set<String> {
        var seen: Set<String> = []
        var stack = heads.filter { previous[$0] != nil }
        while let name = stack.popLast() {
            guard seen.insert(name).inserted else { continue }
            stack.append(contentsOf: (previous[name] ?? []).filter { previous[$0] != nil && !seen.contains($0) })
        }
        return seen
    }

    /// Links to entries that are not in the log: `(entry, missing predecessor)`.
    var dangling: [(entry: String, missing: String)] {
        previous.flatMap { name, parents in parents.filter { previous[$0] == nil }.map { (name, $0) } }
            .sorted { ($0.entry, $0.missing) < ($1.entry, $1.missing) }
    }
}
