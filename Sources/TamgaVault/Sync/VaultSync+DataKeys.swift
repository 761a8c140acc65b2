import Foundation

extension VaultSync {
    /// What the data-key step decided for one push attempt.
    struct DataKeyStep {
        /// The data-key commit to push, if the remote's set must change.
        var push: String?
        /// The remote's data-key commit as fetched ("" when it had none): the push's lease.
        var lease: String
        /// Whether a key left this copy's set (a destruction): the old commits are pruned after the push.
        var keysLeft: Bool
    }

    /// Brings this copy's `datakeys/` and `refs/tamga/datakeys` to the union
    /// of its own keys and the remote's (judged before the merge,
    /// `judgeRemoteDataKeys`), minus the keys of every document a tombstone
    /// in the merged log destroyed. This copy's own keys that do not verify
    /// are left out and named.
    /// `logs` caches the counted log of commits already judged.
    func reconcileDataKeys(_ name: String, logs: inout [String: CommitIndex], into outcome: inout Outcome) throws -> DataKeyStep {
        let keys = DataKeyRef(git: git, root: repository.root)
        let tree = GitTree(git: git)
        let remote = tree.resolve("\(DataKeyRef.incoming(name))^{commit}")
        let localRef = tree.resolve("\(DataKeyRef.ref)^{commit}")
        let incomingMain = tree.resolve("refs/tamga/incoming/\(name)^{commit}")
        let localTree = try keys.workTree()
        let remoteTree = remote.flatMap { tree.resolve("\($0)^{tree}") } ?? GitTree.empty
        let localRefTree = localRef.flatMap { tree.resolve("\($0)^{tree}") } ?? GitTree.empty
        // A remote synced before data keys left main still carries them there.
        let legacy = try keys.files(incomingMain)
        let step = DataKeyStep(push: nil, lease: remote ?? "", keysLeft: false)
        // Idle: nothing changed here or there since the last sync (no pass over the log), and main
        // neither: a merged tombstone drops its keys even when both key sets stayed as they were
        // (a ref put back by a keyless writer; attacker review, issue 18: L2).
        // The work tree is compared with itself as of the last reconcile, not with the ref: keys kept
        // from erasures made apart, or left out, stay here and off the ref (review, session 37: M-5).
        let head = tree.resolve("HEAD^{commit}")
        if legacy.isEmpty, remoteTree == localRefTree, localTree == Self.reconciledWorkTree(repository.root),
           tree.resolve("\(Self.judgedAt)^{commit}") == head { return step }
        guard let head else { return step }
        let remoteFiles = legacy.merging(try keys.files(remote)) { $1 }
        let localFiles = try keys.files(localTree)
        let judge = DataKeyJudge(commits: try Self.log(head, logs: &logs, verifier: repository.verifier()))
        let union = try unionOfKeys(local: localFiles, remote: remoteFiles, trusted: try keys.files(localRef), judge: judge, tree: tree,
                                    into: &outcome)
        // Only now, everything judged: write what arrived, shred what a tombstone destroyed.
        try keys.materialize(union.values.filter { localFiles[$0.path]?.blob != $0.blob })
        var shredder = FolderShredder(dryRun: false)
        for blind in Set(localFiles.keys.filter(judge.commits.isDestroyed).compactMap(EntryAuthorization.blind)).sorted() {
            _ = shredder.removeTree(repository.root.appendingPathComponent("datakeys/\(blind)").path)
        }
        // And the keys an erasure superseded (issue 18): the named revisions they open stay shut here too.
        for path in localFiles.keys.filter(judge.commits.mayShred).sorted() {
            let url = repository.root.appendingPathComponent(path)
            _ = shredder.removeFiles(in: url.deletingLastPathComponent().path, prefix: url.lastPathComponent, removeFolderWhenEmpty: true)
        }
        // Only keys that were on a ref leave git objects behind: a key that stayed in this work tree
        // (kept from an erasure made apart, left out) never went in, so it owes no prune (M-5).
        let before = Set(try keys.files(localRef).keys).union(remoteFiles.keys)
        let unionTree = try keys.tree(of: Array(union.values))
        var result = step
        result.keysLeft = !before.subtracting(union.keys).isEmpty
        if result.keysLeft { DataKeyRef.owePrune(gitDirectory: repository.root.appendingPathComponent(".git")) }
        if let remote, unionTree == remoteTree, legacy.isEmpty {
            try git.run(["update-ref", DataKeyRef.ref, remote])
        } else if unionTree == GitTree.empty, remote == nil {
            if localRef != nil { try git.run(["update-ref", "-d", DataKeyRef.ref]) }
        } else {
            // A commit made for an earlier attempt that did not push is reused when it holds the same set.
            let commit = localRefTree == unionTree ? localRef ?? "" : try keys.commit(unionTree)
            try git.run(["update-ref", DataKeyRef.ref, commit])
            result.push = commit
        }
        try git.run(["update-ref", Self.judgedAt, head])
        try Self.recordWorkTree(try keys.workTree(), root: repository.root)
        return result
    }

