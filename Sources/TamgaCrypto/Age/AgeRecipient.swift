/// Someone an age file can be encrypted to: wraps the file key in stanzas.
/// tamga implements X25519 (`AgeX25519Recipient`) and passphrases
/// (`AgeScryptRecipient`).
public protocol AgeRecipient: Sendable {
    /// The stanzas that carry `fileKey` (16 bytes) to this recipient.
    func wrap(fileKey: SecretBytes) throws(AgeError) -> [AgeStanza]
    /// True when the recipient must be the only one in the file (scrypt).
    var requiresBeingAlone: Bool { get }
}

/// Something that can open an age file: finds its stanza and unwraps the
/// file key. tamga implements `AgeX25519Identity` and `AgeScryptIdentity`.
public protocol AgeIdentity: Sendable {
    /// The file key from the first stanza addressed to this identity, nil
    /// when none is (stanzas of other types are ignored).
    /// - Throws: `.header` for a malformed stanza of this identity's type.
    func unwrap(_ stanzas: [AgeStanza]) throws(AgeError) -> SecretBytes?
}

extension AgeRecipient {
    public var requiresBeingAlone: Bool { false }
}

/// The primitives the age stanzas share, with errors mapped to `AgeError`.
enum AgeCrypto {
    static let fileKeyByteCount = 16
    /// A wrapped file key: 16 bytes plus the 16-byte Poly1305 tag.
    static let wrappedFileKeyByteCount = 32
    static let zeroNonce = [UInt8](repeating: 0, count: 12)

    /// HKDF-SHA-256 to a 32-byte key.
    static func derive(_ key: SecretBytes, salt: [UInt8], info: String) throws(AgeError) -> SecretBytes {
        do {
            return try HKDFSHA256.deriveKey(inputKeyMaterial: key, salt: salt, info: Array(info.utf8), outputByteCount: 32)
        } catch { throw AgeError(.io, "key derivation failed: \(error)") }
    }

    /// ChaCha20-Poly1305 of the file key under `wrapKey`, zero nonce.
    static func wrap(_ fileKey: SecretBytes, with wrapKey: SecretBytes) throws(AgeError) -> [UInt8] {
        do { return try ChaCha20Poly1305.seal(fileKey, using: wrapKey, nonce: zeroNonce) } catch {
            throw AgeError(.io, "wrapping the file key failed: \(error)")
        }
    }

    /// The file key from a stanza body, or nil when it does not open (the
    /// stanza is for someone else). The length is checked first, as the spec
    /// requires, so a long body cannot act as a partitioning oracle.
    static func unwrap(_ body: [UInt8], with wrapKey: SecretBytes) throws(AgeError) -> SecretBytes? {
        guard body.count == wrappedFileKeyByteCount else { throw .header("the stanza body is not a 16-byte file key") }
        return try? ChaCha20Poly1305.open(body, using: wrapKey, nonce: zeroNonce)
    }

    /// A fresh random file key.
    static func newFileKey() throws(AgeError) -> SecretBytes {
        do { return try SecureRandom.secretBytes(count: fileKeyByteCount) } catch {
            throw AgeError(.io, "no secure memory for the file key")
        }
    }
}
