import Foundation

/// `tamga guard`: a bare repository's `pre-receive` hook that lets a push in
/// only if it keeps the vault whole. It refuses a ref other than `main` and
/// `refs/tamga/datakeys`, a deleted ref, a rewrite of main's history (the
/// old tip not contained in the new; git's `receive.denyNonFastForwards`
/// refuses it too, and does not apply to the data-key ref, outside
/// `refs/heads/`), a deleted or rewritten committed file, any file that does not
/// verify against the signed keyring (`ArrivalVerifier`), and a data-key set
/// that does not verify against main's log (`checkDataKeys`). It holds no
/// key and learns nothing a copy of the repository does not already show.
public struct PushGuard: Sendable {
    /// The bare repository (the hook's working directory).
    public let repository: URL

    public init(repository: URL) { self.repository = repository.standardizedFileURL }

    /// One line of the hook's input: `<old> <new> <ref>`.
    public struct Update: Sendable, Equatable {
        public let old: String
        public let new: String
        public let ref: String

        public init?(line: String) {
            let fields = line.split(separator: " ").map(String.init)
            guard fields.count == 3 else { return nil }
            (old, new, ref) = (fields[0], fields[1], fields[2])
        }

        var isZero: (old: Bool, new: Bool) { (old.allSatisfy { $0 == "0" }, new.allSatisfy { $0 == "0" }) }
    }

    /// The problems that refuse the push (empty: accept).
    public func check(_ updates: [Update]) throws -> [SyncProblem] {
        let git = GitRunner(directory: repository)
        var problems: [SyncProblem] = []
        var mainLog: CommitIndex?
        for update in updates where update.ref != DataKeyRef.ref {
            guard update.ref == "refs/heads/main" else {
                problems.append(SyncProblem(update.ref, "a vault has one branch, main, and its data keys (refs/tamga/datakeys); other refs are refused")); continue
            }
            let zero = update.isZero
            if zero.new { problems.append(SyncProblem(update.ref, "deleting the vault's branch is refused")); continue }
            if !zero.old, !git.succeeds(["merge-base", "--is-ancestor", update.old, update.new]) {
                problems.append(SyncProblem(update.ref, "rewrites history (a force-push): the current tip is not in the pushed one")); continue
            }
            if let pinned = (try? git.run(["config", "--get", "tamga.vault"], allowFailure: true))?.lines.first, !pinned.isEmpty {
                let config = try git.run(["cat-file", "-p", "\(update.new):config.json"], allowFailure: true)
                let vault = (try? JSONDecoder().decode(VaultConfig.self, from: Data(config.output)))?.vault
                if vault != pinned {
                    problems.append(SyncProblem("config.json", "this repository holds vault \(pinned.prefix(16))…; the push is another vault"))
                    continue
                }
            }
            let scratch = repository.appendingPathComponent("tamga-verify-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
            let report = try ArrivalVerifier(git: git, scratch: scratch).verify(
                base: zero.old ? GitTree.empty : update.old, target: update.new,
                history: (tips: [update.new], known: zero.old ? [] : [update.old]))
            problems += report.problems
            mainLog = report.commits
        }
        guard problems.isEmpty else { return problems }
        return try checkDataKeys(updates, mainLog: mainLog)
    }

    /// Writes the hooks into a bare repository, turns on git's own refusals of
    /// rewrites and deletions of main (a second lock on the same door), and makes replaced objects
    /// expire at once. A repository guarded by an older tamga refuses
    /// `refs/tamga/datakeys`: install again.
    public static func install(into repository: URL, executable: String, vault: String? = nil) throws {
        let git = GitRunner(directory: repository)
        guard git.succeeds(["rev-parse", "--is-bare-repository"]),
              (try? git.run(["rev-parse", "--is-bare-repository"]).lines.first) == "true" else {
            throw SyncError.git(command: "rev-parse", message: "\(repository.path) is not a bare git repository (make one with `git init --bare -b main DIR`)")
        }
        // git applies both to refs/heads/* only, so refs/tamga/datakeys can still be replaced
        // (git's receive-pack); they stay a second lock on main should the hook be removed.
        try git.run(["config", "receive.denyNonFastForwards", "true"])
        try git.run(["config", "receive.denyDeletes", "true"])
        // A replaced data-key commit is unreachable at once: nothing keeps it (the post-receive hook prunes).
        for key in ["gc.reflogExpire", "gc.reflogExpireUnreachable", "gc.pruneExpire"] { try git.run(["config", key, "now"]) }
        // Pinned, a first push of another vault is refused too (without a pin, the first push decides).
        if let vault {
            guard VaultFileKind.isHex(vault, count: 64) else { throw SyncError.git(command: "config", message: "\(vault) is not a vault id (64 hex digits)") }
            try git.run(["config", "tamga.vault", vault])
        }
        let hooks = repository.appendingPathComponent("hooks", isDirectory: true)
        try FileManager.default.createDirectory(at: hooks, withIntermediateDirectories: true)
        let quoted = "'" + executable.replacingOccurrences(of: "'", with: "'\\''") + "'"
        for (name, argument, what) in [("pre-receive", "", "refuses pushes that do not keep the vault whole"),
                                       ("post-receive", " --after-receive", "prunes replaced data-key commits")] {
            let script = "#!/bin/sh\n# installed by `tamga guard --install`: \(what)\nexec \(quoted) guard\(argument)\n"
            let hook = hooks.appendingPathComponent(name)
            try Data(script.utf8).write(to: hook, options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
        }
    }
}
