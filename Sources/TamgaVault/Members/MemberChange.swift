import Foundation
import TamgaCore

/// Adding and removing members, the one way `tamga member add` and `remove`
/// do it (and, later, the web front end's members page: issue 20, one use
/// case per action): under the vault's write lock, an administrator cleared
/// internal changes the signed keyring (`MemberAdministration`). A removal
/// starts a new key epoch for every level the member held; what it leaves
/// to do (re-encrypting the old parts, publishing the new export key) is
/// returned for the front end to say.
///
/// Making one's own identity (`member invite`) needs no unlocked vault and
/// is `MemberInvitation.create`.
public struct MemberChange: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// A member to add, from the key line their `member invite` printed.
    public struct Addition: Sendable {
        public var name: String
        public var key: MemberPublicKey
        public var clearance: Clearance
        /// An administrator (only with clearance internal).
        public var administrator: Bool

        public init(name: String, key: MemberPublicKey, clearance: Clearance, administrator: Bool = false) {
            self.name = name
            self.key = key
            self.clearance = clearance
            self.administrator = administrator
        }
    }

    public func add(_ addition: Addition) throws {
        let lock = try VaultLock(vault: vault.paths.root)
        defer { withExtendedLifetime(lock) {} }
        try MemberAdministration(vault: vault).add(name: addition.name, key: addition.key, clearance: addition.clearance,
                                                   administrator: addition.administrator)
    }

    /// What a removal did.
    public struct Removal: Sendable {
        /// The levels that got a new key epoch (the member held their keys).
        public let rotated: [Level]
        /// The old parts are still under keys the member held: `VaultRekey` over every level should run next.
        public var needsRekey: Bool { !rotated.isEmpty }
    }

    public func remove(name: String) throws -> Removal {
        let lock = try VaultLock(vault: vault.paths.root)
        defer { withExtendedLifetime(lock) {} }
        return Removal(rotated: try MemberAdministration(vault: vault).remove(name: name))
    }
}
