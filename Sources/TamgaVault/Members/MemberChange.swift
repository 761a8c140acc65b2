import Foundation
import TamgaCore

/// Adding and removing members, the one way `tamga member add` and `remove`
/// do it and the web front end's members page does it (issue 20, one use
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

    /// Whether this member may change the membership at all (an
    /// administrator cleared internal, the rule `MemberAdministration`
    /// enforces): a front end offers its forms only then.
    public var mayChange: Bool { (try? requireMayChange()) != nil }

    /// Refuses, with the reason, a member who may not change the membership
    /// (not an internal administrator, or the keyring is forked).
    public func requireMayChange() throws {
        try vault.requireKeyringAdministrator(for: "member administration")
    }

    /// An addition checked by the rules `add` applies, writing nothing (a
    /// front end's confirmation step): returns the levels whose keys the new
    /// member would be sealed.
    public func check(_ addition: Addition) throws -> [Level] {
        try MemberAdministration(vault: vault).checkAddition(name: addition.name, key: addition.key, clearance: addition.clearance,
                                                            administrator: addition.administrator)
        return addition.clearance.levels
    }

    /// Whether the addition makes a member cleared internal while the vault asks for a second
    /// administrator's approval of destructions and erasures: then the new member and the one adding them
    /// (and whoever either of them adds) never approve each other's requests, only other members'
    /// (`EntryAuthorization.approvalLineage`, web red team 42, D1). A front end says so before adding.
    public func cannotApproveAddersRequests(_ addition: Addition) throws -> Bool {
        guard addition.clearance == .internal else { return false }
        return try VaultIndex.load(vault).asksDestructionApproval
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

    /// What `remove(name:)` would do, checked by its rules and writing
    /// nothing (a front end's confirmation step names it before it happens).
    public func plan(removing name: String) throws -> Removal {
        Removal(rotated: try MemberAdministration(vault: vault).removalPlan(name: name))
    }

    public func remove(name: String) throws -> Removal {
        let lock = try VaultLock(vault: vault.paths.root)
        defer { withExtendedLifetime(lock) {} }
        return Removal(rotated: try MemberAdministration(vault: vault).remove(name: name))
    }
}
