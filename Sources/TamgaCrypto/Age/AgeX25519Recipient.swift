/// An age X25519 recipient, `age1…` (Bech32 of the 32-byte public key).
///
/// For each file it makes a fresh ephemeral key pair, derives the wrap key
/// with HKDF-SHA-256(shared secret, ephemeral share ‖ recipient,
/// "age-encryption.org/v1/X25519") and seals the file key under it.
public struct AgeX25519Recipient: AgeRecipient, Equatable, CustomStringConvertible {
    static let label = "age-encryption.org/v1/X25519"
    static let stanzaType = "X25519"
    /// Recipient prefixes of types tamga does not implement.
    static let unsupportedPrefixes = ["age1pq", "age1tag", "age1tagpq"]

    /// The 32-byte X25519 public key.
    public let publicKey: [UInt8]

    public init(publicKey: [UInt8]) throws(AgeError) {
        guard publicKey.count == X25519KeyPair.keyByteCount else { throw AgeError(.invalidKey, "an X25519 key has 32 bytes") }
        self.publicKey = publicKey
    }

    /// Parses `age1…` (lowercase, as age prints it).
    /// - Throws: `.unsupportedRecipientType` for `age1pq1…` and the tag
    ///   types; `.invalidKey` for anything else that is not an X25519 recipient.
    public init(parsing text: String) throws(AgeError) {
        // Named before the checksum is checked, so the error says what the
        // key is rather than that it is broken.
        if let prefix = Self.unsupportedPrefixes.first(where: { text.hasPrefix($0 + "1") }) {
            throw AgeError(.unsupportedRecipientType, "\(prefix)… recipients (post-quantum or hardware) are not supported")
        }
        let decoded: (humanReadablePart: String, data: [UInt8])
        do { decoded = try Bech32.decode(text) } catch { throw AgeError(.invalidKey, "not an age recipient (age1…)") }
        guard decoded.humanReadablePart == "age", text.utf8.first == UInt8(ascii: "a") else {
            throw AgeError(.invalidKey, "not an age recipient (age1…)")
        }
        try self.init(publicKey: decoded.data)
    }

    /// The `age1…` text.
    public var description: String {
        (try? Bech32.encode(humanReadablePart: "age", data: publicKey)) ?? "age1?"
    }

    public func wrap(fileKey: SecretBytes) throws(AgeError) -> [AgeStanza] {
        do {
            let ephemeral = try X25519KeyPair.generate()
            let shared = try ephemeral.sharedSecret(with: publicKey)
            let wrapKey = try AgeCrypto.derive(shared, salt: ephemeral.publicKey + publicKey, info: Self.label)
            let body = try AgeCrypto.wrap(fileKey, with: wrapKey)
            return [AgeStanza(type: Self.stanzaType, arguments: [StrictBase64.encode(ephemeral.publicKey, padded: false)], body: body)]
        } catch let error as AgeError {
            throw error
        } catch {
            throw AgeError(.invalidKey, "the recipient's key is unusable (low order)")
        }
    }
}
