/// An age X25519 identity, `AGE-SECRET-KEY-1…`: the secret key that opens
/// files encrypted to the matching `age1…` recipient.
///
/// Stanza rules (C2SP age.md): only stanzas whose type is exactly `X25519`
/// are considered; such a stanza must have one argument, the canonical
/// base64 of 32 bytes, and a 32-byte body, else the header is malformed; an
/// all-zero shared secret (a low-order share) aborts; a body that does not
/// open means the stanza is for someone else.
public struct AgeX25519Identity: AgeIdentity {
    private let keyPair: X25519KeyPair

    /// The identity holding `secretKey` (32 bytes).
    public init(secretKey: SecretBytes) throws(AgeError) {
        do { keyPair = try X25519KeyPair(secretKey: secretKey) } catch {
            throw AgeError(.invalidKey, "an X25519 identity has 32 bytes")
        }
    }

    /// A fresh random identity.
    public static func generate() throws(AgeError) -> AgeX25519Identity {
        do { return try AgeX25519Identity(secretKey: SecureRandom.secretBytes(count: 32)) } catch {
            throw AgeError(.io, "no secure memory for a new identity")
        }
    }

    /// Parses `AGE-SECRET-KEY-1…` (upper case, as age-keygen writes it).
    /// - Throws: `.unsupportedRecipientType` for `AGE-SECRET-KEY-PQ-1…`
    ///   (ML-KEM hybrid); `.invalidKey` otherwise. The message never quotes the key.
    public init(parsing text: String) throws(AgeError) {
        if text.hasPrefix("AGE-SECRET-KEY-PQ-1") {
            throw AgeError(.unsupportedRecipientType, "post-quantum (ML-KEM hybrid) identities are not supported")
        }
        guard text.hasPrefix("AGE-SECRET-KEY-1"),
              var data = try? Bech32.decode(text, expecting: "age-secret-key-") else {
            throw AgeError(.invalidKey, "not an age identity (AGE-SECRET-KEY-1…)")
        }
        let secret: SecretBytes
        do { secret = try SecretBytes(copyingAndWiping: &data) } catch { throw AgeError(.io, "no secure memory") }
        try self.init(secretKey: secret)
    }

    /// The matching recipient.
    public var recipient: AgeX25519Recipient {
        // The public key of a valid key pair always has 32 bytes.
        try! AgeX25519Recipient(publicKey: keyPair.publicKey)
    }

    /// The identity as `AGE-SECRET-KEY-1…` text, for an identity file.
    /// This is the secret key: write it only to a file only its owner reads.
    public func exportSecretKeyText() -> String {
        keyPair.secretKey.withUnsafeBytes { bytes in
            var copy = Array(bytes)
            defer { wipe(&copy) }
            return ((try? Bech32.encode(humanReadablePart: "age-secret-key-", data: copy)) ?? "").uppercased()
        }
    }

    public func unwrap(_ stanzas: [AgeStanza]) throws(AgeError) -> SecretBytes? {
        for stanza in stanzas where stanza.type == AgeX25519Recipient.stanzaType {
            guard stanza.arguments.count == 1,
                  let share = StrictBase64.decode(stanza.arguments[0], padded: false), share.count == 32 else {
                throw .header("malformed X25519 stanza")
            }
            guard stanza.body.count == AgeCrypto.wrappedFileKeyByteCount else {
                throw .header("the X25519 stanza body is not a 16-byte file key")
            }
            let shared: SecretBytes
            do { shared = try keyPair.sharedSecret(with: share) } catch {
                throw .header("the X25519 share is a low-order point")
            }
            let wrapKey = try AgeCrypto.derive(shared, salt: share + keyPair.publicKey, info: AgeX25519Recipient.label)
            if let fileKey = try AgeCrypto.unwrap(stanza.body, with: wrapKey) { return fileKey }
        }
        return nil
    }
}
