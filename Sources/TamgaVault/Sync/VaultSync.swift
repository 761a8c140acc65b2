import Foundation

/// `tamga sync`: commit what this copy wrote, fetch the remote into a
/// quarantine ref, verify everything that arrived (`ArrivalVerifier`), merge
/// it, and push. Nothing that fails verification is merged; nothing needs a
/// secret key, so any member (or a scheduled job) can sync.
///
/// Git's refs, per remote: `refs/tamga/incoming/NAME` holds what was fetched
/// and not yet judged; `refs/tamga/synced/NAME` what was verified last. A
/// remote whose branch no longer contains the synced commit had its history
/// rewritten, and is refused. Data keys travel apart, on `refs/tamga/datakeys`
/// (`VaultSync+DataKeys`, `DataKeyRef`), so that main's history holds none.
public struct VaultSync: Sendable {
    public var repository: VaultRepository
    var git: GitRunner { repository.git }

    public init(root: URL, progress: (@Sendable (String) -> Void)? = nil) {
        repository = VaultRepository(root: root)
        repository.progress = progress
    }

    /// What a sync did.
    public struct Outcome: Sendable {
        public var committed = 0
        public var leftOut: [SyncProblem] = []
        /// Files that arrived (added or changed), and that left, and the log entries among them.
        public var received = 0
        public var removed = 0
        public var entries = 0
        /// Whether what arrived changes names, consent or the policy (stored State/public parts may be stale).
        public var changesRedaction = false
        public var pushed = false
        public var remoteWasEmpty = false
        public var notes: [String] = []
    }

    /// Syncs with the remote `name`. `afterMerge` runs (with the vault lock
    /// held by the caller) after fetching and merging, before pushing: an
    /// internal member's refresh; what it writes is committed and pushed too.
    public func sync(remote name: String, push: Bool = true, passErrors: Bool = false,
                     afterMerge: (() throws -> Void)? = nil) throws -> Outcome {
        guard repository.isRepository else { throw SyncError.notSynced(path: repository.root.path) }
        guard git.succeeds(["remote", "get-url", name]) else { throw SyncError.unknownRemote(name: name) }
        try repository.prepare()
        var outcome = Outcome()
        let local = try repository.commitLocalChanges()
        outcome.committed = local.files
        outcome.leftOut = local.leftOut
        var logs: [String: CommitIndex] = [:]
        for attempt in 0..<3 {
            let merged = try fetchAndMerge(name, passErrors: passErrors, logs: &logs, into: &outcome)
            // The keys that arrived first: a refresh must open what the merge brought.
            var keys = try reconcileDataKeys(name, logs: &logs, into: &outcome)
            // The first time always (what an earlier sync merged may still be stale), later only after a merge.
            if merged || attempt == 0, let afterMerge {
                try afterMerge()
                let more = try repository.commitLocalChanges()
                outcome.committed += more.files
                outcome.leftOut += more.leftOut
                let again = try reconcileDataKeys(name, logs: &logs, into: &outcome)
                keys = DataKeyStep(push: again.push ?? keys.push, lease: keys.lease, keysLeft: keys.keysLeft || again.keysLeft)
            }
            guard push else { return outcome }
            // One atomic push: the server never holds a main whose keys its data-key ref lacks.
            let refspecs = ["HEAD:refs/heads/main"] + (keys.push.map { ["--force-with-lease=\(DataKeyRef.ref):\(keys.lease)", "\($0):\(DataKeyRef.ref)"] } ?? [])
            let result = try git.run(["push", "--atomic", passErrors ? "--progress" : "--quiet", "--porcelain", name] + refspecs,
                                     allowFailure: true, passErrors: passErrors)
            if result.status == 0 {
                outcome.pushed = true
                try git.run(["update-ref", "refs/tamga/synced/\(name)", "HEAD"])
                if let pushed = keys.push {
                    for ref in [DataKeyRef.synced(name), DataKeyRef.incoming(name)] { try git.run(["update-ref", ref, pushed]) }
                }
                // Also a prune owed by an earlier sync whose push lost a race, was not asked for, or was killed.
                let owed = FileManager.default.fileExists(atPath: DataKeyRef.pruneMarker(gitDirectory: repository.root.appendingPathComponent(".git")).path)
                if keys.keysLeft || owed { try DataKeyRef(git: git, root: repository.root).prune() }
                return outcome
            }
            // Rejected because the remote moved on (another copy pushed): fetch and merge again.
            let guardLines = result.errors.split(separator: "\n").compactMap { line -> String? in
                guard let range = line.range(of: "tamga guard:   ") else { return nil }
                return String(line[range.upperBound...])
            }
            if !guardLines.isEmpty { throw SyncError.pushRefused(remote: name, reasons: guardLines) }
            guard result.text.contains("[rejected]") || result.errors.contains("fetch first") || result.errors.contains("non-fast-forward") else {
                throw SyncError.git(command: "push", message: GitRunner.summary(result.errors + "\n" + result.text.split(separator: "\n")
                    .filter { $0.hasPrefix("!") }.joined(separator: "\n")))
            }
        }
        throw SyncError.pushRaced(remote: name)
    }

