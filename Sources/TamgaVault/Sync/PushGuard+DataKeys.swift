import Foundation

extension PushGuard {
    /// Judges the data keys the server would hold after this push against
    /// the log of its main after it (the same push's main if both come
    /// together): a new `refs/tamga/datakeys` must be one parentless commit of
    /// data-key files each a counted entry lists, none of a destroyed
    /// document; and no key may leave (from the ref, or from a main that
    /// still carried keys) without its document's tombstone. The ref may be
    /// replaced (not a fast-forward), never deleted.
    func checkDataKeys(_ updates: [Update], mainLog: CommitIndex?) throws -> [SyncProblem] {
        let git = GitRunner(directory: repository)
        let tree = GitTree(git: git)
        let keys = DataKeyRef(git: git, root: repository)
        let keyUpdate = updates.last { $0.ref == DataKeyRef.ref }
        let mainUpdate = updates.last { $0.ref == "refs/heads/main" }
        let mainBefore = tree.resolve("refs/heads/main^{commit}")
        let mainAfter = mainUpdate?.new ?? mainBefore
        let refBefore = tree.resolve("\(DataKeyRef.ref)^{commit}")
        if let keyUpdate, keyUpdate.isZero.new {
            return [SyncProblem(DataKeyRef.ref, "deleting the vault's data keys is refused (it would destroy every document without a tombstone)")]
        }
        let mainKeysBefore = try keys.files(mainBefore)
        // Nothing to judge: the keys do not change, and main carries none that could leave.
        guard keyUpdate != nil || !mainKeysBefore.isEmpty else { return [] }
        guard let mainAfter else { return [SyncProblem(DataKeyRef.ref, "data keys pushed to a repository with no vault (no main branch)")] }
        var problems: [SyncProblem] = []
        if let keyUpdate { problems += try keys.shapeProblems(keyUpdate.new) }
        guard problems.isEmpty else { return problems }
        let commits: CommitIndex
        if let mainLog, mainUpdate != nil {
            commits = mainLog
        } else {
            let scratch = repository.appendingPathComponent("tamga-verify-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
            commits = try ArrivalVerifier(git: git, scratch: scratch).logState(of: mainAfter)
        }
        let judge = DataKeyJudge(commits: commits)
        let refAfter = try keys.files(keyUpdate?.new ?? refBefore)
        if keyUpdate != nil { problems += try judge.problems(Array(refAfter.values), tree: tree) }
        let before = Set(try keys.files(refBefore).keys).union(mainKeysBefore.keys)
        problems += judge.dropped(from: before, to: Set(refAfter.keys).union(try keys.files(mainAfter).keys))
        return problems
    }

    /// The `post-receive` step: when a push replaced the data-key ref and a
    /// key left it (a destruction), prunes the old commit and its blobs, so
    /// the server no longer holds the destroyed document's keys.
    ///
    /// `git prune --expire=now` also deletes the quarantine folder of a push
    /// still being received (`objects/tmp_objdir-incoming-*`), so it waits
    /// for none to be left (up to `wait` seconds); a server still busy then
    /// keeps the prune owed (`DataKeyRef.pruneMarker`) for the next push's hook.
    public func afterReceive(_ updates: [Update], wait: Double = 20) throws {
        let git = GitRunner(directory: repository)
        var due = FileManager.default.fileExists(atPath: DataKeyRef.pruneMarker(gitDirectory: repository).path)
        for update in updates where update.ref == DataKeyRef.ref && !update.isZero.old && !due {
            let left = try git.run(["diff-tree", "-r", "--name-only", "--diff-filter=D", update.old,
                                    update.isZero.new ? GitTree.empty : update.new]).lines
            due = !left.isEmpty
        }
        guard due else { return }
        DataKeyRef.owePrune(gitDirectory: repository)
        let deadline = Date().addingTimeInterval(wait)
        while receiving() {
            guard Date() < deadline else { return }
            Thread.sleep(forTimeInterval: 0.2)
        }
        try DataKeyRef(git: git, root: repository).prune()
    }

    /// Whether another push is being received (its quarantine folder exists).
    func receiving() -> Bool {
        let objects = repository.appendingPathComponent("objects").path
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: objects)) ?? []
        return entries.contains { $0.hasPrefix("tmp_objdir") || $0.hasPrefix("incoming-") }
    }
}
