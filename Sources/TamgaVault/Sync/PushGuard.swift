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
            let report: ArrivalVerifier.Report
            do {
                report = try ArrivalVerifier(git: git, scratch: scratch).verify(
                    base: zero.old ? GitTree.empty : update.old, target: update.new,
                    history: (tips: [update.new], known: zero.old ? [] : [update.old]))
            } catch SyncError.refused(_, let refused) {
                problems += refused; continue // a tree beyond the layout's bounds (TreeBound), named like any problem
            }
            problems += report.problems
            mainLog = report.commits
        }
        guard problems.isEmpty else { return problems }
        do { return try checkDataKeys(updates, mainLog: mainLog) } catch SyncError.refused(_, let refused) { return refused }
    }

    /// Writes the hooks into a bare repository, turns on git's own refusals of
    /// rewrites and deletions of main (a second lock on the same door), and makes replaced objects
    /// expire at once. A repository guarded by an older tamga refuses
    /// `refs/tamga/datakeys`: install again. A `pre-receive` or
    /// `post-receive` hook that tamga did not write is not overwritten
    /// unless `replaceHooks` (attacker review, issue 18: L3: an
    /// administrator's own checks would vanish silently); tamga's own are
    /// replaced, so installing again is idempotent.
    public static func install(into repository: URL, executable: String, vault: String? = nil, replaceHooks: Bool = false) throws {
        let git = GitRunner(directory: repository)
        guard git.succeeds(["rev-parse", "--is-bare-repository"]),
              (try? git.run(["rev-parse", "--is-bare-repository"]).lines.first) == "true" else {
            throw SyncError.git(command: "rev-parse", message: "\(repository.path) is not a bare git repository (make one with `git init --bare -b main DIR`)")
        }
        let hooks = repository.appendingPathComponent("hooks", isDirectory: true)
        let foreign = hookNames.filter { name in
            let url = hooks.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            let present = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
                || (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil
            guard present else { return false }
            let text = (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            return isFolder.boolValue || !text.contains(installedMark)
        }
        if !foreign.isEmpty && !replaceHooks { throw SyncError.foreignHooks(repository: repository.path, hooks: foreign) }
        // A hooks path of the repository's own would make git skip the hooks installed here.
        if let path = (try? git.run(["config", "--local", "--get", "core.hooksPath"], allowFailure: true))?.lines.first, !path.isEmpty {
            throw SyncError.git(command: "config", message: "\(repository.path) sets core.hooksPath, so git would not run the hooks "
                                + "installed in its hooks folder; remove it (`git -C REPO config --unset core.hooksPath`) and install again")
        }
        // git applies both to refs/heads/* only, so refs/tamga/datakeys can still be replaced
        // (git's receive-pack); they stay a second lock on main should the hook be removed.
        try git.run(["config", "receive.denyNonFastForwards", "true"])
        try git.run(["config", "receive.denyDeletes", "true"])
        // git's own object checks on what a push brings (a tree listing a name twice, a malformed commit), before the hook.
        try git.run(["config", "receive.fsckObjects", "true"])
        // A replaced data-key commit is unreachable at once: nothing keeps it (the post-receive hook prunes).
        for key in ["gc.reflogExpire", "gc.reflogExpireUnreachable", "gc.pruneExpire"] { try git.run(["config", key, "now"]) }
        // Pinned, a first push of another vault is refused too (without a pin, the first push decides).
        if let vault {
            guard VaultFileKind.isHex(vault, count: 64) else { throw SyncError.git(command: "config", message: "\(vault) is not a vault id (64 hex digits)") }
            try git.run(["config", "tamga.vault", vault])
        }
        try FileManager.default.createDirectory(at: hooks, withIntermediateDirectories: true)
        let quoted = "'" + executable.replacingOccurrences(of: "'", with: "'\\''") + "'"
        for (name, argument, what) in [("pre-receive", "", "refuses pushes that do not keep the vault whole"),
                                       ("post-receive", " --after-receive", "prunes replaced data-key commits")] {
            let script = "#!/bin/sh\n\(installedMark): \(what)\nexec \(quoted) guard\(argument)\n"
            let hook = hooks.appendingPathComponent(name)
            try? FileManager.default.removeItem(at: hook) // a link is replaced, never written through
            try Data(script.utf8).write(to: hook, options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
        }
    }

    /// The hooks `install` writes.
    static let hookNames = ["pre-receive", "post-receive"]
    /// The line that marks a hook as tamga's (what a re-install may replace).
    static let installedMark = "# installed by `tamga guard --install`"
}
