import Foundation
import TamgaCore

/// What must hold before a new document is drafted, the one way `tamga new`
/// checks it (and, later, the web front end's "write" form: issue 20, one
/// use case per action), before any text is typed: a State member writes
/// nothing; the kind must be one the policy in force has; the id must not
/// be in the vault already (a new revision goes through `edit`). The draft,
/// once written, is stored by `DocumentAddition`.
public struct NewDocumentCheck: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// Checks that `id` of `kind` may be written; returns the policy in force to validate the draft against.
    public func check(id: String, kind: String) throws -> Policy {
        let policy = try mayWrite()
        guard policy.kinds[kind] != nil else {
            throw VaultError.invalidArgument("the policy has no document kind \(kind.shellQuoted); it has: "
                + policy.kinds.keys.sorted().joined(separator: ", "))
        }
        guard try !DocumentStore(vault: vault).exists(id) else {
            throw VaultError.invalidArgument("\(id) is in the vault already; change it with `tamga edit \(id)`")
        }
        return policy
    }

    /// Checks that this member may write new documents at all (a State
    /// member may not); returns the policy in force (its kinds and roles).
    public func mayWrite() throws -> Policy {
        guard vault.member.clearance != .state else {
            throw VaultError.notCleared(member: vault.member.name, needed: "writing documents (members cleared internal, or contributors)")
        }
        return try PolicyStore(paths: vault.paths).current(vault).policy
    }
}
