import Foundation

/// The vault's data keys on a git ref of their own (issue 18,
/// docs/retention.md): `refs/tamga/datakeys` is one commit with no parent
/// whose tree is `datakeys/…`, replaced whenever the set changes. Main never
/// carries them (`.gitignore` lists `/datakeys/`), because main's history is
/// kept forever on every copy and a key kept there would outlive its
/// document's destruction; a replaced data-key commit is pruned instead.
struct DataKeyRef {
    let git: GitRunner
    /// The vault folder (the work tree whose `datakeys/` this ref mirrors).
    let root: URL

    static let ref = "refs/tamga/datakeys"
    /// What was fetched from a remote and not yet judged.
    static func incoming(_ remote: String) -> String { "refs/tamga/incoming-datakeys/\(remote)" }
    /// What was judged (and pushed or taken) last: a key that leaves it must have a tombstone.
    static func synced(_ remote: String) -> String { "refs/tamga/synced-datakeys/\(remote)" }
    /// The only message a data-key commit carries (no text rides in it).
    static let message = "tamga: data keys"
    static let notOnMain = "a data key on main: data keys travel on refs/tamga/datakeys only "
        + "(main's history is kept forever, so a key there would outlive its document's destruction)"

    /// The tree of the work tree's `datakeys/`, staged through an index of
    /// its own (main's index never holds them); git's stat cache keeps an
    /// idle sync from hashing every key again.
    func workTree() throws(SyncError) -> String {
        let index = root.appendingPathComponent(".git/tamga-datakeys-index").path
        let staging = GitRunner(directory: root, environment: git.environment.merging(["GIT_INDEX_FILE": index]) { $1 })
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("datakeys").path) else {
            try staging.run(["read-tree", "--empty"])
            return GitTree.empty
        }
        try staging.run(["add", "-A", "-f", "--", "datakeys", ":(exclude,glob)**/.tmp-*"])
        return try staging.run(["write-tree"]).lines.first ?? GitTree.empty
    }

    /// The files of a data-key tree (or commit), by path.
    func files(_ treeish: String?) throws(SyncError) -> [String: GitTree.File] {
        guard let treeish, treeish != GitTree.empty else { return [:] }
        let all = try GitTree(git: git).files(treeish, under: ["datakeys"])
        return Dictionary(all.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every path a data-key tree holds, including any outside `datakeys/` (which is refused).
    func allPaths(_ treeish: String) throws(SyncError) -> [GitTree.File] { try GitTree(git: git).files(treeish) }

    /// A tree holding exactly `files` (built in a scratch index).
    func tree(of files: [GitTree.File]) throws(SyncError) -> String {
        guard !files.isEmpty else { return GitTree.empty }
        let index = root.appendingPathComponent(".git/tamga-datakeys-build").path
        defer { try? FileManager.default.removeItem(atPath: index) }
        let building = GitRunner(directory: root, environment: git.environment.merging(["GIT_INDEX_FILE": index]) { $1 })
        try building.run(["read-tree", "--empty"])
        let lines = files.sorted { $0.path < $1.path }.map { "\($0.mode) \($0.blob)\t\($0.path)" }.joined(separator: "\n") + "\n"
        try building.run(["update-index", "--index-info"], input: Array(lines.utf8))
        return try building.run(["write-tree"]).lines.first ?? GitTree.empty
    }

    /// A new data-key commit for `tree`, with no parent: replacing the ref
    /// leaves the old commit unreachable, so pruning drops it.
    func commit(_ tree: String) throws(SyncError) -> String {
        try git.run(["commit-tree", tree, "-m", Self.message]).lines.first ?? ""
    }

    /// Why a data-key commit is not one tamga makes, or nil: it must be a
    /// commit (a tag on the ref would pass every check through git's peeling
    /// and then fail every honest push's lease; attacker review, session 35),
    /// have no parent (a history of keys would keep destroyed ones), exactly
    /// tamga's tree, author and committer lines and message, no other header
    /// and nothing after the message (extra headers or trailing bytes could
    /// carry a destroyed key's bytes back), and only regular files under
    /// `datakeys/`, each path once.
    func shapeProblems(_ object: String) throws(SyncError) -> [SyncProblem] {
        let type = try git.run(["cat-file", "-t", object]).lines.first ?? ""
        guard type == "commit" else {
            return [SyncProblem(Self.ref, "not a commit (a \(type)): refs/tamga/datakeys holds one data-key commit tamga makes")]
        }
        var problems: [SyncProblem] = []
        if !Self.isTamgaCommit(try git.run(["cat-file", "commit", object]).output) {
            problems.append(SyncProblem(Self.ref, "not a data-key commit tamga makes (one commit, no parent, tamga's author and message, nothing else)"))
        }
        var seen = Set<String>()
        for file in try allPaths(object) {
            if !seen.insert(file.path).inserted { problems.append(SyncProblem(file.path, "listed twice in the tree")) }
            if case .object(.dataKey, _) = VaultFileKind(path: file.path) {
                if file.mode != "100644" && file.mode != "100755" { problems.append(SyncProblem(file.path, "not a regular file")) }
            } else {
                problems.append(SyncProblem(file.path, "not a data-key file (refs/tamga/datakeys holds datakeys/ only)"))
            }
        }
        return problems
    }

    /// Whether a commit's bytes are exactly what `commit(_:)` writes: no
    /// parent, tamga's author and committer, this message (`TamgaCommit`,
    /// the rule main's commits follow too).
    static func isTamgaCommit(_ bytes: [UInt8]) -> Bool {
        TamgaCommit.isExact(bytes, maxParents: 0) { $0 == message }
    }

    /// Writes the blobs `files` into the work tree (0600, folders 0700),
    /// replacing what is there; read through one `git cat-file --batch`
    /// (a data key is about 200 bytes, far under the 64 KiB read whole).
    func materialize(_ files: [GitTree.File]) throws {
        let contents = try GitTree(git: git).digests(files.map { ($0.blob, $0.path) })
        for file in files {
            guard let bytes = contents[file.path]?.head, bytes.count < 1 << 16 else {
                throw SyncError.git(command: "cat-file", message: "\(file.path) is not a data key")
            }
            let url = root.appendingPathComponent(file.path)
            try DurableFile.write(bytes, to: url.deletingLastPathComponent(), name: url.lastPathComponent, replace: true)
        }
    }

    /// Drops replaced data-key commits and the blobs only they held (a
    /// destroyed document's keys): reflogs expired, everything reachable
    /// repacked into one pack, loose objects pruned. It costs a repack of the
    /// whole repository, so it runs only after a key left the set.
    /// Where a prune that is owed is recorded, in the git directory (`.git`
    /// of a copy, the bare repository itself): a destruction whose prune did
    /// not run (a push lost a race, `--no-push`, a kill, a busy server) is
    /// pruned at the next chance instead of never (attacker review, session 35).
    static func pruneMarker(gitDirectory: URL) -> URL { gitDirectory.appendingPathComponent("tamga-prune-pending") }

    /// Records that a prune is owed; `prune()` clears it.
    static func owePrune(gitDirectory: URL) {
        _ = FileManager.default.createFile(atPath: pruneMarker(gitDirectory: gitDirectory).path, contents: Data(), attributes: [.posixPermissions: 0o600])
    }

    func prune() throws(SyncError) {
        try git.run(["reflog", "expire", "--expire=now", "--expire-unreachable=now", "--all"])
        try git.run(["repack", "-a", "-d", "-q"])
        try git.run(["prune", "--expire=now"])
        // Its stat cache may name a pruned blob (a key left out): the next sync stages every key again.
        try? FileManager.default.removeItem(at: root.appendingPathComponent(".git/tamga-datakeys-index"))
        for directory in [root.appendingPathComponent(".git"), root] {
            try? FileManager.default.removeItem(at: Self.pruneMarker(gitDirectory: directory))
        }
    }
}
