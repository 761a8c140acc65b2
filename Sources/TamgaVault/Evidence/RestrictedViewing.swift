import Foundation
import TamgaCore
import TamgaCrypto

/// Restricted viewing of intimate images (Istanbul Protocol; issue 17): a
/// restricted attachment opens only for the members named as its viewers,
/// by their own keys, not for everyone cleared internal.
///
/// Its object is sealed, in place of the internal level key, to a
/// restriction key made for it alone: a fresh X25519 key pair whose public
/// key's id is in the object's header. The restriction key's secret is
/// sealed to each viewer's member key and carried in the signed log entry
/// that stores or restricts the image (`LogAction.viewers`, itself sealed
/// to internal), so no new kind of file is added to the vault and every copy
/// merges it as it merges the log. A member who is not a viewer holds no key
/// that opens the image, whatever their clearance: the storage layer, not a
/// check in a command, keeps it from them.
///
/// What this does not do: a viewer can save the image (`attachment get`) and
/// show it to anyone; a removed viewer keeps the key to the copies they
/// could open until a viewer re-encrypts them (`tamga rekey`, run by a
/// viewer).
public enum RestrictedViewing {
    /// A new restriction key, and its secret sealed to each viewer.
    public struct Grant: Sendable {
        public let keyPair: X25519KeyPair
        /// Sealed secret (base64) by viewer fingerprint.
        public let sealed: [String: String]
        /// BLAKE2b-128 (hex) of the public key: the id in the object's header.
        public let keyID: String
    }

    /// Makes a restriction key for `viewers` (members cleared internal,
    /// active): refused for anyone else, and for no viewer at all.
    public static func grant(to viewers: [MemberRecord]) throws -> Grant {
        guard !viewers.isEmpty else {
            throw VaultError.invalidArgument("a restricted attachment needs at least one viewer (a member cleared internal): name one with --viewer")
        }
        let pair = try X25519KeyPair.generate()
        var sealed: [String: String] = [:]
        for viewer in viewers {
            guard viewer.active, viewer.clearance == .internal else {
                throw VaultError.notCleared(member: viewer.name, needed: "viewing restricted attachments (members cleared internal)")
            }
            let publicKey = try Hex.decode(viewer.encryptionKey)
            sealed[viewer.fingerprint] = Data(try SealedBox.seal(pair.secretKey, to: publicKey)).base64EncodedString()
        }
        return Grant(keyPair: pair, sealed: sealed, keyID: Hex.encode(try VaultObject.keyID(of: pair.publicKey)))
    }

    /// The active members cleared internal named `names`, plus the member
    /// acting when they are cleared internal (whoever restricts an image can
    /// always see it again); unknown names are refused.
    public static func viewers(named names: [String], in vault: UnlockedVault) throws -> [MemberRecord] {
        var viewers: [MemberRecord] = []
        if vault.member.clearance == .internal { viewers.append(vault.member) }
        for name in names {
            guard let record = vault.keyring.body.activeMember(named: name) else { throw VaultError.unknownMember(name: name) }
            if !viewers.contains(where: { $0.fingerprint == record.fingerprint }) { viewers.append(record) }
        }
        return viewers
    }

    /// What the log says of restricted attachments: every restriction key id,
    /// and the key pairs this member was granted.
    public struct Keys: Sendable {
        public var keyIDs: Set<String> = []
        public var held: [X25519KeyPair] = []
        /// Viewer fingerprints by restriction key id: what every claim agrees on.
        public var viewers: [String: Set<String>] = [:]
        /// Each claim's viewer set, by restriction key id (`check` holds them to the image's own record).
        public var claims: [String: [Set<String>]] = [:]
    }

    /// What the log grants: the restriction keys as `EvidenceLog` validates
    /// them (internal members only: the actions are sealed to internal).
    public static func keys(in vault: UnlockedVault) throws -> Keys {
        try EvidenceLog.load(vault).restriction
    }

    /// Takes in one claim of a restriction key, and this member's grant in
    /// it if the sealed secret opens to that very key (which only someone
    /// holding the key could have sealed). Every claim counts; the viewer
    /// set kept is what all claims agree on (`EvidenceLog`).
    static func collect(keyID: String, viewers: [String: String], member identity: MemberIdentity, into keys: inout Keys) {
        keys.keyIDs.insert(keyID)
        keys.viewers[keyID] = keys.viewers[keyID].map { $0.intersection(viewers.keys) } ?? Set(viewers.keys)
        keys.claims[keyID, default: []].append(Set(viewers.keys))
        guard !keys.held.contains(where: { (try? Hex.encode(VaultObject.keyID(of: $0.publicKey))) == keyID }),
              let sealed = viewers[identity.fingerprint], let bytes = Data(base64Encoded: sealed),
              let secret = try? SealedBox.open([UInt8](bytes), with: identity.encryption),
              let pair = try? X25519KeyPair(secretKey: secret),
              (try? Hex.encode(VaultObject.keyID(of: pair.publicKey))) == keyID else { return }
        keys.held.append(pair)
    }

    /// The member's level keys and the restriction keys they hold: what
    /// opens every attachment this member may open.
    public static func attachmentKeys(for vault: UnlockedVault) throws -> LevelKeySet {
        try attachmentKeys(for: vault, from: keys(in: vault))
    }

    /// The same, from restriction keys already read.
    public static func attachmentKeys(for vault: UnlockedVault, from keys: Keys) throws -> LevelKeySet {
        var set = vault.levelKeys
        for (index, pair) in keys.held.enumerated() {
            // Below every real epoch, so no level key of an epoch is shadowed.
            try set.insert(pair, level: .internal, epoch: -1 - index)
        }
        return set
    }

    /// The viewers of restriction key `keyID` still active and cleared
    /// internal, and whether any viewer is not (removed, or cleared lower
    /// since): then the image must be re-encrypted for the remaining ones.
    static func viewers(of keyID: String, keys: Keys, members: [MemberRecord]) -> (remaining: [MemberRecord], stale: Bool) {
        let granted = keys.viewers[keyID] ?? []
        let remaining = members.filter { granted.contains($0.fingerprint) && $0.active && $0.clearance == .internal }
        return (remaining, remaining.count < granted.count)
    }

    /// Whether an object's header names a restriction key rather than a level key.
    public static func isRestricted(_ header: ObjectHeader, keys: Keys) -> Bool {
        keys.keyIDs.contains(Hex.encode(header.keyID))
    }
}
