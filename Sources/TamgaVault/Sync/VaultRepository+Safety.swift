import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension VaultRepository {
    /// What a keyless writer with write access to a synced copy's folder
    /// (a shared laptop, a folder synced by other means) could plant to make
    /// the next sync act outside the vault (attacker review, issue 18: L6,
    /// L7), refused before git or tamga touches anything:
    ///
    /// - a symbolic link anywhere in the vault (a `datakeys` link would make
    ///   sync write arriving keys, and shred destroyed ones, wherever it
    ///   points); git itself never writes through one, tamga's own writers
    ///   would. A vault holds none, so any link is refused.
    /// - a `.git` that is not a folder (a link or a `gitdir:` file makes git
    ///   work on another repository);
    /// - a git setting in `.git/config` that tamga and `git init` do not
    ///   write: many run a program at the next git command (a filter's
    ///   `clean`, `remote.NAME.uploadpack` for a local or SSH remote,
    ///   `core.sshCommand`, `credential.helper`, `core.fsmonitor`), or move
    ///   the work tree (`core.worktree`), or read another file (`include.path`).
    ///   `GitRunner` also turns hooks and the file-system monitor off on every
    ///   call; this refusal covers the settings an override cannot list.
    /// - `.git/info/attributes`, which could name such a filter for every file.
    func refuseUnsafeFolder() throws(SyncError) {
        var problems: [SyncProblem] = []
        var status = stat()
        let gitFolder = root.appendingPathComponent(".git").path
        if lstat(gitFolder, &status) == 0, (status.st_mode & S_IFMT) != S_IFDIR {
            problems.append(SyncProblem(".git", "not a folder (a link, or a file naming another repository)"))
        }
        problems += links()
        if problems.isEmpty { problems += unsafeSettings() }
        guard problems.isEmpty else { throw SyncError.unsafeFolder(path: root.path, problems: problems) }
    }

    /// Every symbolic link under the vault folder (not `.git`'s own content), by relative path.
    func links() -> [SyncProblem] {
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var found: [SyncProblem] = []
        var status = stat()
        while let relative = walker.nextObject() as? String {
            if relative == ".git" { walker.skipDescendants(); continue }
            guard lstat(root.appendingPathComponent(relative).path, &status) == 0 else { continue }
            if (status.st_mode & S_IFMT) == S_IFLNK {
                walker.skipDescendants()
                found.append(SyncProblem(relative, "a symbolic link (a vault holds none; sync would read or write where it points)"))
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// Git settings of this repository that are not on the list `git init`,
    /// `git remote add` and a person's name and address make, named (never their values).
    func unsafeSettings() -> [SyncProblem] {
        var found: [SyncProblem] = []
        let attributes = root.appendingPathComponent(".git/info/attributes")
        if let bytes = try? Data(contentsOf: attributes),
           String(decoding: bytes, as: UTF8.self).split(separator: "\n").contains(where: { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }) {
            found.append(SyncProblem(".git/info/attributes", "git attributes tamga does not write (they can name a filter program)"))
        }
        guard let names = try? git.run(["config", "--local", "--list", "--name-only"], allowFailure: true), names.status == 0 else {
            return found + [SyncProblem(".git/config", "git cannot read it")]
        }
        for name in Set(names.lines.map { $0.lowercased() }).sorted() where !Self.isSafeSetting(name) {
            found.append(SyncProblem(".git/config", "the setting \(name) is one tamga does not write (it could run a program "
                                     + "or move git's work; remove it with `git config --unset \(name)`)"))
        }
        return found
    }

    /// The settings a vault's repository may hold: what `git init` and `git
    /// remote add` write, a person's name and address, and garbage collection.
    static func isSafeSetting(_ name: String) -> Bool {
        let exact: Set<String> = ["core.repositoryformatversion", "core.filemode", "core.bare", "core.logallrefupdates",
                                  "core.ignorecase", "core.precomposeunicode", "core.symlinks", "user.name", "user.email"]
        if exact.contains(name) { return true }
        if name.hasPrefix("remote.") { return name.hasSuffix(".url") || name.hasSuffix(".fetch") }
        return name.hasPrefix("gc.") && !name.contains("hook")
    }
}
