import Foundation
import TamgaCore
import TamgaCrypto
#if canImport(Glibc)
import Glibc
#endif

/// Reads an attachment object back, in constant memory. Clearance is the
/// keys: the object's file key is sealed to its level's key, so a member
/// without that level's key (a State member and an internal attachment, a
/// contributor and any) gets `ObjectFormatError.noKey` here, whatever the
/// command line asks for.
///
/// The metadata leads the stream (a length-prefixed JSON message in the first
/// 64 KiB chunk), so listing reads and authenticates that chunk only and
/// never decrypts the content.
public enum AttachmentReader {
    /// What `read` found: the metadata, and the SHA-256 and length of the content it streamed.
    public struct Content: Sendable {
        public let metadata: PartMetadata
        public let sha256: String
        public let byteCount: Int64
    }

    /// Decrypts the first chunk only: the metadata, authenticated. Throws
    /// `ObjectFormatError.noKey` when the member holds no key for its level.
    public static func metadata(of url: URL, keys: LevelKeySet) throws -> PartMetadata {
        let opened = try open(url, keys: keys)
        defer { close(opened.fd) }
        let overhead = SecretStream.overheadByteCount, chunkSize = SecretStream.defaultChunkSize
        var cipher = [UInt8](repeating: 0, count: chunkSize + overhead)
        var plain = [UInt8](repeating: 0, count: chunkSize)
        // The first chunk holds the start of the content too: wiped before it is released.
        defer { plain.withUnsafeMutableBytes { _ = memset($0.baseAddress!, 0, $0.count) } }
        do {
            let streamHeader = try cipher.withUnsafeMutableBytes {
                try readFully(opened.fd, into: UnsafeMutableRawBufferPointer(rebasing: $0[..<SecretStream.headerByteCount]))
            }
            guard streamHeader == SecretStream.headerByteCount else { throw CryptoError.truncatedStream }
            let puller = try cipher.withUnsafeBytes {
                try SecretStreamPuller(key: try streamKey(opened.fileKey), header: UnsafeRawBufferPointer(rebasing: $0[..<SecretStream.headerByteCount]))
            }
            let count = try cipher.withUnsafeMutableBytes { try readFully(opened.fd, into: $0) }
            let plainCount = try cipher.withUnsafeBytes { chunk in
                try opened.associatedData.withUnsafeBytes { ad in
                    try plain.withUnsafeMutableBytes { output in
                        try puller.pull(UnsafeRawBufferPointer(rebasing: chunk[..<count]), authenticating: ad, into: output).byteCount
                    }
                }
            }
            let metadata = try plain.withUnsafeBytes { try parseMetadata(UnsafeRawBufferPointer(rebasing: $0[..<plainCount])).metadata }
            return try checked(metadata, header: opened.header, url: url)
        } catch let error as VaultError {
            throw error
        } catch {
            throw VaultError.damaged(path: url.lastPathComponent, problem: "the encrypted metadata is damaged")
        }
    }

