import Foundation
import TamgaCore

/// Adding and removing the remotes a vault syncs with, the one way `tamga
/// remote add` and `remove` do it (issue 20, one use case per action): each
/// change is made under the vault's lock (`VaultRemotes`). Listing them only
/// reads, and stays `VaultRemotes.list`.
public struct RemoteSettings: Sendable {
    public let paths: VaultPaths

    public init(paths: VaultPaths) { self.paths = paths }

    /// Adds remote `name` at `url`; returns what the commit of the vault's own files left out.
    public func add(name: String, url: String) throws -> VaultRepository.LocalCommit {
        let lock = try VaultLock(vault: paths.root)
        defer { withExtendedLifetime(lock) {} }
        return try VaultRemotes(root: paths.root).add(name: name, url: url)
    }

    public func remove(name: String) throws {
        let lock = try VaultLock(vault: paths.root)
        defer { withExtendedLifetime(lock) {} }
        try VaultRemotes(root: paths.root).remove(name: name)
    }
}
