/// The keyring: who the members are, what each may read, and the public keys
/// every writer encrypts to. Signed (see `SignedEnvelope`) and chained by
/// `previous`, so a swapped public key or member is detected before anything
/// is encrypted to it (docs/VAULT-FORMAT.md, Keyring).
public struct KeyringBody: Codable, Sendable, Equatable {
    public static let formatName = "tamga-keyring/2"

    public var format: String = KeyringBody.formatName
    /// Empty in the first keyring, whose hash *is* the vault id.
    public var vault: String
    public var sequence: Int
    /// SHA-256 of the previous keyring file, nil in the first.
    public var previous: String?
    public var issued: String
    public var members: [MemberRecord]
    /// Level name to its key epochs, oldest first.
    public var levels: [String: [LevelEpoch]]
    /// The NPM's export-signing Ed25519 public key in force (hex): the last of `signingKeys`.
    public var signingKey: String
    /// Every export-signing key the vault has had, oldest first: old exports
    /// still verify, and each key after the first is certified by the one
    /// before it (`ExportKeyRecord.certificate`). A new one on every member removal.
    public var signingKeys: [ExportKeyRecord]
    /// The index key epochs, each committed (`IndexKeyCommitment`): a sealed
    /// index key swapped by someone who can write files is refused after
    /// unsealing. A new epoch on every removal, so a removed member cannot
    /// compute the folder names of documents added after they left.
    public var indexKeys: [IndexKeyRecord]
    public var recovery: RecoveryRecord
    /// The audit-log heads its writer saw. A member this keyring removes
    /// signs nothing afterwards: their entries count only when they are these
    /// heads or their ancestors (`EntryAuthorization`).
    public var logHeads: [String]?
    /// The members' names, sealed to members cleared internal (`KeyringNames`);
    /// `members[].name` is empty on disk.
    public var names: KeyringNames?
    /// True in a vault whose documents are sealed to data keys of their own
    /// (format 3, issue 18), from its first keyring on: signed, so that
    /// editing the unsigned config.json cannot turn data keys off.
    public var dataKeys: Bool?

    /// The active member with this name, if any.
    public func activeMember(named name: String) -> MemberRecord? {
        members.first { $0.name == name && $0.active }
    }

    /// Any member, present or removed, with this fingerprint (log entries of
    /// removed members must still verify).
    public func member(fingerprint: String) -> MemberRecord? {
        members.first { $0.fingerprint == fingerprint }
    }

    /// The newest epoch of a level.
    public func currentEpoch(of level: String) -> LevelEpoch? {
        levels[level]?.max { $0.epoch < $1.epoch }
    }
}

/// One epoch of the index key, as the keyring commits it.
public struct IndexKeyRecord: Codable, Sendable, Equatable {
    public var epoch: Int
    public var commitment: String
}

/// One export-signing key of the vault's history.
public struct ExportKeyRecord: Codable, Sendable, Equatable {
    public var epoch: Int
    /// Ed25519 public key (hex).
    public var publicKey: String
    /// The previous key's signature over `certifiedBytes` (hex); nil for the first key.
    public var certificate: String?
    /// When it replaced the previous key.
    public var issued: String

    /// What the previous key signs to certify this one.
    public static func certifiedBytes(vault: String, epoch: Int, publicKey: String) -> [UInt8] {
        Array("tamga/v2/export-key-certificate\0\(vault)\0\(epoch)\0\(publicKey)".utf8)
    }
}

/// A member as the keyring lists them.
public struct MemberRecord: Codable, Sendable, Equatable {
    public var name: String
    public var fingerprint: String
    /// X25519 public key (hex): level keys are sealed to it.
    public var encryptionKey: String
    /// Ed25519 public key (hex): verifies the member's log entries and keyrings.
    public var signingKey: String
    public var clearance: Clearance
    public var administrator: Bool
    public var active: Bool
}

/// One epoch of a level's key pair.
public struct LevelEpoch: Codable, Sendable, Equatable {
    public var epoch: Int
    /// X25519 public key (hex).
    public var publicKey: String
}

/// The recovery identity: every level epoch is also sealed to it, and it may
/// sign a keyring (that is how `tamga recover` restores access).
public struct RecoveryRecord: Codable, Sendable, Equatable {
    public var encryptionKey: String
    public var signingKey: String
    public var threshold: Int
    public var shares: Int
    /// The SHA-256 (hex) of every `recovery.sealed` file, by its path in the
    /// vault, as `tamga recovery reshare` wrote them for this key. Absent for
    /// the key made at `init`. Signed with the keyring, so that a synced copy
    /// accepts a re-sealed recovery key only as the administrator wrote it: a
    /// keyless writer cannot ride a real rotation with sealed keys of its own.
    public var sealed: [String: String]?
}
