import Foundation

/// An Ed25519 public key in minisign's format, which `minisign -V -P KEY` and
/// `minisign -V -p FILE` read:
///
///     untrusted comment: minisign public key 36BE2BFEB7E3BF23
///     RWQjv+O3/iu+NvK0…   (base64 of "Ed" ‖ key id[8] ‖ public key[32])
///
/// minisign picks the 8-byte key id at random; tamga derives it from the key
/// (`tamgaKeyID(for:)`), so the vault's export key always shows the same id
/// and the id can be recomputed by anyone holding the public key. The id only
/// lets a verifier notice a wrong key early: it is not a fingerprint and
/// carries no security (crypto.md pitfall 22).
public struct MinisignPublicKey: Sendable, Equatable {
    /// The two-byte algorithm tag of a key ("Ed").
    static let algorithm: [UInt8] = Array("Ed".utf8)
    /// The key id exactly as stored (the hex shown to people is its reverse).
    public let keyID: [UInt8]
    /// The 32-byte Ed25519 public key.
    public let publicKey: [UInt8]

    /// A key with an explicit id (from minisign, or read from a file).
    /// - Throws: `.malformedPublicKey` unless the id has 8 bytes and the key 32.
    public init(keyID: [UInt8], publicKey: [UInt8]) throws(MinisignError) {
        guard keyID.count == 8, publicKey.count == Ed25519.publicKeyByteCount else { throw .malformedPublicKey }
        self.keyID = keyID
        self.publicKey = publicKey
    }

    /// The key for a tamga signing key, with the id derived from it.
    public init(tamgaSigningKey publicKey: [UInt8]) throws(MinisignError) {
        guard publicKey.count == Ed25519.publicKeyByteCount else { throw .malformedPublicKey }
        try self.init(keyID: Self.tamgaKeyID(for: publicKey), publicKey: publicKey)
    }

    /// tamga's key id: the first 8 bytes of
    /// BLAKE2b-256("tamga/v1/minisign-keyid" ‖ public key). Deterministic, so
    /// re-exporting the vault's key never changes its id.
    public static func tamgaKeyID(for publicKey: [UInt8]) -> [UInt8] {
        let digest = (try? BLAKE2b.hash(Array("tamga/v1/minisign-keyid".utf8) + publicKey, outputByteCount: 32)) ?? []
        return Array(digest.prefix(8))
    }

    /// Reads a key: either a whole public key file (comment line, then the
    /// base64 line) or the base64 line alone, as `minisign -P` takes it.
    /// Surrounding blank lines and CRLF line ends are accepted.
    /// - Throws: `.malformedPublicKey` for anything else.
    public init(text: String) throws(MinisignError) {
        let utf8 = Array(text.utf8)
        guard utf8.count <= 4096 else { throw .malformedPublicKey }
        // Bytes, not Characters: Swift treats "\r\n" as one Character.
        let lines = utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { $0.last == 0x0D ? Array($0.dropLast()) : Array($0) }
            .filter { !$0.isEmpty }
        let encoded: [UInt8]
        switch lines.count {
        case 1: encoded = lines[0]
        case 2:
            guard lines[0].starts(with: Array("untrusted comment: ".utf8)) else { throw .malformedPublicKey }
            encoded = lines[1]
        default: throw .malformedPublicKey
        }
        guard let bytes = StrictBase64.decode(bytes: encoded, padded: true), bytes.count == 42,
              Array(bytes[0..<2]) == Self.algorithm else { throw .malformedPublicKey }
        try self.init(keyID: Array(bytes[2..<10]), publicKey: Array(bytes[10..<42]))
    }

    /// The key id as minisign prints it: upper-case hex of the stored bytes in
    /// reverse order (the little-endian 64-bit number).
    public var keyIDText: String { Hex.encode(Array(keyID.reversed())).uppercased() }

    /// The base64 line, the form `minisign -P` takes.
    public var base64: String { StrictBase64.encode(Self.algorithm + keyID + publicKey, padded: true) }

    /// The whole public key file, as `minisign -G` writes it.
    public var fileText: String {
        "untrusted comment: minisign public key \(keyIDText)\n\(base64)\n"
    }
}
