import Foundation
import TamgaCrypto

/// A member's two public keys as one line of text a person can send by
/// e-mail or chat: `tamga-member:` + hex(X25519 ‖ Ed25519 ‖ checksum), where the
/// checksum is the first 4 bytes of BLAKE2b over the keys, so a mangled copy
/// is refused rather than added. The fingerprint is what to compare by phone.
public struct MemberPublicKey: Sendable, Equatable {
    public static let prefix = "tamga-member:"

    public let encryptionKey: [UInt8]
    public let signingKey: [UInt8]

    public init(encryptionKey: [UInt8], signingKey: [UInt8]) {
        self.encryptionKey = encryptionKey
        self.signingKey = signingKey
    }

    public init(text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix(Self.prefix), let bytes = try? Hex.decode(String(trimmed.dropFirst(Self.prefix.count))),
              bytes.count == 68 else {
            throw VaultError.invalidArgument("not a member key: expected `tamga-member:` and 136 hex digits, as `tamga member invite` prints")
        }
        let keys = Array(bytes[0..<64])
        guard Self.checksum(keys) == Array(bytes[64..<68]) else {
            throw VaultError.invalidArgument("the member key's checksum does not match: it was changed or mistyped")
        }
        self.init(encryptionKey: Array(keys[0..<32]), signingKey: Array(keys[32..<64]))
    }

    public var text: String {
        let keys = encryptionKey + signingKey
        return Self.prefix + Hex.encode(keys + Self.checksum(keys))
    }

    public var fingerprint: String { Fingerprint.of(encryptionKey: encryptionKey, signingKey: signingKey) }

    static func checksum(_ keys: [UInt8]) -> [UInt8] {
        Array(((try? BLAKE2b.hash(Array("tamga/v1/member-key-text".utf8) + keys, outputByteCount: 16)) ?? []).prefix(4))
    }
}
