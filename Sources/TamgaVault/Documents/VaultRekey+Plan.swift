import Foundation
import TamgaCore

/// What a rekey would do, named before it is done (issue 20: the browser's
/// members page asks for a confirmation that says what will be
/// re-encrypted, as every other change there does). Who may rekey is the
/// rule `Rekey.run` applies to each level (an administrator holding it),
/// here in one place both front ends can ask before starting.
extension VaultRekey {
    /// One level a rekey takes: its newest key epoch, and what is stored
    /// under an older one, counted from the files' headers (nothing is
    /// decrypted). Restricted images and attachments that an administrator
    /// cleared internal moves under internal's key are not in these counts;
    /// the rekey's own counts include them.
    public struct LevelPlan: Sendable, Equatable {
        public let level: Level
        public let epoch: Int
        public let parts: Int
        public let attachments: Int
    }

    /// Whether this member may rekey at all: an administrator holding a level.
    public var mayRun: Bool {
        vault.member.administrator && Level.allCases.contains { vault.levelKeys.canRead($0) }
    }

    /// The levels `scope` takes, in the order `run` takes them, and what each
    /// holds under an older epoch. Throws, as `run` would, for a member who may not rekey
    /// or a keyring whose fork hides a removal. Reads headers only; writes nothing.
    public func plan(_ scope: Scope) throws -> [LevelPlan] {
        let levels = switch scope {
        case .level(let level): [level]
        case .allHeld: Level.allCases.sorted { $0 > $1 }.filter { vault.levelKeys.canRead($0) }
        }
        guard vault.member.administrator, !levels.isEmpty, levels.allSatisfy({ vault.levelKeys.canRead($0) }) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "rekeying (an administrator holding a level)")
        }
        let index = try vault.commitIndex()
        let root = vault.paths.root
        func olderEpoch(_ path: String, level: Level, epoch: Int) -> Bool {
            guard index.isLive(path), let header = try? AttachmentReader.header(of: root.appendingPathComponent(path)) else { return false }
            return header.level == level && Int(header.epoch) != epoch
        }
        return try levels.map { level in
            let epoch = try vault.currentKey(level).epoch
            var parts = 0
            for blind in VaultPaths.fileNames(in: vault.paths.documents) {
                for name in VaultPaths.fileNames(in: vault.paths.parts(blind: blind, level: level))
                where olderEpoch("documents/\(blind)/\(level.rawValue)/\(name)", level: level, epoch: epoch) {
                    parts += 1
                }
            }
            var attachments = 0
            for blind in VaultPaths.fileNames(in: vault.paths.attachments) {
                for name in VaultPaths.fileNames(in: vault.paths.attachments(blind: blind))
                where !name.hasPrefix(".") && olderEpoch("attachments/\(blind)/\(name)", level: level, epoch: epoch) {
                    attachments += 1
                }
            }
            return LevelPlan(level: level, epoch: epoch, parts: parts, attachments: attachments)
        }
    }
}
