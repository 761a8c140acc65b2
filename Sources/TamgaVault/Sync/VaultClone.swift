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
        try git.run(["fetch", passErrors ? "--progress" : "--quiet", "--no-tags", remoteName, "+refs/heads/main:refs/tamga/incoming/\(remoteName)"],
                    passErrors: passErrors)
        guard let incoming = GitTree(git: git).resolve("refs/tamga/incoming/\(remoteName)^{commit}") else {
            throw SyncError.git(command: "fetch", message: "the remote has no vault (no main branch)")
        }
        let report = try repository.verifier().verify(base: GitTree.empty, target: incoming, history: (tips: [incoming], known: []))
        guard report.problems.isEmpty else { throw SyncError.refused(source: url, problems: report.problems) }
        try git.run(["read-tree", "-u", "--reset", incoming])
        try git.run(["update-ref", "HEAD", incoming])
        try git.run(["update-ref", "refs/tamga/synced/\(remoteName)", incoming])
        let config = try VaultConfig.load(VaultPaths(root: destination))
        finished = true
        return Outcome(vaultID: config.vault, files: report.arrived, entries: report.entries, notes: report.notes)
    }
}
