import Foundation
import TamgaCore
import TamgaCrypto

/// Who is who never travels in clear (issue 14, finding 11): a keyring on
/// disk lists members by fingerprint, clearance and flags only (what every
/// reader needs to judge log entries), and their names sealed to the newest
/// internal key epoch, which only members cleared internal hold. A State
/// member or a contributor sees fingerprints; a git host or a sync peer sees
/// neither names nor who is who.
public struct KeyringNames: Codable, Sendable, Equatable {
    /// The internal key epoch the names are sealed to.
    public var epoch: Int
    /// `crypto_box_seal` of the JSON `{fingerprint: name}` (hex).
    public var sealed: String

    /// Seals the names of `body`'s members and blanks them in what is written.
    static func seal(_ body: inout KeyringBody) throws {
        guard let internalEpoch = body.currentEpoch(of: Level.internal.rawValue),
              let publicKey = try? Hex.decode(internalEpoch.publicKey) else {
            throw VaultError.keyringRejected(problem: "no internal key to seal the member names to")
        }
        var names: [String: String] = [:]
        for member in body.members where !member.name.isEmpty { names[member.fingerprint] = member.name }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var json = Array(try encoder.encode(names))
        defer { for index in json.indices { json[index] = 0 } }
        body.names = KeyringNames(epoch: internalEpoch.epoch, sealed: Hex.encode(try SealedBox.seal(json, to: publicKey)))
        for index in body.members.indices { body.members[index].name = "" }
    }

    /// The body with its members' names filled in, when `keys` open them.
    static func reveal(_ body: KeyringBody, keys: LevelKeySet) -> KeyringBody {
        guard let names = body.names, let epoch = body.levels[Level.internal.rawValue]?.first(where: { $0.epoch == names.epoch }),
              let publicKey = try? Hex.decode(epoch.publicKey), let keyID = try? VaultObject.keyID(of: publicKey),
              let pair = keys.keyPair(level: .internal, keyID: keyID), let sealed = try? Hex.decode(names.sealed),
              let opened = try? SealedBox.open(sealed, with: pair),
              let map = opened.withUnsafeBytes({ try? JSONDecoder().decode([String: String].self, from: Data($0)) }) else { return body }
        var revealed = body
        for index in revealed.members.indices { revealed.members[index].name = map[revealed.members[index].fingerprint] ?? "" }
        return revealed
    }
}

extension MemberRecord {
    /// The name when the reader may know it, else the grouped fingerprint.
    public var displayName: String { name.isEmpty ? "member \(Fingerprint.grouped(fingerprint))" : name }
}
