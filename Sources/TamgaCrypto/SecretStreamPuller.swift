internal import CSodium

/// The reading half of `crypto_secretstream_xchacha20poly1305`, one chunk at
/// a time, over caller-owned buffers.
///
/// libsodium only reports each chunk's tag; refusing a bad stream is the
/// caller's job, so this type does it: a chunk shorter than the 17-byte
/// overhead, a non-final chunk of the wrong size, any tag but
/// `TAG_MESSAGE`/`TAG_FINAL`, an empty final chunk after data, anything after
/// the final chunk, and (through `finish()`) an end without a final chunk.
/// After any failure it refuses further use. The state is wiped when released.
public final class SecretStreamPuller {
    /// Plaintext bytes per non-final chunk (the same as the writer's).
    public let chunkSize: Int
    private let state: UnsafeMutablePointer<crypto_secretstream_xchacha20poly1305_state>
    private var chunksPulled = 0
    private var finished = false
    private var failed = false

    /// Starts reading a stream whose 24-byte `header` was written by a
    /// `SecretStreamPusher` under `key`.
    public init(
        key: SecretBytes, header: UnsafeRawBufferPointer, chunkSize: Int = SecretStream.defaultChunkSize
    ) throws(CryptoError) {
        Sodium.require()
        guard key.count == SecretStream.keyByteCount else { throw .invalidKey }
        guard SecretStream.chunkSizes.contains(chunkSize) else { throw .invalidLength }
        guard header.count == SecretStream.headerByteCount else { throw .truncatedStream }
        let state = StateMemory.allocate(crypto_secretstream_xchacha20poly1305_state.self)
        let status = key.withUnsafeBytes { keyBytes in
            crypto_secretstream_xchacha20poly1305_init_pull(
                state, header.nonNullBytePointer, keyBytes.nonNullBytePointer)
        }
        self.state = state
        self.chunkSize = chunkSize
        guard status == 0 else { throw .authenticationFailed }
    }

    deinit { StateMemory.release(state) }

    /// True once the final chunk has verified.
    public var isFinished: Bool { finished }

    /// Verifies and decrypts one chunk (17...chunkSize+17 bytes) into
    /// `output` (at least chunk.count − 17 bytes). Plaintext of a chunk that
    /// breaks a framing rule is zeroed before the error is thrown.
    /// - Returns: the plaintext byte count and whether this was the final chunk.
    public func pull(
        _ chunk: UnsafeRawBufferPointer,
        authenticating associatedData: UnsafeRawBufferPointer = UnsafeRawBufferPointer(start: nil, count: 0),
        into output: UnsafeMutableRawBufferPointer
    ) throws(CryptoError) -> (byteCount: Int, isFinal: Bool) {
        guard !failed else { throw .operationFailed }
        guard !finished else { failed = true; throw .trailingData }
        do throws(CryptoError) {
            return try pullChecked(chunk, associatedData: associatedData, output: output)
        } catch {
            failed = true
            throw error
        }
    }

    /// Call at the end of the input: throws `.truncatedStream` unless the
    /// final chunk has verified.
    public func finish() throws(CryptoError) {
        guard !failed else { throw .operationFailed }
        guard finished else { failed = true; throw .truncatedStream }
    }

    private func pullChecked(
        _ chunk: UnsafeRawBufferPointer, associatedData: UnsafeRawBufferPointer,
        output: UnsafeMutableRawBufferPointer
    ) throws(CryptoError) -> (byteCount: Int, isFinal: Bool) {
        let overhead = SecretStream.overheadByteCount
        guard chunk.count >= overhead else { throw .truncatedStream }
        guard chunk.count <= chunkSize + overhead else { throw .malformedStream }
        let plaintextCount = chunk.count - overhead
        guard output.count >= plaintextCount else { throw .invalidLength }
        var tag: UInt8 = 0xff
        let status = crypto_secretstream_xchacha20poly1305_pull(
            state, output.nonNullBytePointer, nil, &tag, chunk.nonNullBytePointer, chunk.length,
            associatedData.bytePointer, associatedData.length)
        guard status == 0 else { throw .authenticationFailed }
        let isFinal: Bool
        switch tag {
        case SecretStream.tagMessage where plaintextCount == chunkSize: isFinal = false
        case SecretStream.tagFinal where plaintextCount > 0 || chunksPulled == 0: isFinal = true
        default:
            if let base = output.baseAddress { sodium_memzero(base, plaintextCount) }
            throw .malformedStream
        }
        chunksPulled += 1
        finished = isFinal
        return (plaintextCount, isFinal)
    }
}
