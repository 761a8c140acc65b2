public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Streaming forms of `SecretStream`: constant memory for inputs of any size
/// (two plaintext chunks in secure memory and one ciphertext chunk, reused),
/// reading and writing at the handles' current offsets, so a caller can
/// write its own header first.
///
/// Streaming decryption writes each chunk's plaintext as soon as that chunk
/// verifies, before the end of the stream is known. If it throws, everything
/// already written is untrusted and must be deleted. Anything that will be
/// rendered or exported should use the whole-buffer `decrypt` instead.
extension SecretStream {
    /// Fills `buffer` from the input as far as it will go; returns the count
    /// (less than `buffer.count` only at the end of input, 0 at the end).
    public typealias ChunkReader = (UnsafeMutableRawBufferPointer) throws(CryptoError) -> Int
    /// Writes all of a buffer to the output.
    public typealias ChunkWriter = (UnsafeRawBufferPointer) throws(CryptoError) -> Void

    /// Encrypts everything `input` yields until end of file into `output`.
    public static func encrypt(
        from input: FileHandle, to output: FileHandle, using key: SecretBytes,
        authenticating associatedData: some ContiguousBytes = [UInt8](), chunkSize: Int = defaultChunkSize
    ) throws(CryptoError) {
        let (source, sink) = (input.fileDescriptor, output.fileDescriptor)
        try encrypt(
            reading: { buffer throws(CryptoError) in try readFully(source, into: buffer) },
            writing: { buffer throws(CryptoError) in try writeFully(sink, buffer) },
            using: key, authenticating: associatedData, chunkSize: chunkSize)
    }

    /// Decrypts a stream from `input` (header first) into `output`, and
    /// checks that nothing follows the final chunk. See the warning above.
    public static func decrypt(
        from input: FileHandle, to output: FileHandle, using key: SecretBytes,
        authenticating associatedData: some ContiguousBytes = [UInt8](), chunkSize: Int = defaultChunkSize
    ) throws(CryptoError) {
        let (source, sink) = (input.fileDescriptor, output.fileDescriptor)
        try decrypt(
            reading: { buffer throws(CryptoError) in try readFully(source, into: buffer) },
            writing: { buffer throws(CryptoError) in try writeFully(sink, buffer) },
            using: key, authenticating: associatedData, chunkSize: chunkSize)
    }

    /// Encrypts through chunk callbacks. `read` must fill its buffer unless
    /// the input has ended (see `ChunkReader`).
    public static func encrypt(
        reading read: ChunkReader, writing write: ChunkWriter, using key: SecretBytes,
        authenticating associatedData: some ContiguousBytes = [UInt8](), chunkSize: Int = defaultChunkSize
    ) throws(CryptoError) {
        let pusher = try SecretStreamPusher(key: key, chunkSize: chunkSize)
        try pusher.header.withBytes { header throws(CryptoError) in try write(header) }
        // Two plaintext buffers: the next chunk is read before the current one
        // is pushed, because only then do we know whether the current is last.
        var current = try SecretBytes(count: chunkSize)
        var next = try SecretBytes(count: chunkSize)
        var ciphertext = [UInt8](repeating: 0, count: chunkSize + overheadByteCount)
        try associatedData.withBytes { adBytes throws(CryptoError) in
            try ciphertext.withUnsafeMutableBytes { cipherBuffer in
                Result { () throws(CryptoError) in
                    var currentCount = try read(current.unsafeMutableBuffer)
                    while true {
                        var isFinal = currentCount < chunkSize
                        var nextCount = 0
                        if !isFinal {
                            nextCount = try read(next.unsafeMutableBuffer)
                            isFinal = nextCount == 0
                        }
                        let plain = UnsafeRawBufferPointer(rebasing: current.unsafeMutableBuffer[..<currentCount])
                        let written = try pusher.push(
                            plain, isFinal: isFinal, authenticating: adBytes, into: cipherBuffer)
                        try write(UnsafeRawBufferPointer(rebasing: cipherBuffer[..<written]))
                        if isFinal { return }
                        swap(&current, &next)
                        currentCount = nextCount
                    }
                }
            }.get()
        }
    }

    /// Decrypts through chunk callbacks: refuses truncation, trailing data
    /// and every framing error `SecretStreamPuller` checks.
    public static func decrypt(
        reading read: ChunkReader, writing write: ChunkWriter, using key: SecretBytes,
        authenticating associatedData: some ContiguousBytes = [UInt8](), chunkSize: Int = defaultChunkSize
    ) throws(CryptoError) {
        guard chunkSizes.contains(chunkSize) else { throw .invalidLength }
        var ciphertext = [UInt8](repeating: 0, count: chunkSize + overheadByteCount)
        let plaintext = try SecretBytes(count: chunkSize)
        try associatedData.withBytes { adBytes throws(CryptoError) in
            try ciphertext.withUnsafeMutableBytes { cipherBuffer in
                Result { () throws(CryptoError) in
                    let header = UnsafeMutableRawBufferPointer(rebasing: cipherBuffer[..<headerByteCount])
                    guard try read(header) == headerByteCount else { throw CryptoError.truncatedStream }
                    let puller = try SecretStreamPuller(
                        key: key, header: UnsafeRawBufferPointer(header), chunkSize: chunkSize)
                    while true {
                        let count = try read(cipherBuffer)
                        guard count > 0 else { return try puller.finish() }
                        let (plainCount, isFinal) = try puller.pull(
                            UnsafeRawBufferPointer(rebasing: cipherBuffer[..<count]), authenticating: adBytes,
                            into: plaintext.unsafeMutableBuffer)
                        try write(UnsafeRawBufferPointer(rebasing: plaintext.unsafeMutableBuffer[..<plainCount]))
                        if isFinal {
                            let probe = UnsafeMutableRawBufferPointer(rebasing: cipherBuffer[..<1])
                            guard try read(probe) == 0 else { throw CryptoError.trailingData }
                            return
                        }
                    }
                }
            }.get()
        }
    }

    /// Reads until `buffer` is full or the file ends, retrying on EINTR and
    /// short reads (pipes, terminals).
    static func readFully(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(CryptoError) -> Int {
        var total = 0
        while total < buffer.count {
            let count = read(descriptor, buffer.baseAddress! + total, buffer.count - total)
            if count < 0 {
                if errno == EINTR { continue }
                throw .ioFailed(errno: errno)
            }
            if count == 0 { break }
            total += count
        }
        return total
    }

    /// Writes all of `buffer`, retrying on EINTR and short writes.
    static func writeFully(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) throws(CryptoError) {
        var total = 0
        while total < buffer.count {
            let count = write(descriptor, buffer.baseAddress! + total, buffer.count - total)
            if count < 0 {
                if errno == EINTR { continue }
                throw .ioFailed(errno: errno)
            }
            total += count
        }
    }
}
