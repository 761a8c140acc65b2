import Foundation

/// Walks git trees level by level before anything expands them (`ls-tree
/// -r`, `diff-tree -r`, a merge, a checkout): each distinct tree object is
/// read once, and the number of paths a tree would expand to is counted from
/// those objects, never by expanding it. A crafted tree that names one
/// subtree many times, nested a few times (a "tree bomb"), is a few
/// kilobytes in git and millions or billions of paths once expanded; sync,
/// clone and the guard would spend unbounded time and memory on it
/// (attacker review, issue 18: M4). Refused here: a tree nested deeper than
/// the vault layout (docs/VAULT-FORMAT.md: `keys/levels/<level>/<epoch>/`
/// is the deepest folder, five trees with the root), one that would expand
/// to more than `maxPaths` paths, a tree object larger than `maxTreeBytes`,
/// and a tree that lists a name twice or out of git's order (two entries of
/// one name let bytes ride that a path lookup never sees).
struct TreeBound {
    let git: GitRunner

    /// Trees, the root included, on the longest path of the vault layout.
    static let maxHeight = 5
    /// Paths (files and folders) one tree may expand to: 100 times the
    /// 40,016 files of the 10,000-document vault synced in BENCHMARKS.md,
    /// far below what a bomb expands to.
    static let maxPaths = 4_000_000
    /// The largest tree object read (a `log/` of 600 000 entries is about 60 MB).
    static let maxTreeBytes = 96 << 20

    /// Trees already found within the bounds in this process, with their size
    /// and height: a tree's id is its content, so the answer never changes.
    private static let known = Known()

    /// What counting needs of a tree object: how many of its entries are not
    /// folders, and the folders' trees (an id once per entry naming it).
    struct Node {
        var leaves = 0
        var children: [String] = []
        /// The folders' names, kept only for the root when asked (`check(_:under:)`).
        var names: [String] = []
    }

    /// Throws `SyncError.refused` naming the first tree beyond the bounds;
    /// `treeishes` are commits, trees or refs (one that names nothing is left
    /// to the git command that follows, which fails on it). With `under`
    /// (top-level names), only the root and those folders are walked: what
    /// `ls-tree -r TREE -- NAMES` expands.
    func check(_ treeishes: [String], under names: [String] = []) throws(SyncError) {
        // An object id names the same tree for good: one checked before (with the same names) is not read again.
        let wanted = Set(treeishes).filter { !$0.isEmpty && !Self.known.checked(Self.key($0, names)) }
        guard !wanted.isEmpty else { return }
        try check(resolving: wanted, under: names)
        // Only once found within the bounds (a refusal is never remembered as checked).
        for treeish in wanted where VaultFileKind.isHex(treeish, count: 40) { Self.known.check(Self.key(treeish, names)) }
    }

    private func check(resolving wanted: Set<String>, under names: [String]) throws(SyncError) {
        var resolved = try git.run(["rev-parse"] + wanted.sorted().map { "\($0)^{tree}" }, allowFailure: true)
        if resolved.status != 0 {
            resolved = try git.run(["rev-parse"] + wanted.sorted().compactMap { GitTree(git: git).resolve("\($0)^{tree}") }, allowFailure: true)
        }
        let roots = Set(resolved.lines.filter { VaultFileKind.isHex($0, count: 40) }).filter { Self.known.size($0) == nil }
        guard !roots.isEmpty else { return }
        guard !names.isEmpty else { return try walk(roots, depth: 1) }
        // The roots themselves are read (each name once, in order), then only the folders named.
        let read = try read(roots.sorted(), keepNames: true)
        var folders = Set<String>()
        for node in read.values {
            for (name, child) in zip(node.names, node.children) where names.contains(name) { folders.insert(child) }
        }
        try walk(folders.filter { (Self.known.size($0)?.height ?? Int.max) > Self.maxHeight - 1 }, depth: 2)
    }

    /// Walks `roots`, found at `depth` (the vault's root is 1), level by
    /// level, then counts what each would expand to.
    private func walk(_ roots: Set<String>, depth: Int) throws(SyncError) {
        guard !roots.isEmpty else { return }
        var trees: [String: Node] = [:]
        var frontier = roots
        var level = depth - 1
        while !frontier.isEmpty {
            level += 1
            // Every tree of level `maxHeight + 1` or deeper lies on a path longer than the layout's.
            guard level <= Self.maxHeight else {
                throw Self.refusal(frontier.sorted().first ?? "", "nests folders deeper than a vault's layout (\(Self.maxHeight) levels)")
            }
            guard trees.count + frontier.count <= Self.maxPaths else {
                throw Self.refusal(roots.sorted().first ?? "", "holds more than \(Self.maxPaths) distinct folders")
            }
            let read = try read(frontier.sorted())
            trees.merge(read) { first, _ in first }
            frontier = Set(read.values.flatMap(\.children).filter { trees[$0] == nil && Self.known.size($0) == nil })
        }
        var sizes: [String: (paths: Int, height: Int)] = [:]
        for root in roots.sorted() {
            let size = try measure(root, trees: trees, sizes: &sizes, depth: depth)
            if size.paths > Self.maxPaths { throw Self.refusal(root, "would expand to more than \(Self.maxPaths) paths (a tree bomb)") }
        }
        for (id, size) in sizes where size.paths <= Self.maxPaths { Self.known.set(id, size) }
    }

