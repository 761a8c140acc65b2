import Foundation
import TamgaCore

/// Re-encrypting old parts under their level's newest key epoch, the one way
/// `tamga rekey` does it (and, later, the web front end, after a member is
/// removed: issue 20, one use case per action).
///
/// `allHeld` takes every level this member holds, internal first: a State or
/// public rekey may refresh stale parts, which reads the internal ones. A
/// member holding no level cannot rekey. Each level is re-encrypted under
/// the vault's write lock (`Rekey`); a cancellation between levels keeps
/// those done.
public struct VaultRekey: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    public enum Scope: Sendable, Equatable {
        case level(Level)
        /// Every level this member holds (after `member remove`).
        case allHeld
    }

    /// Re-encrypts the levels of `scope`; `progress` hears each level done
    /// and how many parts it re-encrypted. Returns the same, in order.
    @discardableResult
    public func run(_ scope: Scope, progress: (Level, Int) -> Void = { _, _ in },
                    isCancelled: () -> Bool = { false }) throws -> [(level: Level, count: Int)] {
        let levels = switch scope {
        case .level(let level): [level]
        case .allHeld: Level.allCases.sorted { $0 > $1 }.filter { vault.levelKeys.canRead($0) }
        }
        guard !levels.isEmpty else {
            throw VaultError.notCleared(member: vault.member.name, needed: "rekeying (an administrator holding a level)")
        }
        let lock = try VaultLock(vault: vault.paths.root)
        defer { withExtendedLifetime(lock) {} }
        var done: [(level: Level, count: Int)] = []
        var left: [(path: String, problem: String)] = []
        for level in levels {
            if isCancelled() { throw CancellationError() }
            let count = try Rekey.run(vault, level: level) { left.append(($0, $1)) }
            done.append((level, count))
            progress(level, count)
        }
        // Every level done first: one file that does not open must not keep the others under old keys.
        if let first = left.first {
            throw VaultError.damaged(path: first.path, problem: first.problem + (left.count > 1 ? " (and \(left.count - 1) more attachment(s))" : "")
                + "; everything else was re-encrypted; run `tamga check`")
        }
        return done
    }

    /// Restricted images a removed viewer could still open that this member,
    /// not being one of their viewers, could not re-encrypt
    /// (`AttachmentRekey.restrictedAwaitingViewer`): a viewer must rekey.
    public func restrictedAwaitingViewer() throws -> Int {
        guard vault.levelKeys.canRead(.internal) else { return 0 }
        return try AttachmentRekey.restrictedAwaitingViewer(vault)
    }
}
