import Foundation

/// A vault folder as a git work tree (`vault/.git`): made ready for sync,
/// and its own new files committed after verification.
///
/// The vault's commands never touch git; only sync commits. Before a commit,
/// what this copy wrote is verified like anything that arrives, so a file
/// planted in the local folder (or an object left by an interrupted command)
/// is left out and named instead of spreading to every copy.
public struct VaultRepository: Sendable {
    public let root: URL
    let git: GitRunner
    /// Where long steps are reported (the CLI passes a terminal printer).
    public var progress: (@Sendable (String) -> Void)?

    public init(root: URL) {
        self.root = root.standardizedFileURL
        self.git = GitRunner(directory: self.root)
        self.progress = nil
    }

    /// A verifier for this repository, reporting to `progress`.
    func verifier() -> ArrivalVerifier { ArrivalVerifier(git: git, scratch: scratch, progress: progress) }

    public var isRepository: Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path) }

    /// Where verification writes files out (inside `.git`, never in the vault's tree).
    var scratch: URL { root.appendingPathComponent(".git/tamga-verify", isDirectory: true) }

    /// Makes the folder a git repository on branch `main` with tamga's
    /// `.gitignore` and `.gitattributes` (idempotent), after refusing a
    /// folder planted to make git or sync act outside it (`refuseUnsafeFolder`).
    public func prepare() throws {
        if !isRepository { try git.run(["init", "-q", "-b", "main"]) }
        try refuseUnsafeFolder()
        for (name, text) in [(".gitignore", VaultFileKind.gitignore), (".gitattributes", VaultFileKind.gitattributes)] {
            let url = root.appendingPathComponent(name)
            if (try? String(contentsOf: url, encoding: .utf8)) != text {
                try DurableFile.write(Array(text.utf8), to: root, name: name, replace: true)
            }
        }
    }

    /// What committing this copy's changes did.
    public struct LocalCommit: Sendable {
        public var files = 0
        public var leftOut: [SyncProblem] = []
    }

    /// Stages every file of the vault, leaves out (and names) those that do
    /// not verify, and commits the rest. Call with the vault's write lock held.
    public func commitLocalChanges() throws -> LocalCommit {
        try clearInterruptedGit()
        // A vault synced before data keys left main: stop tracking them (their old commits keep them; docs/sync.md).
        try git.run(["rm", "-r", "-q", "--cached", "--ignore-unmatch", "--", "datakeys"])
        try git.run(["add", "-A"])
        let head = GitTree(git: git).resolve("HEAD^{commit}")
        var outcome = LocalCommit()
        // Leaving a file out can leave out what depended on it (an entry's
        // objects), so verify again until the staged tree is clean; what is
        // committed has always verified, and a chain deeper than the rounds stops.
        for round in 1...5 {
            let tree = try git.run(["write-tree"]).lines.first ?? GitTree.empty
            let report = try verifier().verify(base: head ?? GitTree.empty, target: tree, history: nil)
            guard !report.problems.isEmpty else { break }
            // The vault's own keyring or config failing means this copy is damaged: nothing is committed.
            if round == 5 || report.problems.contains(where: { $0.path == "keyring" || $0.path == "config.json" }) {
                throw SyncError.refused(source: "this copy", problems: report.problems)
            }
            outcome.leftOut += report.problems
            let paths = Array(Set(report.problems.map(\.path))).sorted()
            if head != nil {
                try git.run(["reset", "-q", "HEAD", "--"] + paths, allowFailure: true)
            } else {
                try git.run(["rm", "-r", "-q", "--cached", "--ignore-unmatch", "--"] + paths)
            }
        }
        outcome.files = head == nil ? try git.run(["ls-files", "-z"]).fields.count
            : try git.run(["diff", "--cached", "--name-only", "-z"]).fields.count
        if outcome.files > 0 || head == nil {
            try git.run(["commit", "-q", "--no-verify", "--allow-empty", "-m", "tamga: what this copy wrote"])
        }
        return outcome
    }

    /// A git command killed mid-way leaves `index.lock`; with the vault's
    /// write lock held, no tamga process can be using it.
    func clearInterruptedGit() throws {
        let lock = root.appendingPathComponent(".git/index.lock")
        if FileManager.default.fileExists(atPath: lock.path) { try? FileManager.default.removeItem(at: lock) }
    }
}
