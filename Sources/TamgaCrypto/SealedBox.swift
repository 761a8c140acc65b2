internal import CSodium
public import Foundation

/// Anonymous sealed boxes (`crypto_box_seal`): encrypt to an X25519 public
/// key with a one-time sender key. The vault wraps each object's file key to
/// a level key, and each level key to a member, this way (80 bytes for a
/// 32-byte key).
///
/// A sealed box says nothing about who sealed it: anyone with the public key
/// can make one. Authenticity must come from elsewhere (the signed keyring).
public enum SealedBox {
    /// Bytes a sealed box adds to its message: 48 (ephemeral key + MAC).
    public static let overheadByteCount = Int(crypto_box_sealbytes())

    /// Seals `message` to `recipientPublicKey` (32 bytes).
    /// - Throws: `.invalidKey` for a wrong-length or low-order public key.
    public static func seal(
        _ message: some ContiguousBytes, to recipientPublicKey: some ContiguousBytes
    ) throws(CryptoError) -> [UInt8] {
        Sodium.require()
        return try recipientPublicKey.withBytes { publicKey throws(CryptoError) in
            guard publicKey.count == Int(crypto_box_PUBLICKEYBYTES) else { throw .invalidKey }
            return try message.withBytes { input throws(CryptoError) in
                var status: Int32 = 0
                let sealed = makeBytes(count: input.count + overheadByteCount) { out in
                    status = crypto_box_seal(
                        out.nonNullBytePointer, input.bytePointer, input.length, publicKey.nonNullBytePointer)
                }
                guard status == 0 else { throw .invalidKey }
                return sealed
            }
        }
    }

    /// Opens a sealed box addressed to `keyPair`.
    /// - Returns: the message, in secure memory.
    /// - Throws: `.authenticationFailed` when the box was not sealed to this
    ///   key or was altered.
    public static func open(_ sealed: some ContiguousBytes, with keyPair: X25519KeyPair) throws(CryptoError) -> SecretBytes {
        Sodium.require()
        return try sealed.withBytes { input throws(CryptoError) in
            guard input.count >= overheadByteCount else { throw .authenticationFailed }
            let message = try SecretBytes(count: input.count - overheadByteCount)
            let status = keyPair.publicKey.withUnsafeBytes { publicKey in
                keyPair.secretKey.withUnsafeBytes { secretKey in
                    crypto_box_seal_open(
                        message.unsafeMutableBuffer.nonNullBytePointer, input.nonNullBytePointer, input.length,
                        publicKey.nonNullBytePointer, secretKey.nonNullBytePointer)
                }
            }
            guard status == 0 else { throw .authenticationFailed }
            return message
        }
    }
}
