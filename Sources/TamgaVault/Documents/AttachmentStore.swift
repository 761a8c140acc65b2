import Foundation
import TamgaCore
import TamgaCrypto
#if canImport(Glibc)
import Glibc
#endif

/// Photos, scans and audio of any size, attached to a document: streamed
/// through secretstream in 64 KiB chunks so memory stays constant, written to
/// a temporary file and renamed into place under its hash like every object.
///
/// The metadata (document id, file name, size) travels in a first, separate
/// secretstream message of the same object, so listing attachments never
/// decrypts their content.
public struct AttachmentStore: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// Metadata must fit well inside the first 64 KiB chunk.
    static let maximumMetadataBytes = 4096

    /// Encrypts `file` as an attachment of document `id` at `level`; returns the object's hash.
    @discardableResult
    /// `progress` is told the bytes read so far and the file's size (for a terminal's progress line).
    public func attach(_ file: URL, to id: String, level: Level, progress: ((Int64, Int64) -> Void)? = nil) throws -> String {
        guard !(try DocumentStore(vault: vault).revisionHeaders(blind: try vault.blindID(id), index: try vault.commitIndex())).isEmpty else {
            throw VaultError.unknownDocument(id: id)
        }
        // The same rule readers apply (EntryAuthorization): a State member
        // attaches nothing, a contributor only to a document it added itself.
        switch vault.member.clearance {
        case .internal: break
        case .state: throw VaultError.notCleared(member: vault.member.name, needed: "attaching (members cleared internal, or contributors)")
        case .contributor:
            guard try VaultIndex.load(vault).writers(ofBlind: try vault.blindID(id)) == [vault.member.fingerprint] else {
                throw VaultError.notCleared(member: vault.member.name, needed: "attaching to a document a contributor did not add")
            }
        }
        let input = open(file.path, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw StorageError(operation: "open", path: file.path, code: errno) }
        defer { close(input) }
        var info = stat()
        guard fstat(input, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw VaultError.invalidArgument("\(file.path) is not a regular file")
        }
        let key = try vault.currentKey(level)
        let revision = SecureRandom.bytes(count: 16)
        let fileKey = try SecureRandom.secretBytes(count: 32)
        let fields = ObjectHeaderFields(kind: .attachment, level: level, epoch: UInt32(key.epoch), revision: revision)
        let prefix = try VaultObject.headerPrefix(fields, fileKey: fileKey, levelKey: key.publicKey)
        let metadata = PartMetadata(document: id, level: level.rawValue, revision: 1, kind: "attachment", title: nil,
                                    date: String(Timestamp.now().prefix(10)), facility: nil, created: Timestamp.now(),
                                    author: vault.identity.fingerprint, fileName: file.lastPathComponent, size: Int(info.st_size))
        let directory = vault.paths.attachments(blind: try vault.blindID(id))
        try DurableFile.makeDirectory(directory)
        let temporary = directory.appendingPathComponent(".tmp-attach-\(UInt64.random(in: .min ... .max))")
        let output = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard output >= 0 else { throw StorageError(operation: "create", path: temporary.path, code: errno) }
        TemporaryFileRegistry.register(temporary.path)
        defer { TemporaryFileRegistry.unregister(temporary.path) }
        var hasher = SHA256Hasher()
        // The stream's callbacks can only throw CryptoError; the storage error
        // (operation, path, errno: ENOSPC is not EIO) is kept here and thrown instead.
        var writeFailure: StorageError?
        do {
            try Self.writeAll(prefix, fd: output, hasher: &hasher, path: temporary.path)
            let streamKey = try KeyDerivation.subkey(id: VaultObject.streamKeyID, context: "tmgpaylo", from: fileKey)
            let associatedData = SHA256.hash(prefix)
            let metadataBytes = try metadata.encoded()
            guard metadataBytes.count <= Self.maximumMetadataBytes else {
                throw VaultError.invalidArgument("the attachment's file name is too long")
            }
            let metadataHeader = withUnsafeBytes(of: UInt32(metadataBytes.count).bigEndian, Array.init) + metadataBytes
            var sentMetadata = false
            var readSoFar: Int64 = 0
            try SecretStream.encrypt(
                reading: { buffer throws(CryptoError) in
                    if !sentMetadata {
                        sentMetadata = true
                        let count = metadataHeader.count
                        guard count <= buffer.count else { throw .invalidLength }
                        metadataHeader.withUnsafeBytes { buffer.copyMemory(from: $0) }
                        let first = try Self.readFully(input, into: UnsafeMutableRawBufferPointer(rebasing: buffer[count...]))
                        readSoFar += Int64(first)
                        progress?(readSoFar, Int64(info.st_size))
                        return count + first
                    }
                    let count = try Self.readFully(input, into: buffer)
                    readSoFar += Int64(count)
                    progress?(readSoFar, Int64(info.st_size))
                    return count
                },
                writing: { bytes throws(CryptoError) in
                    do throws(StorageError) { try Self.writeAll(bytes, fd: output, hasher: &hasher, path: temporary.path) } catch {
                        writeFailure = error
                        throw .ioFailed(errno: error.code)
                    }
                },
                using: streamKey, authenticating: associatedData)
            guard fsync(output) == 0 else { throw StorageError(operation: "fsync", path: temporary.path, code: errno) }
            close(output)
        } catch {
            close(output); unlink(temporary.path); throw writeFailure ?? error
        }
        let name = Hex.encode(hasher.finalize())
        guard rename(temporary.path, directory.appendingPathComponent(name).path) == 0 else {
            let code = errno; unlink(temporary.path)
            throw StorageError(operation: "rename", path: directory.appendingPathComponent(name).path, code: code)
        }
        try DurableFile.syncDirectory(directory)
        try vault.log(LogAction(action: "attach", document: id, level: level.rawValue, hash: name), revisions: [Hex.encode(revision)],
                      objects: ["attachments/\(try vault.blindID(id))/\(name)"])
        return name
    }

    /// Decrypts the whole attachment to check it (to /dev/null), returning its metadata.
    public static func verify(_ url: URL, keys: LevelKeySet) throws -> PartMetadata {
        let sink = open("/dev/null", O_WRONLY | O_CLOEXEC)
        defer { close(sink) }
        return try decrypt(url, keys: keys, to: sink)
    }

    /// Streams an attachment's content to `output`, returning its metadata.
    public static func decrypt(_ url: URL, keys: LevelKeySet, to output: Int32) throws -> PartMetadata {
        let input = open(url.path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard input >= 0 else { throw StorageError(operation: "open", path: url.path, code: errno) }
        defer { close(input) }
        var headerBytes = [UInt8](repeating: 0, count: 45 + 16 * ObjectHeader.maximumParents + 32 + 80 + 32)
        let got = try headerBytes.withUnsafeMutableBytes { try readFully(input, into: $0) }
        headerBytes.removeSubrange(got...)
        let (header, offset) = try ObjectHeader.decode(headerBytes)
        let streamStart = offset + ObjectHeader.commitmentByteCount
        guard headerBytes.count >= streamStart, header.kind == .attachment,
              let pair = keys.keyPair(level: header.level, keyID: header.keyID) else {
            throw VaultError.damaged(path: url.lastPathComponent, problem: "not an attachment this member can open")
        }
        let fileKey = try SealedBox.open(header.sealedFileKey, with: pair)
        guard VaultObject.constantTimeEqual(try VaultObject.commitment(over: Array(headerBytes[0..<offset]), fileKey: fileKey),
                                            Array(headerBytes[offset..<streamStart])) else {
            throw VaultError.damaged(path: url.lastPathComponent, problem: ObjectFormatError.commitmentMismatch.description)
        }
        guard lseek(input, off_t(streamStart), SEEK_SET) == off_t(streamStart) else { throw StorageError(operation: "seek", path: url.path, code: errno) }
        let streamKey = try KeyDerivation.subkey(id: VaultObject.streamKeyID, context: "tmgpaylo", from: fileKey)
        // The metadata is at most `maximumMetadataBytes`, so it always lies in the first chunk.
        var metadataBytes: [UInt8]?
        do {
            try SecretStream.decrypt(
                reading: { buffer throws(CryptoError) in try readFully(input, into: buffer) },
                writing: { chunk throws(CryptoError) in
                    var content = UnsafeRawBufferPointer(rebasing: chunk[...])
                    if metadataBytes == nil {
                        guard chunk.count >= 4 else { throw .malformedStream }
                        let length = chunk.prefix(4).reduce(0) { $0 << 8 | Int($1) }
                        guard length <= maximumMetadataBytes, chunk.count >= 4 + length else { throw .malformedStream }
                        metadataBytes = Array(chunk[4..<(4 + length)])
                        content = UnsafeRawBufferPointer(rebasing: chunk[(4 + length)...])
                    }
                    var written = 0
                    while written < content.count {
                        let n = Glibc.write(output, content.baseAddress! + written, content.count - written)
                        guard n > 0 else { throw .ioFailed(errno: errno) }
                        written += n
                    }
                },
                using: streamKey, authenticating: SHA256.hash(headerBytes[0..<streamStart]))
        } catch {
            throw VaultError.damaged(path: url.lastPathComponent, problem: "the encrypted payload is damaged (\(error))")
        }
        guard let metadataBytes,
              let metadata = try? JSONDecoder().decode(PartMetadata.self, from: Data(metadataBytes)),
              metadata.level == header.level.rawValue else {
            throw VaultError.damaged(path: url.lastPathComponent, problem: ObjectFormatError.metadata.description)
        }
        return metadata
    }
    static func readFully(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(CryptoError) -> Int {
        var total = 0
        while total < buffer.count {
            let n = read(fd, buffer.baseAddress! + total, buffer.count - total)
            if n < 0 { if errno == EINTR { continue }; throw .ioFailed(errno: errno) }
            if n == 0 { break }
            total += n
        }
        return total
    }

    private static func writeAll(_ bytes: some ContiguousBytes, fd: Int32, hasher: inout SHA256Hasher, path: String) throws(StorageError) {
        // withUnsafeBytes only rethrows untyped errors, so the failure is carried out by hand.
        let failure: StorageError? = bytes.withUnsafeBytes { raw in
            hasher.update(raw)
            do throws(StorageError) { try FileDescriptorWrite.all(raw, to: fd, path: path) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }
}
