internal import CSodium

/// The writing half of `crypto_secretstream_xchacha20poly1305`, one chunk
/// at a time, over caller-owned buffers (no array per chunk: copying each
/// chunk halves throughput).
///
/// It enforces the one framing the reader accepts: every chunk but the last
/// holds exactly `chunkSize` plaintext bytes and carries `TAG_MESSAGE`; the
/// last holds 0...`chunkSize` bytes and carries `TAG_FINAL`; the last chunk is
/// empty only when the whole plaintext is (so each length has one encoding,
/// as in age). The stream state holds the key and is wiped when released.
public final class SecretStreamPusher {
    /// The 24-byte stream header; write it before the first chunk.
    public let header: [UInt8]
    /// Plaintext bytes per non-final chunk.
    public let chunkSize: Int
    private let state: UnsafeMutablePointer<crypto_secretstream_xchacha20poly1305_state>
    private var chunksPushed = 0
    private var finished = false

    /// Starts a stream under `key` (32 bytes) with a fresh random header.
    public init(key: SecretBytes, chunkSize: Int = SecretStream.defaultChunkSize) throws(CryptoError) {
        Sodium.require()
        guard key.count == SecretStream.keyByteCount else { throw .invalidKey }
        guard SecretStream.chunkSizes.contains(chunkSize) else { throw .invalidLength }
        let state = StateMemory.allocate(crypto_secretstream_xchacha20poly1305_state.self)
        var status: Int32 = 0
        header = makeBytes(count: SecretStream.headerByteCount) { out in
            status = key.withUnsafeBytes { keyBytes in
                crypto_secretstream_xchacha20poly1305_init_push(
                    state, out.nonNullBytePointer, keyBytes.nonNullBytePointer)
            }
        }
        self.state = state
        self.chunkSize = chunkSize
        guard status == 0 else { throw .operationFailed }
    }

    deinit { StateMemory.release(state) }

    /// True once the final chunk has been pushed.
    public var isFinished: Bool { finished }

    /// Encrypts one chunk into `output`, which needs `plaintext.count + 17`
    /// bytes; returns the number of bytes written.
    /// - Throws: `.invalidLength` for a non-final chunk that is not exactly
    ///   `chunkSize` bytes, a final chunk longer than that, an empty final
    ///   chunk after data, or a short `output`; `.operationFailed` after the
    ///   final chunk.
    public func push(
        _ plaintext: UnsafeRawBufferPointer, isFinal: Bool,
        authenticating associatedData: UnsafeRawBufferPointer = UnsafeRawBufferPointer(start: nil, count: 0),
        into output: UnsafeMutableRawBufferPointer
    ) throws(CryptoError) -> Int {
        guard !finished else { throw .operationFailed }
        if isFinal {
            guard plaintext.count <= chunkSize else { throw .invalidLength }
            guard plaintext.count > 0 || chunksPushed == 0 else { throw .invalidLength }
        } else {
            guard plaintext.count == chunkSize else { throw .invalidLength }
        }
        let written = try push(
            plaintext, tag: isFinal ? SecretStream.tagFinal : SecretStream.tagMessage,
            authenticating: associatedData, into: output)
        chunksPushed += 1
        finished = isFinal
        return written
    }

    /// One chunk with any tag and no framing checks. Internal: the public
    /// `push` is the only way to write a stream; tests use this to build the
    /// malformed streams the puller must refuse.
    func push(
        _ plaintext: UnsafeRawBufferPointer, tag: UInt8, authenticating associatedData: UnsafeRawBufferPointer,
        into output: UnsafeMutableRawBufferPointer
    ) throws(CryptoError) -> Int {
        let written = plaintext.count + SecretStream.overheadByteCount
        guard output.count >= written else { throw .invalidLength }
        let status = crypto_secretstream_xchacha20poly1305_push(
            state, output.nonNullBytePointer, nil, plaintext.bytePointer, plaintext.length,
            associatedData.bytePointer, associatedData.length, tag)
        guard status == 0 else { throw .operationFailed }
        return written
    }
}
