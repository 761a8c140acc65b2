import Foundation

/// `tamga clone URL DIR`: a new copy of a vault from a git remote, verified
/// from its first keyring before a single file is checked out. What does not
/// verify leaves nothing behind.
public struct VaultClone: Sendable {
    public let url: String
    public let destination: URL
    public let remoteName: String

    public init(url: String, destination: URL, remoteName: String = "origin") {
        self.url = url
        self.destination = destination.standardizedFileURL
        self.remoteName = remoteName
    }

    /// What was cloned.
    public struct Outcome: Sendable {
        public let vaultID: String
        public let files: Int
        public let entries: Int
        public let notes: [String]
    }

    public func clone(passErrors: Bool = false, progress: (@Sendable (String) -> Void)? = nil) throws -> Outcome {
        try VaultRemotes.validate(remoteName)
        let manager = FileManager.default
        if manager.fileExists(atPath: destination.path),
           !((try? manager.contentsOfDirectory(atPath: destination.path)) ?? ["?"]).isEmpty {
            throw SyncError.destinationNotEmpty(path: destination.path)
        }
        let existed = manager.fileExists(atPath: destination.path)
        var finished = false
        defer {
            if !finished {
                if existed {
                    for name in (try? manager.contentsOfDirectory(atPath: destination.path)) ?? [] {
                        try? manager.removeItem(at: destination.appendingPathComponent(name))
                    }
                } else {
                    try? manager.removeItem(at: destination)
                }
            }
        }
        try manager.createDirectory(at: destination, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var repository = VaultRepository(root: destination)
        repository.progress = progress
        let git = repository.git
        try git.run(["init", "-q", "-b", "main"])
        try git.run(["remote", "add", remoteName, url])
        let hasKeys = try git.run(["ls-remote", remoteName, DataKeyRef.ref], passErrors: passErrors).lines.contains { $0.hasSuffix("\t" + DataKeyRef.ref) }
        do {
            try git.run(["fetch", passErrors ? "--progress" : "--quiet", "--no-tags", remoteName, "+refs/heads/main:refs/tamga/incoming/\(remoteName)"]
                        + (hasKeys ? ["+\(DataKeyRef.ref):\(DataKeyRef.incoming(remoteName))"] : []), passErrors: passErrors)
        } catch { throw SyncError.fetchRefusal(error, source: url) }
        guard let incoming = GitTree(git: git).resolve("refs/tamga/incoming/\(remoteName)^{commit}") else {
            throw SyncError.git(command: "fetch", message: "the remote has no vault (no main branch)")
        }
        let report = try repository.verifier().verify(base: GitTree.empty, target: incoming, history: (tips: [incoming], known: []))
        guard report.problems.isEmpty else { throw SyncError.refused(source: url, problems: report.problems) }
        var notes = report.notes
        let keys = try dataKeys(git: git, log: report.commits ?? repository.verifier().logState(of: incoming), notes: &notes)
        try git.run(["read-tree", "-u", "--reset", incoming])
        let writer = DataKeyRef(git: git, root: destination)
        try writer.materialize(keys)
        try git.run(["update-ref", "HEAD", incoming])
        try git.run(["update-ref", "refs/tamga/synced/\(remoteName)", incoming])
        // The keys were judged against this log just now: the first idle sync needs no pass over it.
        try git.run(["update-ref", VaultSync.judgedAt, incoming])
        let config = try VaultConfig.load(VaultPaths(root: destination))
        finished = true
        return Outcome(vaultID: config.vault, files: report.arrived + keys.count, entries: report.entries, notes: notes)
    }

    /// The remote's data keys (`refs/tamga/datakeys`), judged against the
    /// verified main's log before anything is written; the ref is kept as
    /// this copy's own. A key the log lists as live that neither main nor
    /// the ref holds is named in a note.
    func dataKeys(git: GitRunner, log: CommitIndex, notes: inout [String]) throws -> [GitTree.File] {
        let keys = DataKeyRef(git: git, root: destination)
        let judge = DataKeyJudge(commits: log)
        // Judged as fetched, not peeled: a tag on the ref is refused, not read through.
        guard let fetched = GitTree(git: git).resolve(DataKeyRef.incoming(remoteName)) else { return [] }
        let shape = try keys.shapeProblems(fetched)
        guard shape.isEmpty else { throw SyncError.refused(source: "\(url) (\(DataKeyRef.ref))", problems: shape) }
        let commit = fetched
        let all = try keys.files(commit)
        // Keys of a document the log destroyed, or that an erasure or a re-encryption superseded: left out (not a
        // refusal), and this copy's first sync replaces the remote's ref without them and prunes (attacker review,
        // issue 18: L2; review, session 37: L-8).
        let gone = { (path: String) in log.isDestroyed(path) || log.isSuperseded(path) }
        let files = all.filter { !gone($0.key) }
        if files.count < all.count {
            let documents = Set(all.keys.filter(gone).compactMap(EntryAuthorization.blind)).count
            notes.append("\(DataKeyRef.ref): the remote still holds \(all.count - files.count) data key(s) of \(documents) document(s) "
                         + "that its log destroyed or superseded; left out, and dropped from the remote at this copy's first sync")
            DataKeyRef.owePrune(gitDirectory: destination.appendingPathComponent(".git"))
        }
        let problems = try judge.problems(Array(files.values), tree: GitTree(git: git))
        guard problems.isEmpty else { throw SyncError.refused(source: "\(url) (\(DataKeyRef.ref))", problems: problems) }
        let onMain = try keys.files("refs/tamga/incoming/\(remoteName)")
        for path in judge.liveKeys.subtracting(files.keys).subtracting(onMain.keys).sorted() {
            notes.append("\(path): a data key the log lists is not on the remote (its document does not open at that level)")
        }
        for ref in [DataKeyRef.ref, DataKeyRef.synced(remoteName)] { try git.run(["update-ref", ref, commit]) }
        return Array(files.values)
    }
}
