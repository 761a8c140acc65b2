internal import CSodium

/// The one random generator for key material: libsodium's `randombytes_buf`
/// (getrandom on Linux). Keys, nonces, salts and share coefficients all come
/// from here, so there is a single generator to audit.
public enum SecureRandom {
    /// `count` random public bytes (nonces, salts, identifiers).
    public static func bytes(count: Int) -> [UInt8] {
        precondition(count >= 0, "negative byte count")
        Sodium.require()
        return makeBytes(count: count) { fill($0) }
    }

    /// `count` random secret bytes in secure memory (keys, seeds).
    public static func secretBytes(count: Int) throws(CryptoError) -> SecretBytes {
        try SecretBytes.random(count: count)
    }

    /// Fills `buffer` with random bytes in place.
    public static func fill(_ buffer: UnsafeMutableRawBufferPointer) {
        Sodium.require()
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        randombytes_buf(base, buffer.count)
    }
}
