import Foundation
import TamgaCore
import TamgaCrypto

/// Judges what another copy (or a push) would add to a vault before it is
/// merged, with no secret key: the same verifier runs in `tamga sync`,
/// `tamga clone` and in `tamga guard` on a server.
///
/// It looks at the difference between a tree the vault trusts (`base`) and
/// the tree it would become (`target`), and at every file the new history
/// carries. A file that arrives must be one a member wrote: a keyring that
/// extends the verified chain, a log entry whose signature verifies and that
/// its signer was allowed to write (the structural authorization rules, which
/// need no key), an object whose name is its hash and that a counted entry
/// lists. Nothing written once may change; a file may go only when a signed
/// entry removes it (objects) or the keyring says its holder left (sealed
/// keys). What readers then judge with their keys (sealed actions, content
/// tags) they still judge: this is the door, not the only lock.
struct ArrivalVerifier {
    let git: GitRunner
    /// Where files are written out for verification (deleted afterwards).
    let scratch: URL
    /// Told what is being verified when it is many files (a clone, a long-offline copy).
    var progress: (@Sendable (String) -> Void)? = nil

    /// What arrived, and what did not verify.
    struct Report {
        var problems: [SyncProblem] = []
        var notes: [String] = []
        /// Files added or changed, and deleted.
        var arrived = 0
        var deleted = 0
        /// Log entries that arrived, and whether any changes what redaction depends on.
        var entries = 0
        var changesRedaction = false
        /// What the target's counted log commits (nil when nothing was judged): the data-key ref is judged against it.
        var commits: CommitIndex?
    }

    /// Verifies `base` → `target` (commits or trees). `history` names the new
    /// commits' tips and the commits already trusted: every blob the new
    /// commits carry must be in `target`, or be an object a signed entry removed.
    /// `upstream`: on `sync`, the remote's commit (whose log entries count
    /// as already there for the member-removal rule; `Judge.removalUnseen`).
    func verify(base: String, target: String, history: (tips: [String], known: [String])?, upstream: String? = nil) throws -> Report {
        let tree = GitTree(git: git)
        var report = Report()
        let changes = try tree.changes(from: base, to: target)
        var arrivals: [(blob: String, path: String)] = []
        for change in changes {
            let kind = VaultFileKind(path: change.path)
            if change.status == .deleted { report.deleted += 1 } else { report.arrived += 1 }
            if change.status == .typeChanged || (change.status != .deleted && !["100644", "100755"].contains(change.newMode)) {
                report.problems.append(SyncProblem(change.path, "not a regular file (a symbolic link or a submodule)")); continue
            }
            if kind == .unknown { report.problems.append(SyncProblem(change.path, "not part of a tamga vault")); continue }
            if change.status != .deleted, case .object = kind { arrivals.append((change.newBlob, change.path)) }
            if change.status != .deleted, kind == .gitSetting { arrivals.append((change.newBlob, change.path)) }
        }
        if changes.count >= 500 { progress?("verifying \(changes.count) files") }
        // Nothing changed and no new history: nothing to judge (an idle sync costs no pass over the log).
        if changes.isEmpty && history == nil { return report }
        defer { try? FileManager.default.removeItem(at: scratch) }
        let settings = arrivals.filter { VaultFileKind(path: $0.path) == .gitSetting }
        try materializeSupport(of: target, extra: settings)
        // Encrypted objects are judged by their hash and header, streamed, never written out.
        let objects = try tree.digests(arrivals.filter { VaultFileKind(path: $0.path) != .gitSetting })

        var judge = Judge(root: scratch, report: report, objects: objects)
        if let upstream {
            judge.upstream = Set(try tree.files(upstream, under: ["log"]).compactMap { file in
                file.path.hasPrefix("log/") && file.path.hasSuffix(".json") ? String(file.path.dropFirst(4).dropLast(5)) : nil
            })
        }
        judge.judgeKeyrings(changes)
        judge.judgeLog(changes)
        judge.judgeFiles(changes, baseIsEmpty: base == GitTree.empty)
        if let history {
            try judge.judgeCommits(tree: tree, tips: history.tips, known: history.known)
            try judge.judgeHistory(tree: tree, target: target, tips: history.tips, known: history.known)
        }
        judge.report.commits = judge.commits
        return judge.report
    }

    /// Writes `target`'s keyrings, log, policies and key files (plus `extra`)
    /// into a fresh `scratch` (the caller removes it).
    func materializeSupport(of target: String, extra: [(blob: String, path: String)] = []) throws {
        let tree = GitTree(git: git)
        try? FileManager.default.removeItem(at: scratch)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let support = try tree.files(target, under: ["config.json", "keyring", "log", "policy", "members", "keys"])
            .filter { $0.mode.hasPrefix("100") && VaultFileKind(path: $0.path) != .unknown }
        try tree.materialize(support.map { ($0.blob, $0.path) } + extra, into: scratch)
    }

    /// What `commit`'s counted log commits, judged as on arrival (its keyring
    /// chain and every entry's signature and authorization): what the data
    /// keys on `refs/tamga/datakeys` are judged against when no merge judged it.
    func logState(of commit: String) throws -> CommitIndex {
        defer { try? FileManager.default.removeItem(at: scratch) }
        try materializeSupport(of: commit)
        var judge = Judge(root: scratch, report: Report(), objects: [:])
        judge.judgeKeyrings([])
        judge.judgeLog([])
        guard judge.report.problems.isEmpty else { throw SyncError.refused(source: "main", problems: judge.report.problems) }
        return judge.commits
    }
}
