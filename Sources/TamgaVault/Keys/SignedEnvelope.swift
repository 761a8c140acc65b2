import Foundation

/// A signed JSON body as stored on disk: the body is kept as the exact string
/// that was signed, so verification never depends on re-encoding JSON the same
/// way twice. Used for keyrings and log entries.
public struct SignedEnvelope: Codable, Sendable, Equatable {
    /// The signed JSON text.
    public var body: String
    /// The signer's fingerprint, or `recovery`.
    public var signer: String
    /// Ed25519 signature (hex) over `domain ‖ body bytes`.
    public var signature: String

    /// The bytes a signature covers: a domain label keeps a keyring signature
    /// from ever verifying as a log entry and the reverse.
    public static func signedBytes(domain: String, body: String) -> [UInt8] {
        Array("tamga/v1/\(domain)\0".utf8) + Array(body.utf8)
    }

    public func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }

    public static func decode(_ bytes: [UInt8]) throws -> SignedEnvelope {
        try JSONDecoder().decode(SignedEnvelope.self, from: Data(bytes))
    }
}
