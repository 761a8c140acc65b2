extension UnlockedVault {
    /// The one rule for changes that write a new signed keyring (members,
    /// recovery shares): only an administrator cleared internal, who holds
    /// every level key to seal onwards, and not on a forked keyring, where a
    /// keyring after one branch would only deepen the fork.
    func requireKeyringAdministrator(for action: String) throws {
        guard member.administrator, member.clearance == .internal else {
            throw VaultError.notCleared(member: member.name, needed: "\(action) (an internal administrator)")
        }
        if let fork = keyringFork { throw VaultError.keyringRejected(problem: fork) }
    }
}
