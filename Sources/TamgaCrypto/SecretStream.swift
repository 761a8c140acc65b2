internal import CSodium
public import Foundation

/// Chunked authenticated encryption of any length with
/// `crypto_secretstream_xchacha20poly1305`: the vault's payload format.
///
/// Layout: header (24 B) ‖ chunk₁ ‖ … ‖ chunkₙ, where every chunk is
/// plaintext + 17 bytes, every chunk but the last carries exactly `chunkSize`
/// plaintext bytes, and only the last carries the final tag. The same
/// associated data (for the vault, the hash of the object header) is bound to
/// every chunk. Reordered, dropped, duplicated, truncated or extended streams
/// are refused (`SecretStreamPuller` lists the rules).
///
/// The whole-buffer `decrypt` releases nothing until the final chunk has
/// verified; use it for anything that will be rendered or exported. The
/// streaming forms (`SecretStream+Streaming.swift`) keep memory constant for
/// files of any size.
public enum SecretStream {
    /// 64 KiB of plaintext per chunk, like age.
    public static let defaultChunkSize = 64 * 1024
    /// Chunk sizes the types accept (1 byte to 16 MiB).
    public static let chunkSizes = 1...(16 * 1024 * 1024)
    /// 32-byte keys.
    public static let keyByteCount = Int(crypto_secretstream_xchacha20poly1305_KEYBYTES)
    /// The 24-byte header that starts every stream.
    public static let headerByteCount = Int(crypto_secretstream_xchacha20poly1305_HEADERBYTES)
    /// Bytes each chunk adds to its plaintext: 17 (1 tag byte + 16 MAC).
    public static let overheadByteCount = Int(crypto_secretstream_xchacha20poly1305_ABYTES)

    static let tagMessage = UInt8(crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
    static let tagFinal = UInt8(crypto_secretstream_xchacha20poly1305_TAG_FINAL)

    /// The ciphertext length for `plaintextCount` bytes: header + data + 17
    /// per chunk (an empty plaintext still has one, final, chunk).
    public static func ciphertextByteCount(plaintextCount: Int, chunkSize: Int = defaultChunkSize) -> Int {
        let chunks = max(1, (plaintextCount + chunkSize - 1) / chunkSize)
        return headerByteCount + plaintextCount + chunks * overheadByteCount
    }

    /// Encrypts all of `plaintext`: header ‖ chunks, one output array.
    public static func encrypt(
        _ plaintext: some ContiguousBytes, using key: SecretBytes,
        authenticating associatedData: some ContiguousBytes = [UInt8](),
        chunkSize: Int = defaultChunkSize
    ) throws(CryptoError) -> [UInt8] {
        let pusher = try SecretStreamPusher(key: key, chunkSize: chunkSize)
        return try plaintext.withBytes { input throws(CryptoError) in
            try associatedData.withBytes { adBytes throws(CryptoError) in
                var failure: CryptoError?
                let total = ciphertextByteCount(plaintextCount: input.count, chunkSize: chunkSize)
                let output = makeBytes(count: total) { out in
                    pusher.header.withUnsafeBytes { out.copyMemory(from: $0) }
                    var read = 0, written = headerByteCount
                    repeat {
                        let take = min(chunkSize, input.count - read)
                        let isFinal = read + take == input.count
                        do throws(CryptoError) {
                            written += try pusher.push(
                                UnsafeRawBufferPointer(rebasing: input[read..<(read + take)]), isFinal: isFinal,
                                authenticating: adBytes, into: UnsafeMutableRawBufferPointer(rebasing: out[written...]))
                        } catch { failure = error; return }
                        read += take
                    } while !pusher.isFinished
                }
                if let failure { throw failure }
                return output
            }
        }
    }

    /// Verifies and decrypts a whole stream from `encrypt`.
    /// - Returns: the plaintext in secure memory, only once the final chunk
    ///   has verified and nothing follows it. On any failure the partial
    ///   plaintext is wiped and released before the error is thrown.
    public static func decrypt(
        _ ciphertext: some ContiguousBytes, using key: SecretBytes,
        authenticating associatedData: some ContiguousBytes = [UInt8](),
        chunkSize: Int = defaultChunkSize
    ) throws(CryptoError) -> SecretBytes {
        guard chunkSizes.contains(chunkSize) else { throw .invalidLength }
        return try ciphertext.withBytes { input throws(CryptoError) in
            guard input.count >= headerByteCount else { throw .truncatedStream }
            let body = input.count - headerByteCount
            guard body > 0 else { throw .truncatedStream }
            let fullChunk = chunkSize + overheadByteCount
            let remainder = body % fullChunk
            guard remainder == 0 || remainder >= overheadByteCount else { throw .truncatedStream }
            let plaintextCount = body / fullChunk * chunkSize + (remainder == 0 ? 0 : remainder - overheadByteCount)
            let puller = try SecretStreamPuller(
                key: key, header: UnsafeRawBufferPointer(rebasing: input[..<headerByteCount]), chunkSize: chunkSize)
            let plaintext = try SecretBytes(count: plaintextCount)
            try associatedData.withBytes { adBytes throws(CryptoError) in
                let out = plaintext.unsafeMutableBuffer
                var offset = headerByteCount, written = 0
                while offset < input.count {
                    let end = min(offset + fullChunk, input.count)
                    let (count, _) = try puller.pull(
                        UnsafeRawBufferPointer(rebasing: input[offset..<end]), authenticating: adBytes,
                        into: UnsafeMutableRawBufferPointer(rebasing: out[written...]))
                    offset = end
                    written += count
                }
                try puller.finish()
            }
            return plaintext
        }
    }
}