    /// Decrypts the whole attachment, handing the content to `content` chunk
    /// by chunk while hashing it. `fileKey` is given only by the writer that
    /// just made the object (its read-back check); everyone else opens it with
    /// their level keys. An error thrown by `content` is rethrown as it is.
    public static func read(_ url: URL, keys: LevelKeySet, fileKey: SecretBytes? = nil,
                            content: (UnsafeRawBufferPointer) throws -> Void) throws -> Content {
        let opened = try open(url, keys: keys, fileKey: fileKey)
        defer { close(opened.fd) }
        var metadata: PartMetadata?
        var hasher = SHA256Hasher()
        var fileHasher = opened.fileHasher()
        var byteCount: Int64 = 0
        var sinkFailure: (any Error)?
        do {
            try SecretStream.decrypt(
                reading: { buffer throws(CryptoError) in
                    let count = try readFully(opened.fd, into: buffer)
                    fileHasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[..<count]))
                    return count
                },
                writing: { chunk throws(CryptoError) in
                    var rest = UnsafeRawBufferPointer(rebasing: chunk[...])
                    if metadata == nil {
                        let parsed: (metadata: PartMetadata, contentStart: Int)
                        do { parsed = try parseMetadata(rest) } catch { throw .malformedStream }
                        metadata = parsed.metadata
                        rest = UnsafeRawBufferPointer(rebasing: chunk[parsed.contentStart...])
                    }
                    hasher.update(bufferPointer: rest)
                    byteCount += Int64(rest.count)
                    do { try content(rest) } catch {
                        sinkFailure = error
                        throw .ioFailed(errno: EIO)
                    }
                },
                using: try streamKey(opened.fileKey), authenticating: opened.associatedData)
        } catch {
            if let sinkFailure { throw sinkFailure }
            throw VaultError.damaged(path: url.lastPathComponent, problem: "the encrypted payload is damaged (\(error))")
        }
        guard let metadata else { throw VaultError.damaged(path: url.lastPathComponent, problem: ObjectFormatError.metadata.description) }
        try checkName(of: url, opened.fd, &fileHasher)
        return Content(metadata: try checked(metadata, header: opened.header, url: url),
                       sha256: Hex.encode(hasher.finalize()), byteCount: byteCount)
    }

    /// Decrypts the whole attachment to check it, returning its metadata.
    public static func verify(_ url: URL, keys: LevelKeySet) throws -> PartMetadata {
        try read(url, keys: keys) { _ in }.metadata
    }

    /// An object opened past its header, positioned at the stream.
    struct Opened {
        let fd: Int32
        let header: ObjectHeader
        let associatedData: [UInt8]
        let fileKey: SecretBytes
        /// The file's bytes before the stream (header and commitment).
        let headerBytes: ArraySlice<UInt8>

        /// A SHA-256 of the whole file, fed the header already: the caller adds every stream byte it reads.
        func fileHasher() -> SHA256Hasher {
            var hasher = SHA256Hasher()
            headerBytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
            return hasher
        }
    }

    /// An object's name is the SHA-256 of its file. Whoever can write files
    /// in a synced copy could put another attachment's ciphertext (which
    /// opens with the same level key) under this name, and the black-outs
    /// and restriction recorded for this name would not follow it: so a
    /// full read checks the bytes against the name, the end of the file
    /// included; so does a listing (`checkName(of:)`). A file
    /// not named by a hash, a new object before its rename, is not checked.
    static func checkName(of url: URL, _ fd: Int32, _ hasher: inout SHA256Hasher) throws {
        let name = url.lastPathComponent
        guard name.utf8.count == 64, name.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else { return }
        var rest = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = try rest.withUnsafeMutableBytes { try readFully(fd, into: $0) }
            guard count > 0 else { break }
            rest.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        }
        let digest = hasher.finalize()
        hasher = SHA256Hasher()
        guard Hex.encode(digest) == name else {
            throw VaultError.damaged(path: name, problem: "its bytes do not match its name (another object's content was put in its place)")
        }
    }

    /// The whole file against its name, nothing decrypted: what a listing
    /// checks before it shows a name, caption or SHA-256 from the first chunk
    /// (evidence round 3, N5: a keyless writer who copied one attachment of a
    /// document over another made `tamga attachments` show the other's).
    static func checkName(of url: URL) throws {
        let input = Glibc.open(url.path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard input >= 0 else { throw StorageError(operation: "open", path: url.path, code: errno) }
        defer { close(input) }
        var hasher = SHA256Hasher()
        try checkName(of: url, input, &hasher)
    }

    /// The object's clear header alone (no key needed): which key opens it.
    static func header(of url: URL) throws -> ObjectHeader {
        let input = Glibc.open(url.path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard input >= 0 else { throw StorageError(operation: "open", path: url.path, code: errno) }
        defer { close(input) }
        var headerBytes = [UInt8](repeating: 0, count: 45 + 16 * ObjectHeader.maximumParents + 32 + 80 + 32)
        let got = try headerBytes.withUnsafeMutableBytes { try readFully(input, into: $0) }
        headerBytes.removeSubrange(got...)
        return try ObjectHeader.decode(headerBytes).0
    }

    static func open(_ url: URL, keys: LevelKeySet, fileKey known: SecretBytes? = nil) throws -> Opened {
        let input = Glibc.open(url.path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard input >= 0 else { throw StorageError(operation: "open", path: url.path, code: errno) }
        do {
            var headerBytes = [UInt8](repeating: 0, count: 45 + 16 * ObjectHeader.maximumParents + 32 + 80 + 32)
            let got = try headerBytes.withUnsafeMutableBytes { try readFully(input, into: $0) }
            headerBytes.removeSubrange(got...)
            let (header, offset) = try ObjectHeader.decode(headerBytes)
            let streamStart = offset + ObjectHeader.commitmentByteCount
            guard headerBytes.count >= streamStart, header.kind == .attachment else {
                throw VaultError.damaged(path: url.lastPathComponent, problem: "not an attachment")
            }
            let fileKey: SecretBytes
            if let known {
                fileKey = known
            } else {
                guard let pair = keys.keyPair(level: header.level, keyID: header.keyID) else { throw ObjectFormatError.noKey }
                fileKey = try SealedBox.open(header.sealedFileKey, with: pair)
            }
            guard VaultObject.constantTimeEqual(try VaultObject.commitment(over: Array(headerBytes[0..<offset]), fileKey: fileKey),
                                                Array(headerBytes[offset..<streamStart])) else {
                throw VaultError.damaged(path: url.lastPathComponent, problem: ObjectFormatError.commitmentMismatch.description)
            }
            guard lseek(input, off_t(streamStart), SEEK_SET) == off_t(streamStart) else {
                throw StorageError(operation: "seek", path: url.path, code: errno)
            }
            return Opened(fd: input, header: header, associatedData: SHA256.hash(headerBytes[0..<streamStart]), fileKey: fileKey,
                          headerBytes: headerBytes[0..<streamStart])
        } catch {
            close(input)
            throw error
        }
    }

    static func streamKey(_ fileKey: SecretBytes) throws -> SecretBytes {
        try KeyDerivation.subkey(id: VaultObject.streamKeyID, context: "tmgpaylo", from: fileKey)
    }

    /// The metadata message at the start of the first chunk, and where the content starts.
    static func parseMetadata(_ chunk: UnsafeRawBufferPointer) throws -> (metadata: PartMetadata, contentStart: Int) {
        guard chunk.count >= 4 else { throw ObjectFormatError.metadata }
        let length = chunk.prefix(4).reduce(0) { $0 << 8 | Int($1) }
        guard length <= AttachmentStore.maximumMetadataBytes, chunk.count >= 4 + length,
              let metadata = try? JSONDecoder().decode(PartMetadata.self, from: Data(chunk[4..<(4 + length)])) else {
            throw ObjectFormatError.metadata
        }
        return (metadata, 4 + length)
    }

    /// The metadata, when it agrees with the header it was sealed under.
    static func checked(_ metadata: PartMetadata, header: ObjectHeader, url: URL) throws -> PartMetadata {
        guard metadata.level == header.level.rawValue, metadata.kind == "attachment" else {
            throw VaultError.damaged(path: url.lastPathComponent, problem: ObjectFormatError.metadata.description)
        }
        return metadata
    }

    static func readFully(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(CryptoError) -> Int {
        var total = 0
        while total < buffer.count {
            let n = Glibc.read(fd, buffer.baseAddress! + total, buffer.count - total)
            if n < 0 { if errno == EINTR { continue }; throw .ioFailed(errno: errno) }
            if n == 0 { break }
            total += n
        }
        return total
    }
}
