import Foundation
import TamgaCore

/// The members of a vault as one member may see them: the use case of
/// `tamga member list` and the web members page. Names are sealed to
/// members cleared internal; everyone knows their own, and others see
/// fingerprints. Also who holds each level's newest key.
public struct MemberRoster {
    public struct Row: Sendable, Equatable {
        public let name: String
        public let fingerprint: String
        public let clearance: Clearance
        /// administrator, member or removed.
        public let role: String
    }

    public struct Access: Sendable, Equatable {
        public let level: Level
        public let epoch: Int
        public let holders: [String]
    }

    public let rows: [Row]
    public let access: [Access]
    /// Why this copy's member list is not the vault's, when a sync refused a
    /// member change made apart (`KeyringForkMarker`) or the chain forks: the
    /// roster shows this copy's keyring, whose removal (or addition) the other
    /// copies do not hold (session 41 attacker, K1).
    public let pendingFork: String?

    public init(vault: UnlockedVault) {
        var body = vault.keyring.body
        for index in body.members.indices where body.members[index].fingerprint == vault.member.fingerprint {
            body.members[index].name = vault.member.name
        }
        rows = body.members.map { member in
            Row(name: member.displayName, fingerprint: member.fingerprint, clearance: member.clearance,
                role: !member.active ? "removed" : member.administrator ? "administrator" : "member")
        }
        pendingFork = vault.keyringFork
        access = Level.allCases.reversed().compactMap { level in
            guard let epoch = body.currentEpoch(of: level.rawValue) else { return nil }
            let holders = SealedKeyFolder(vault.paths.levelKeys(level, epoch: epoch.epoch)).holders
            return Access(level: level, epoch: epoch.epoch,
                          holders: holders.map { body.member(fingerprint: $0)?.displayName ?? $0 }.sorted())
        }
    }
}