    /// The tree of this copy's `datakeys/` when the keys were last
    /// reconciled, kept in `.git` (only compared, never read as keys): an
    /// idle sync is one where it, the ref, the remote's ref and main are as
    /// they were.
    static func reconciledWorkTree(_ root: URL) -> String? {
        (try? String(contentsOf: workTreeRecord(root), encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func recordWorkTree(_ tree: String, root: URL) throws {
        let record = workTreeRecord(root)
        try DurableFile.write(Array((tree + "\n").utf8), to: record.deletingLastPathComponent(), name: record.lastPathComponent, replace: true)
    }

    static func workTreeRecord(_ root: URL) -> URL { root.appendingPathComponent(".git/tamga-datakeys-worktree") }

    /// The main commit whose log the data keys were last reconciled with.
    static let judgedAt = "refs/tamga/datakeys-judged"

    /// The counted log of `commit`, judged once per sync.
    static func log(_ commit: String, logs: inout [String: CommitIndex], verifier: ArrivalVerifier) throws -> CommitIndex {
        if let known = logs[commit] { return known }
        let state = try verifier.logState(of: commit)
        logs[commit] = state
        return state
    }

    /// Judges the data keys fetched from `name` before anything of the
    /// remote is merged: each must verify against the remote's own log
    /// (`incomingMain`), none of a document its log destroyed may come back,
    /// and none that was there at the last sync, or that its log lists as
    /// live and this copy holds, may be missing without a tombstone. What
    /// passes becomes the synced data-key state; a failure refuses the sync.
    /// Keys of a document the remote's own log destroyed are superseded by
    /// its tombstone: not judged, never written, dropped from the ref this
    /// copy pushes (`unionOfKeys`), and named in the returned note (a ref
    /// left behind by an older push, or put back by a keyless writer, no
    /// longer stops every copy: attacker review, issue 18: L2).
    @discardableResult
    func judgeRemoteDataKeys(_ name: String, incomingMain: String?, logs: inout [String: CommitIndex]) throws -> [String] {
        let keys = DataKeyRef(git: git, root: repository.root)
        let tree = GitTree(git: git)
        let remote = tree.resolve("\(DataKeyRef.incoming(name))^{commit}")
        let fetched = tree.resolve(DataKeyRef.incoming(name))
        let synced = tree.resolve("\(DataKeyRef.synced(name))^{commit}")
        let legacy = try keys.files(incomingMain)
        // `fetched`, not the peeled commit: a tag put on the ref over the synced commit is judged (and refused).
        guard fetched != synced || !legacy.isEmpty else { return [] }
        let files = legacy.merging(try keys.files(remote)) { $1 }
        let before = try keys.files(synced)
        // Judged as fetched, not peeled: a tag on the ref is refused, not read through (attacker review, session 35).
        var problems = try fetched.map(keys.shapeProblems) ?? []
        var notes: [String] = []
        if let incomingMain {
            let judge = DataKeyJudge(commits: try Self.log(incomingMain, logs: &logs, verifier: repository.verifier()))
            let present = Set(files.keys)
            let local = try keys.files(try keys.workTree())
            // Keys a signed entry destroyed or superseded (a tombstone, an erasure, a re-encryption) are dropped,
            // not refused: a ref left behind by an older push, or put back by a keyless writer, does not stop
            // every copy (attacker review L2; review, session 37: L-8, erasures).
            let gone = { (path: String) in judge.commits.isDestroyed(path) || judge.commits.isSuperseded(path) }
            let superseded = files.keys.filter(gone)
            if !superseded.isEmpty {
                let documents = Set(superseded.compactMap(EntryAuthorization.blind)).count
                notes.append("\(DataKeyRef.ref): the remote still held \(superseded.count) data key(s) of \(documents) document(s) "
                             + "that its log destroyed or superseded; dropped, and replaced on the remote at this push")
            }
            problems += try judge.problems(files.values.filter { !gone($0.path) }, trusted: before, tree: tree)
            problems += judge.dropped(from: before.keys, to: present)
            problems += judge.dropped(from: local.keys.filter { judge.liveKeys.contains($0) && before[$0] == nil }, to: present)
        } else if remote != nil {
            problems.append(SyncProblem(DataKeyRef.ref, "data keys on a remote that has no vault (no main branch)"))
        }
        guard problems.isEmpty else { throw SyncError.refused(source: "\(name) (\(DataKeyRef.ref))", problems: problems) }
        try git.run(remote.map { ["update-ref", DataKeyRef.synced(name), $0] } ?? ["update-ref", "-d", DataKeyRef.synced(name)])
        return notes
    }

    /// The union of this copy's keys (those that verify against the merged
    /// log) and the remote's, minus destroyed documents'; a key the log
    /// lists as live that neither side holds is named in a note.
    func unionOfKeys(local: [String: GitTree.File], remote: [String: GitTree.File], trusted: [String: GitTree.File],
                     judge: DataKeyJudge, tree: GitTree, into outcome: inout Outcome) throws -> [String: GitTree.File] {
        var union = remote.filter { !judge.commits.isDestroyed($0.key) && !judge.commits.isSuperseded($0.key) }
        let candidates = local.values.filter { !judge.commits.isDestroyed($0.path) && !judge.commits.isSuperseded($0.path) }
        let refused = try judge.problems(Array(candidates), trusted: trusted.merging(remote) { $1 }, tree: tree)
        let refusedPaths = Set(refused.map(\.path))
        outcome.leftOut += refused.filter { !outcome.leftOut.contains($0) }
        for file in candidates where !refusedPaths.contains(file.path) { union[file.path] = file }
        for path in judge.liveKeys.subtracting(union.keys).sorted() where !outcome.notes.contains(where: { $0.hasPrefix(path) }) {
            outcome.notes.append("\(path): a data key the log lists is in neither this copy nor the remote "
                                 + "(its document no longer opens at that level; `tamga check` names it)")
        }
        return union
    }
}
