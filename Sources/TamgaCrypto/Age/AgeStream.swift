/// age's payload: STREAM over ChaCha20-Poly1305 in 64 KiB chunks.
///
/// payload key = HKDF-SHA-256(file key, salt: 16-byte nonce, info: "payload");
/// chunk i is sealed under nonce = i as 11 big-endian bytes ‖ last flag
/// (0x01 for the final chunk). The final chunk may be short but is empty
/// only when the whole payload is. The reader enforces every rule that
/// makes truncation or extension visible: the input must end in a chunk that
/// opens with the final flag, and nothing may follow it.
enum AgeStream {
    static let chunkByteCount = 64 << 10
    static let tagByteCount = 16
    static let sealedChunkByteCount = chunkByteCount + tagByteCount
    static let nonceByteCount = 16

    static func payloadKey(fileKey: SecretBytes, nonce: [UInt8]) throws(AgeError) -> SecretBytes {
        try AgeCrypto.derive(fileKey, salt: nonce, info: "payload")
    }

    static func chunkNonce(_ counter: UInt64, last: Bool) -> [UInt8] {
        var nonce = [UInt8](repeating: 0, count: 12)
        for index in 0..<8 { nonce[3 + index] = UInt8(truncatingIfNeeded: counter >> (8 * UInt64(7 - index))) }
        nonce[11] = last ? 1 : 0
        return nonce
    }

    /// Decrypts the payload from `reader`, giving each chunk's plaintext to
    /// `sink` as soon as that chunk has authenticated. A failure after some
    /// chunks therefore leaves the earlier, authentic chunks delivered; a
    /// caller that must release nothing unverified buffers or writes to a
    /// temporary file and commits only when this returns.
    static func decrypt(from reader: AgeByteReader, key: SecretBytes,
                        to sink: (UnsafeRawBufferPointer) throws(AgeError) -> Void) throws(AgeError) {
        let sealed = UnsafeMutableRawBufferPointer.allocate(byteCount: sealedChunkByteCount, alignment: 16)
        defer { sealed.deallocate() }
        let plaintext: SecretBytes
        do { plaintext = try SecretBytes(count: chunkByteCount) } catch { throw AgeError(.io, "no secure memory") }
        var counter: UInt64 = 0
        while true {
            let count = try reader.read(into: sealed)
            guard count > 0 else { throw .payload("the payload is truncated (no final chunk)") }
            var last = count < sealedChunkByteCount
            guard count >= tagByteCount else { throw .payload("the last payload chunk is truncated") }
            if last, counter > 0, count == tagByteCount { throw .payload("the final payload chunk is empty") }
            let input = UnsafeRawBufferPointer(rebasing: sealed[0..<count])
            var opened = open(input, key: key, nonce: chunkNonce(counter, last: last), into: plaintext)
            if opened == nil, !last {
                opened = open(input, key: key, nonce: chunkNonce(counter, last: true), into: plaintext)
                last = true
            }
            guard let length = opened else { throw .payload("a payload chunk failed to authenticate") }
            try withAgeBytes(plaintext) { bytes throws(AgeError) in try sink(UnsafeRawBufferPointer(rebasing: bytes[0..<length])) }
            counter += 1
            if last {
                guard try reader.isAtEnd() else { throw .payload("data after the final payload chunk") }
                return
            }
        }
    }

    private static func open(_ input: UnsafeRawBufferPointer, key: SecretBytes, nonce: [UInt8], into plaintext: SecretBytes) -> Int? {
        plaintext.withUnsafeMutableBytes { output in
            nonce.withUnsafeBytes { nonceBytes in
                try? ChaCha20Poly1305.open(bufferPointer: input, using: key, nonce: nonceBytes,
                                           authenticating: UnsafeRawBufferPointer(start: nil, count: 0), into: output)
            }
        }
    }
}

/// Encrypts a payload chunk by chunk. The last chunk is known only at
/// `finish()`, so a full buffer is sealed when more data arrives.
final class AgeStreamEncryptor {
    private let key: SecretBytes
    private let sink: (UnsafeRawBufferPointer) throws(AgeError) -> Void
    private let buffer: SecretBytes
    private var filled = 0
    private var counter: UInt64 = 0
    private let sealed = UnsafeMutableRawBufferPointer.allocate(byteCount: AgeStream.sealedChunkByteCount, alignment: 16)

    init(key: SecretBytes, sink: @escaping (UnsafeRawBufferPointer) throws(AgeError) -> Void) throws(AgeError) {
        self.key = key
        self.sink = sink
        do { buffer = try SecretBytes(count: AgeStream.chunkByteCount) } catch { throw AgeError(.io, "no secure memory") }
    }

    deinit { sealed.deallocate() }

    func write(_ bytes: UnsafeRawBufferPointer) throws(AgeError) {
        var offset = 0
        while offset < bytes.count {
            if filled == AgeStream.chunkByteCount { try seal(last: false) }
            let take = min(bytes.count - offset, AgeStream.chunkByteCount - filled)
            buffer.withUnsafeMutableBytes { $0.baseAddress!.advanced(by: filled).copyMemory(from: bytes.baseAddress! + offset, byteCount: take) }
            filled += take
            offset += take
        }
    }

    func finish() throws(AgeError) {
        try seal(last: true)
    }

    private func seal(last: Bool) throws(AgeError) {
        let nonce = AgeStream.chunkNonce(counter, last: last)
        let plain = UnsafeRawBufferPointer(rebasing: buffer.unsafeMutableBuffer[0..<filled])
        let count: Int
        do {
            count = try withExtendedLifetime(buffer) { () throws(CryptoError) -> Int in
                try nonce.withBytes { nonceBytes throws(CryptoError) in
                    try ChaCha20Poly1305.seal(bufferPointer: plain, using: key, nonce: nonceBytes,
                                              authenticating: UnsafeRawBufferPointer(start: nil, count: 0), into: sealed)
                }
            }
        } catch { throw AgeError(.io, "sealing a payload chunk failed") }
        try sink(UnsafeRawBufferPointer(rebasing: sealed[0..<count]))
        filled = 0
        counter += 1
    }
}
