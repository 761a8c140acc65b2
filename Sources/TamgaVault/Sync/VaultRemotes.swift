import Foundation

/// `tamga remote add|list|remove`: the git remotes a vault syncs with.
public struct VaultRemotes: Sendable {
    public let repository: VaultRepository
    var git: GitRunner { repository.git }

    public init(root: URL) { repository = VaultRepository(root: root) }

    /// A remote and its address, with any password in it masked.
    public struct Remote: Sendable, Equatable {
        public let name: String
        public let url: String
    }

    /// Names git accepts and that cannot be read as an option or a path.
    public static func validate(_ name: String) throws(SyncError) {
        let allowed = name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) }
        guard !name.isEmpty, name.count <= 64, allowed, !name.hasPrefix("-"), !name.hasPrefix("."), !name.contains("..") else {
            throw SyncError.invalidRemoteName(name)
        }
    }

    /// Adds a remote; the first one makes the vault a git repository and
    /// commits what it holds (after verification). Call with the vault's write lock held.
    public func add(name: String, url: String) throws -> VaultRepository.LocalCommit {
        try Self.validate(name)
        guard !url.isEmpty, !url.hasPrefix("-") else { throw SyncError.git(command: "remote", message: "the address is empty or starts with '-'") }
        try repository.prepare()
        if git.succeeds(["remote", "get-url", name]) { throw SyncError.remoteExists(name: name) }
        let committed = try repository.commitLocalChanges()
        try git.run(["remote", "add", name, url])
        return committed
    }

    public func list() throws -> [Remote] {
        guard repository.isRepository else { return [] }
        return try git.run(["remote"]).lines.sorted().map { name in
            Remote(name: name, url: Self.masked((try? git.run(["remote", "get-url", name]).lines.first) ?? ""))
        }
    }

    public func remove(name: String) throws {
        try Self.validate(name)
        guard repository.isRepository, git.succeeds(["remote", "get-url", name]) else { throw SyncError.unknownRemote(name: name) }
        try git.run(["remote", "remove", name])
        // The data-key refs too: left behind, they would keep a destroyed document's keys reachable for good.
        for kind in ["incoming", "synced", "incoming-datakeys", "synced-datakeys"] {
            try git.run(["update-ref", "-d", "refs/tamga/\(kind)/\(name)"], allowFailure: true)
        }
    }

    /// `https://user:secret@host/x` → `https://user:***@host/x`.
    static func masked(_ url: String) -> String {
        guard let scheme = url.range(of: "://"), let at = url[scheme.upperBound...].firstIndex(of: "@") else { return url }
        let credentials = url[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return url }
        return String(url[..<colon]) + ":***" + String(url[at...])
    }
}
