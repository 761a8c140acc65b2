/// What reading the keyring folder found: the chain in force, the keyring
/// files that are not part of it (for `tamga check`), and whether a fork
/// between administrators stops writing.
public struct KeyringChainReport: Sendable {
    /// Every keyring from the first to the one in force, each verified against its predecessor.
    public let chain: [KeyringStore.Verified]
    /// Keyring files that are ignored, and why (file name relative to the vault).
    public let refused: [KeyringStore.Refusal]
    /// Set when two keyrings signed by administrators active in the keyring
    /// before them both count (two copies changed members apart) and this
    /// machine reads the branch it saw: reads go on, but nothing may be
    /// written, since the other branch may remove a member or start key
    /// epochs the chain here does not know. Says which files fork.
    public let unresolvedFork: String?
    /// Keyrings (file hashes) that count, or are undecided, on a branch this
    /// machine does not follow: present and signed, not missing. Log entries
    /// binding them are another branch's, not a sign that a keyring was deleted.
    public let unfollowed: Set<String>

    /// Throws when writes must stop (an unresolved fork).
    public func requireWritable() throws {
        if let unresolvedFork { throw VaultError.keyringRejected(problem: unresolvedFork) }
    }
}