    /// Fetches `name`'s main branch, verifies it and merges it; returns whether anything was merged.
    /// Fetches the data-key ref too (into its own quarantine ref, judged by `reconcileDataKeys`).
    func fetchAndMerge(_ name: String, passErrors: Bool, logs: inout [String: CommitIndex], into outcome: inout Outcome) throws -> Bool {
        let incomingRef = "refs/tamga/incoming/\(name)"
        let advertised = try git.run(["ls-remote", name, "refs/heads/main", DataKeyRef.ref], passErrors: passErrors).lines
        let hasKeys = advertised.contains { $0.hasSuffix("\t" + DataKeyRef.ref) }
        if !hasKeys { try git.run(["update-ref", "-d", DataKeyRef.incoming(name)]) }
        guard advertised.contains(where: { $0.hasSuffix("\trefs/heads/main") }) else {
            outcome.remoteWasEmpty = true
            if hasKeys { throw SyncError.refused(source: name, problems: [SyncProblem(DataKeyRef.ref, "data keys on a remote that has no vault (no main branch)")]) }
            return false
        }
        do {
            try git.run(["fetch", passErrors ? "--progress" : "--quiet", "--no-tags", name, "+refs/heads/main:\(incomingRef)"]
                        + (hasKeys ? ["+\(DataKeyRef.ref):\(DataKeyRef.incoming(name))"] : []), passErrors: passErrors)
        } catch { throw SyncError.fetchRefusal(error, source: name) }
        let tree = GitTree(git: git)
        guard let incoming = tree.resolve("\(incomingRef)^{commit}"), let head = tree.resolve("HEAD^{commit}") else { return false }
        if let synced = tree.resolve("refs/tamga/synced/\(name)^{commit}"),
           !git.succeeds(["merge-base", "--is-ancestor", synced, incoming]) {
            throw SyncError.historyRewritten(remote: name)
        }
        if git.succeeds(["merge-base", "--is-ancestor", incoming, head]) {
            outcome.notes += try judgeRemoteDataKeys(name, incomingMain: incoming, logs: &logs)
            try git.run(["update-ref", "refs/tamga/synced/\(name)", incoming])
            return false
        }
        // Before git merges or expands anything new: a tree beyond the vault layout's bounds is refused (a tree bomb).
        try tree.bound([incoming])
        let fastForward = git.succeeds(["merge-base", "--is-ancestor", head, incoming])
        let target: String
        if fastForward {
            target = incoming
        } else {
            let merge = try git.run(["merge-tree", "--write-tree", "--no-messages", "-z", head, incoming], allowFailure: true)
            let fields = merge.fields
            guard merge.status == 0, let tree = fields.first else {
                if merge.errors.contains("unrelated histories") { throw SyncError.unrelated(remote: name) }
                if merge.status == 1 { throw SyncError.conflict(paths: Array(Set(fields.dropFirst().compactMap { $0.split(separator: "\t").last.map(String.init) })).sorted()) }
                throw SyncError.git(command: "merge-tree", message: GitRunner.summary(merge.errors))
            }
            target = tree
        }
        let report = try repository.verifier().verify(base: head, target: target, history: (tips: [incoming], known: [head]),
                                                      upstream: incoming)
        guard report.problems.isEmpty else {
            KeyringForkMarker.record(report.problems, root: repository.root)
            throw SyncError.refused(source: name, problems: report.problems)
        }
        if fastForward, let commits = report.commits { logs[incoming] = commits }
        outcome.notes += try judgeRemoteDataKeys(name, incomingMain: incoming, logs: &logs)
        outcome.received += report.arrived
        outcome.removed += report.deleted
        outcome.entries += report.entries
        outcome.changesRedaction = outcome.changesRedaction || report.changesRedaction
        outcome.notes += report.notes
        let commit = fastForward ? incoming
            : try git.run(["commit-tree", target, "-p", head, "-p", incoming, "-m", "tamga: merge \(name)"]).lines.first ?? ""
        if let commits = report.commits { logs[commit] = commits }
        // Work tree first, then the branch: a kill in between leaves files
        // that the next sync commits again (they verify), never a branch that
        // claims files the folder lacks.
        try git.run(["read-tree", "-m", "-u", head, commit])
        try git.run(["update-ref", "-m", "tamga sync", "HEAD", commit, head])
        try git.run(["update-ref", "refs/tamga/synced/\(name)", incoming])
        return true
    }
}
