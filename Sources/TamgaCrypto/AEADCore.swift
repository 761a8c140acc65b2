internal import CSodium

/// The shared body of the two IETF AEADs libsodium offers with the same C
/// signature (XChaCha20-Poly1305 and ChaCha20-Poly1305). Both public types
/// are thin namings over this, so the length checks live in one place.
struct AEADCore: Sendable {
    typealias Encrypt = @Sendable (
        UnsafeMutablePointer<UInt8>, UnsafeMutablePointer<UInt64>?, UnsafePointer<UInt8>?, UInt64,
        UnsafePointer<UInt8>?, UInt64, UnsafePointer<UInt8>?, UnsafePointer<UInt8>, UnsafePointer<UInt8>
    ) -> Int32
    typealias Decrypt = @Sendable (
        UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<UInt64>?, UnsafeMutablePointer<UInt8>?,
        UnsafePointer<UInt8>, UInt64, UnsafePointer<UInt8>?, UInt64, UnsafePointer<UInt8>, UnsafePointer<UInt8>
    ) -> Int32

    let keyByteCount: Int
    let nonceByteCount: Int
    let tagByteCount: Int
    let encrypt: Encrypt
    let decrypt: Decrypt

    static let xChaCha20Poly1305 = AEADCore(
        keyByteCount: Int(crypto_aead_xchacha20poly1305_ietf_KEYBYTES),
        nonceByteCount: Int(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES),
        tagByteCount: Int(crypto_aead_xchacha20poly1305_ietf_ABYTES),
        encrypt: crypto_aead_xchacha20poly1305_ietf_encrypt,
        decrypt: crypto_aead_xchacha20poly1305_ietf_decrypt)

    static let chaCha20Poly1305 = AEADCore(
        keyByteCount: Int(crypto_aead_chacha20poly1305_ietf_KEYBYTES),
        nonceByteCount: Int(crypto_aead_chacha20poly1305_ietf_NPUBBYTES),
        tagByteCount: Int(crypto_aead_chacha20poly1305_ietf_ABYTES),
        encrypt: crypto_aead_chacha20poly1305_ietf_encrypt,
        decrypt: crypto_aead_chacha20poly1305_ietf_decrypt)

    /// Encrypts `plaintext` into `output` (plaintext.count + tag bytes);
    /// returns the number of bytes written.
    func seal(
        _ plaintext: UnsafeRawBufferPointer, nonce: UnsafeRawBufferPointer, key: SecretBytes,
        associatedData: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer
    ) throws(CryptoError) -> Int {
        Sodium.require()
        guard key.count == keyByteCount else { throw .invalidKey }
        guard nonce.count == nonceByteCount else { throw .invalidLength }
        guard output.count >= plaintext.count + tagByteCount else { throw .invalidLength }
        var written: UInt64 = 0
        let status = key.withUnsafeBytes { keyBytes in
            encrypt(
                output.nonNullBytePointer, &written, plaintext.bytePointer, plaintext.length,
                associatedData.bytePointer, associatedData.length, nil,
                nonce.nonNullBytePointer, keyBytes.nonNullBytePointer)
        }
        guard status == 0 else { throw .operationFailed }
        return Int(written)
    }

    /// Verifies and decrypts `ciphertext` (ciphertext ‖ tag) into `output`
    /// (at least ciphertext.count − tag bytes); returns the bytes written.
    /// Nothing is written unless the tag verifies.
    func open(
        _ ciphertext: UnsafeRawBufferPointer, nonce: UnsafeRawBufferPointer, key: SecretBytes,
        associatedData: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer
    ) throws(CryptoError) -> Int {
        Sodium.require()
        guard key.count == keyByteCount else { throw .invalidKey }
        guard nonce.count == nonceByteCount else { throw .invalidLength }
        guard ciphertext.count >= tagByteCount else { throw .authenticationFailed }
        guard output.count >= ciphertext.count - tagByteCount else { throw .invalidLength }
        var written: UInt64 = 0
        let status = key.withUnsafeBytes { keyBytes in
            decrypt(
                output.nonNullBytePointer, &written, nil, ciphertext.nonNullBytePointer, ciphertext.length,
                associatedData.bytePointer, associatedData.length,
                nonce.nonNullBytePointer, keyBytes.nonNullBytePointer)
        }
        guard status == 0 else { throw .authenticationFailed }
        return Int(written)
    }

    /// `plaintext` sealed into a fresh array: ciphertext ‖ tag.
    func seal(
        _ plaintext: UnsafeRawBufferPointer, nonce: UnsafeRawBufferPointer, key: SecretBytes,
        associatedData: UnsafeRawBufferPointer, prefix: UnsafeRawBufferPointer
    ) throws(CryptoError) -> [UInt8] {
        var failure: CryptoError?
        let sealed = makeBytes(count: prefix.count + plaintext.count + tagByteCount) { out in
            if let base = prefix.baseAddress { out.baseAddress!.copyMemory(from: base, byteCount: prefix.count) }
            do throws(CryptoError) {
                _ = try seal(plaintext, nonce: nonce, key: key, associatedData: associatedData,
                             into: UnsafeMutableRawBufferPointer(rebasing: out[prefix.count...]))
            } catch { failure = error }
        }
        if let failure { throw failure }
        return sealed
    }

    /// `ciphertext` (ciphertext ‖ tag) opened into fresh secure memory, which
    /// is wiped and released again if the tag does not verify.
    func open(
        _ ciphertext: UnsafeRawBufferPointer, nonce: UnsafeRawBufferPointer, key: SecretBytes,
        associatedData: UnsafeRawBufferPointer
    ) throws(CryptoError) -> SecretBytes {
        guard ciphertext.count >= tagByteCount else { throw .authenticationFailed }
        let plaintext = try SecretBytes(count: ciphertext.count - tagByteCount)
        let result = plaintext.withUnsafeMutableBytes { out in
            Result { () throws(CryptoError) in
                try open(ciphertext, nonce: nonce, key: key, associatedData: associatedData, into: out)
            }
        }
        _ = try result.get()
        return plaintext
    }
}