    /// The paths and height of `id`, counted from its entries (memoized),
    /// refused as soon as either passes its bound.
    private func measure(_ id: String, trees: [String: Node], sizes: inout [String: (paths: Int, height: Int)],
                         depth: Int) throws(SyncError) -> (paths: Int, height: Int) {
        if let size = sizes[id] ?? Self.known.size(id) {
            guard depth - 1 + size.height <= Self.maxHeight else {
                throw Self.refusal(id, "nests folders deeper than a vault's layout (\(Self.maxHeight) levels)")
            }
            return size
        }
        guard depth <= Self.maxHeight else { throw Self.refusal(id, "nests folders deeper than a vault's layout (\(Self.maxHeight) levels)") }
        guard let node = trees[id] else { throw Self.refusal(id, "is not in the repository") }
        var paths = node.leaves
        var height = 1
        for child in node.children where paths <= Self.maxPaths {
            let size = try measure(child, trees: trees, sizes: &sizes, depth: depth + 1)
            paths += 1 + size.paths
            height = max(height, size.height + 1)
        }
        sizes[id] = (min(paths, Self.maxPaths + 1), height)
        return (paths, height)
    }

    /// Reads tree objects through one `git cat-file --batch` (after
    /// `--batch-check`: a tree larger than `maxTreeBytes`, or an id that is
    /// not a tree, is refused before its bytes are read).
    private func read(_ ids: [String], keepNames: Bool = false) throws(SyncError) -> [String: Node] {
        let request = Array((ids.joined(separator: "\n") + "\n").utf8)
        for line in try git.run(["cat-file", "--batch-check"], input: request).lines {
            let fields = line.split(separator: " ")
            guard fields.count == 3, fields[1] == "tree", let size = Int(fields[2]) else {
                throw Self.refusal(String(fields.first ?? ""), "names as a folder something that is not a tree, or is missing")
            }
            if size > Self.maxTreeBytes { throw Self.refusal(String(fields[0]), "is a tree object of more than \(Self.maxTreeBytes >> 20) MB") }
        }
        let output = try git.run(["cat-file", "--batch"], input: request).output
        var found: [String: Node] = [:]
        var index = 0
        for id in ids {
            guard let newline = output[index...].firstIndex(of: 10) else { throw Self.refusal(id, "could not be read") }
            let header = output[index..<newline].split(separator: 32)
            index = newline + 1
            guard header.count == 3, let size = Int(String(decoding: header[2], as: UTF8.self)), index + size <= output.count else {
                throw Self.refusal(id, "could not be read")
            }
            found[id] = try node(of: output[index..<index + size], id: id, keepNames: keepNames)
            index += size + 1
        }
        return found
    }

    /// The node of a raw tree object (`MODE NAME\0<20 bytes>` each), each
    /// name once and in git's order (names compared as bytes, a folder's as if
    /// it ended in `/`).
    private func node(of bytes: ArraySlice<UInt8>, id: String, keepNames: Bool) throws(SyncError) -> Node {
        var node = Node()
        var names = Set<[UInt8]>()
        var previous: [UInt8]?
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard let space = bytes[index...].firstIndex(of: 32), let nul = bytes[space...].firstIndex(of: 0),
                  nul + 21 <= bytes.endIndex else { throw Self.refusal(id, "is not a well-formed tree") }
            let mode = String(decoding: bytes[index..<space], as: UTF8.self)
            let name = Array(bytes[(space + 1)..<nul])
            let hash = bytes[(nul + 1)..<(nul + 21)]
            index = nul + 21
            // Only the modes git writes: a zero-padded `040000` is still a folder to git, and must be counted as one.
            guard ["40000", "100644", "100755", "120000", "160000"].contains(mode) else {
                throw Self.refusal(id, "has an entry of a mode git does not write")
            }
            let isTree = mode == "40000"
            let key = name + (isTree ? [47] : [])
            guard names.insert(name).inserted else { throw Self.refusal(id, "lists a name twice") }
            if let previous, !previous.lexicographicallyPrecedes(key) { throw Self.refusal(id, "lists its names out of git's order") }
            previous = key
            if isTree { node.children.append(Self.hex(hash)) } else { node.leaves += 1 }
            if isTree && keepNames { node.names.append(String(decoding: name, as: UTF8.self)) }
        }
        return node
    }

    private static let digits = Array("0123456789abcdef".utf8)

    private static func hex(_ bytes: ArraySlice<UInt8>) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(40)
        for byte in bytes { text += [digits[Int(byte >> 4)], digits[Int(byte & 15)]] }
        return String(decoding: text, as: UTF8.self)
    }

    private static func key(_ treeish: String, _ names: [String]) -> String { ([treeish] + names).joined(separator: "\u{0}") }

    static func refusal(_ id: String, _ reason: String) -> SyncError {
        .refused(source: "git's trees", problems: [SyncProblem("tree \(id.prefix(12))", reason + "; nothing was expanded")])
    }

    /// The process-wide record of trees found within the bounds.
    private final class Known: @unchecked Sendable {
        private let lock = NSLock()
        private var sizes: [String: (paths: Int, height: Int)] = [:]
        private var done = Set<String>()
        func checked(_ key: String) -> Bool { lock.withLock { done.contains(key) } }
        func check(_ key: String) { lock.withLock { _ = done.insert(key) } }
        func size(_ id: String) -> (paths: Int, height: Int)? { lock.withLock { sizes[id] } }
        func set(_ id: String, _ size: (paths: Int, height: Int)) { lock.withLock { sizes[id] = size } }
    }
}

extension GitTree {
    /// Refuses (`SyncError.refused`) any of `treeishes` that a walk within the
    /// vault layout's bounds finds too deep, too large, or malformed (`TreeBound`).
    func bound(_ treeishes: [String], under names: [String] = []) throws(SyncError) {
        try TreeBound(git: git).check(treeishes, under: names)
    }
}
