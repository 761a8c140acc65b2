import Foundation
import TamgaCrypto

/// What a successor body's member hands the former administrator, out of
/// band, so that a hand-over can be sealed to them (issue 18): one line of
/// text, `tamga-successor:` + hex(successor vault id (32) ‖ the successor's
/// export key (Ed25519, 32) ‖ the member's X25519 key (32) ‖ their Ed25519
/// key (32) ‖ checksum (4)), the checksum being the first 4 bytes of BLAKE2b
/// over the rest, so a mangled copy is refused rather than used.
///
/// The successor makes its own vault first (`tamga init`, then `tamga
/// member invite`/`add` for its members), so every secret key of it (level
/// keys, index key, export key, recovery) is made on the successor's
/// machines and never reaches the former body's: the invitation holds public
/// keys only. The two sides compare the member's fingerprint and the export
/// key's minisign id by phone: a line swapped in transit would send every
/// transferred record to whoever made it.
public struct SuccessorInvitation: Sendable, Equatable {
    public static let prefix = "tamga-successor:"

    public let vaultID: String
    /// The successor's export key in force (Ed25519 public key).
    public let exportKey: [UInt8]
    /// The member's keys, as `tamga member invite` prints them.
    public let member: MemberPublicKey

    public init(vaultID: String, exportKey: [UInt8], member: MemberPublicKey) {
        self.vaultID = vaultID
        self.exportKey = exportKey
        self.member = member
    }

    public init(text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix(Self.prefix), let bytes = try? Hex.decode(String(trimmed.dropFirst(Self.prefix.count))),
              bytes.count == 132 else {
            throw VaultError.invalidArgument("not a successor invitation: expected `tamga-successor:` and 264 hex digits, "
                + "as `tamga handover invitation` prints in the successor's vault")
        }
        let keys = Array(bytes[0..<128])
        guard Self.checksum(keys) == Array(bytes[128..<132]) else {
            throw VaultError.invalidArgument("the successor invitation's checksum does not match: it was changed or mistyped")
        }
        self.init(vaultID: Hex.encode(Array(keys[0..<32])), exportKey: Array(keys[32..<64]),
                  member: MemberPublicKey(encryptionKey: Array(keys[64..<96]), signingKey: Array(keys[96..<128])))
    }

    public var text: String {
        let keys = ((try? Hex.decode(vaultID)) ?? []) + exportKey + member.encryptionKey + member.signingKey
        return Self.prefix + Hex.encode(keys + Self.checksum(keys))
    }

    /// The successor's export key as minisign shows it (its id is what to compare by phone).
    public var exportPublicKey: MinisignPublicKey {
        get throws { try MinisignPublicKey(tamgaSigningKey: exportKey) }
    }

    static func checksum(_ keys: [UInt8]) -> [UInt8] {
        Array(((try? BLAKE2b.hash(Array("tamga/v1/successor-invitation".utf8) + keys, outputByteCount: 16)) ?? []).prefix(4))
    }

    /// The invitation of this vault's member: run in the successor's vault by
    /// a member cleared internal (the one who will accept the hand-over).
    public static func make(in vault: UnlockedVault) throws -> SuccessorInvitation {
        guard vault.member.clearance == .internal, vault.member.administrator else {
            throw VaultError.notCleared(member: vault.member.name, needed: "receiving a hand-over (an administrator cleared internal)")
        }
        return SuccessorInvitation(vaultID: vault.vaultID, exportKey: try Hex.decode(vault.keyring.body.signingKey),
                                   member: MemberPublicKey(encryptionKey: vault.identity.encryption.publicKey,
                                                           signingKey: vault.identity.signing.publicKey))
    }

    /// Several invitations for one hand-over: every one must name the same
    /// successor vault and export key, and no member twice.
    public static func validate(_ invitations: [SuccessorInvitation]) throws {
        guard let first = invitations.first else { throw VaultError.invalidArgument("give the successor's invitation with --to") }
        guard invitations.allSatisfy({ $0.vaultID == first.vaultID && $0.exportKey == first.exportKey }) else {
            throw VaultError.invalidArgument("the invitations name different successor vaults or export keys; "
                + "every --to must come from the one successor vault")
        }
        guard Set(invitations.map(\.member.fingerprint)).count == invitations.count else {
            throw VaultError.invalidArgument("one successor member is given twice with --to")
        }
    }
}
