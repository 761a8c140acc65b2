internal import CSodium

/// Sub-keys from one master key (`crypto_kdf_derive_from_key`, BLAKE2b),
/// so one random file key can yield, say, the stream key (`"tmgpaylo"`) and
/// the commitment key (`"tmgcommi"`) without either revealing the other.
public enum KeyDerivation {
    /// Master keys are 32 bytes.
    public static let masterKeyByteCount = Int(crypto_kdf_KEYBYTES)
    /// Sub-keys may be 16...64 bytes.
    public static let subkeyByteCounts = Int(crypto_kdf_BYTES_MIN)...Int(crypto_kdf_BYTES_MAX)
    /// Contexts are exactly 8 bytes.
    public static let contextByteCount = Int(crypto_kdf_CONTEXTBYTES)

    /// Sub-key number `id` under `context` (exactly 8 UTF-8 bytes, such as
    /// `"tmgpaylo"`), `byteCount` long (32 by default).
    public static func subkey(
        id: UInt64, context: String, from masterKey: SecretBytes, byteCount: Int = 32
    ) throws(CryptoError) -> SecretBytes {
        Sodium.require()
        let contextBytes = Array(context.utf8)
        guard contextBytes.count == contextByteCount else { throw .invalidLength }
        guard subkeyByteCounts.contains(byteCount) else { throw .invalidLength }
        guard masterKey.count == masterKeyByteCount else { throw .invalidKey }
        let subkey = try SecretBytes(count: byteCount)
        let status = contextBytes.withUnsafeBytes { contextBuffer in
            masterKey.withUnsafeBytes { master in
                crypto_kdf_derive_from_key(
                    subkey.unsafeMutableBuffer.nonNullBytePointer, byteCount, id,
                    contextBuffer.baseAddress!.assumingMemoryBound(to: CChar.self), master.nonNullBytePointer)
            }
        }
        guard status == 0 else { throw .operationFailed }
        return subkey
    }
}
