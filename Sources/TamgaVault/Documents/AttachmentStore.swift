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
/// The metadata (document id, file name, size, the original's SHA-256, whom
/// it depicts) travels at the start of the first secretstream chunk, so
/// listing attachments never decrypts their content (`AttachmentReader`).
public struct AttachmentStore: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// A step ("hashing", "encrypting"), the bytes read so far and the file's size.
    public typealias Progress = (_ step: String, _ done: Int64, _ total: Int64) -> Void

    /// Metadata must fit well inside the first 64 KiB chunk.
    static let maximumMetadataBytes = 4096

    /// What one intake stored.
    public struct Stored: Sendable, Equatable {
        /// SHA-256 of the encrypted object: its file name in the vault, and the start of its short reference.
        public let object: String
        /// SHA-256 of the original file (hex), as recorded in the metadata and the log.
        public let sha256: String
        public let size: Int64
        public let level: Level
        /// Whether the source was overwritten and unlinked, and how many other hard links it still had.
        public let wiped: Bool
        public let otherLinks: Int
    }

    /// Encrypts `file` as an attachment of document `id`. The original's
    /// SHA-256 is computed while streaming: once before encryption, because
    /// the metadata that records it leads the stream (so a listing decrypts
    /// one chunk, never the content), and again over the very bytes
    /// encrypted; if the two differ the file changed meanwhile and nothing is
    /// stored. With `request.wipe`, the stored object is then decrypted back
    /// with the file key just used (a contributor holds no level key), and
    /// only when its content hashes the same is the source wiped.
    ///
    /// `label` names the file in errors ("file 2 of 3"): the
    /// original file name is confidential and is kept only in the encrypted
    /// metadata, never in a path, a log entry or an error.
    /// `fileName` is the original name to record when `file`'s path does not
    /// carry it (an upload held in memory).
    /// `progress` is told the step, the bytes read so far and the file's size (for a terminal's progress line).
    @discardableResult
    public func attach(_ file: URL, to id: String, level: Level? = nil, request: AttachmentRequest = AttachmentRequest(),
                       label: String = "the file to attach", fileName: String? = nil, progress: Progress? = nil) throws -> Stored {
        let level = level ?? request.level
        guard request.restricted || request.viewers.isEmpty else {
            throw VaultError.invalidArgument("--viewer names who may open a --restricted attachment: add --restricted")
        }
        if try vault.blindIDs(id).contains(where: try vault.commitIndex().destroyed.contains) {
            throw VaultError.invalidArgument("\(id) was destroyed; nothing can be attached to it")
        }
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
            // Nobody cleared internal has looked at a contributor's file: it
            // stays internal (the State's key cannot open it), and exports
            // treat any lower one a contributor wrote as internal too.
            guard level == .internal else {
                throw VaultError.notCleared(member: vault.member.name, needed: "attaching below level internal (a contributor's files stay internal until a member cleared internal has reviewed them; leave out --level)")
            }
        }
        try requireDeclared(request.depicts, in: id)
        let input = open(file.path, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw StorageError(operation: "open", path: label, code: errno) }
        defer { close(input) }
        var info = stat()
        guard fstat(input, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, let identity = SourceWipe.identity(of: input) else {
            throw VaultError.invalidArgument("\(label) is not a regular file")
        }
        // A restricted image is sealed to a key of its own, granted to its viewers only.
        let grant = request.restricted ? try RestrictedViewing.grant(to: RestrictedViewing.viewers(named: request.viewers, in: vault)) : nil
        // Every file is sealed to internal's key; a lower level is where exports
        // may take it (`AttachmentDetails.release`), never a key that opens the original.
        let blind = try vault.blindID(id)
        let key: UnlockedVault.SealingKey = try grant.map { .init(epoch: 0, publicKey: $0.keyPair.publicKey, newObject: nil) }
            ?? vault.sealingKey(blind: blind, level: .internal)
        let release = level < .internal ? level.rawValue : nil
        let revision = SecureRandom.bytes(count: 16)
        let fileKey = try SecureRandom.secretBytes(count: 32)
        let directory = vault.paths.attachments(blind: blind)
        var original = ""
        // The hashing pass runs once the temporary file exists: an unwritable
        // vault is known before a 3 GB file is read, and an interruption
        // during either pass removes that file.
        let encrypted = try write(input, size: Int64(info.st_size), fileKey: fileKey,
                                  fields: ObjectHeaderFields(kind: .attachment, level: .internal, epoch: UInt32(key.epoch), revision: revision),
                                  levelKey: key.publicKey, into: directory, progress: progress) {
            original = try Self.hash(input, size: Int64(info.st_size), label: label, progress: progress)
            guard lseek(input, 0, SEEK_SET) == 0 else { throw StorageError(operation: "rewind", path: label, code: errno) }
            let details = AttachmentDetails(sha256: original, depicts: request.depicts.isEmpty ? nil : request.depicts,
                                            consent: request.consent.isEmpty ? nil : request.consent, caption: request.caption,
                                            restricted: request.restricted ? true : nil, release: release,
                                            viewers: grant.map { $0.sealed.keys.sorted() })
            return PartMetadata(document: id, level: Level.internal.rawValue, revision: 1, kind: "attachment", title: nil,
                                date: String(Timestamp.now().prefix(10)), facility: nil, created: Timestamp.now(),
                                author: vault.identity.fingerprint, fileName: fileName ?? file.lastPathComponent, size: Int(info.st_size),
                                evidence: details)
        }
        guard encrypted.plaintext == original else {
            unlink(encrypted.temporary.path)
            throw VaultError.sourceChanged
        }
        let name = encrypted.object
        let destination = directory.appendingPathComponent(name)
        guard rename(encrypted.temporary.path, destination.path) == 0 else {
            let code = errno; unlink(encrypted.temporary.path)
            throw StorageError(operation: "rename", path: destination.path, code: code)
        }
        try DurableFile.syncDirectory(directory)
        try vault.log(LogAction(action: "attach", document: id, level: level.rawValue, hash: name, original: original,
                                viewers: grant?.sealed, restrictionKey: grant?.keyID),
                      revisions: [Hex.encode(revision)], objects: (key.newObject.map { [$0] } ?? []) + ["attachments/\(blind)/\(name)"])
        var otherLinks = 0
        if request.wipe {
            // The stored copy, read back from the disk, must be the original before the original goes.
            let readBack = try AttachmentReader.read(destination, keys: vault.levelKeys, fileKey: fileKey) { _ in }
            guard readBack.sha256 == original, readBack.byteCount == Int64(info.st_size) else {
                throw VaultError.damaged(path: "attachments/\(try vault.blindID(id))/\(name)",
                                         problem: "the stored copy does not read back as the original; the source was not wiped")
            }
            otherLinks = try SourceWipe.wipe(file, expected: identity, label: label)
        }
        return Stored(object: name, sha256: original, size: Int64(info.st_size), level: level, wiped: request.wipe, otherLinks: otherLinks)
    }

    /// `--depicts` names persons the document declares; a contributor cannot
    /// read the document, so cannot say whom a file depicts.
    func requireDeclared(_ persons: [String], in id: String) throws {
        guard !persons.isEmpty else { return }
        guard vault.levelKeys.canRead(.internal) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "naming depicted persons (members cleared internal, who read the document)")
        }
        let newest = try DocumentCatalog(vault: vault).newest(id, level: .internal)
        let declared = Set(try newest.content.withUnsafeBytes { try DocumentParser.parse($0, file: id) }.frontMatter.persons.map(\.id))
        for person in persons where !declared.contains(person) {
            throw VaultError.personNotInDocument(id: person, document: id)
        }
    }

    /// SHA-256 of what is left to read from `fd`, in 64 KiB steps (constant memory).
    static func hash(_ fd: Int32, size: Int64, label: String, progress: Progress?) throws -> String {
        var hasher = SHA256Hasher()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var done: Int64 = 0
        defer { buffer.withUnsafeMutableBytes { _ = memset($0.baseAddress!, 0, $0.count) } }
        while true {
            let count: Int
            do { count = try buffer.withUnsafeMutableBytes { try AttachmentReader.readFully(fd, into: $0) } } catch {
                throw StorageError(operation: "read", path: label, code: EIO)
            }
            if count == 0 { break }
            done += Int64(count)
            progress?("hashing", done, size)
            buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        }
        return Hex.encode(hasher.finalize())
    }

    /// Encrypts `input` (metadata first) to a new temporary file in
    /// `directory`; returns it with the object's hash and the plaintext's.
    /// On failure nothing is left behind. Internal so that tests can store an
    /// object whose metadata says something else than its content.
    func write(_ input: Int32, size: Int64, fileKey: SecretBytes, fields: ObjectHeaderFields,
               levelKey: [UInt8], into directory: URL, progress: Progress? = nil, metadata: () throws -> PartMetadata)
        throws -> (temporary: URL, object: String, plaintext: String) {
        let prefix = try VaultObject.headerPrefix(fields, fileKey: fileKey, levelKey: levelKey)
        try DurableFile.makeDirectory(directory)
        let temporary = directory.appendingPathComponent(".tmp-attach-\(UInt64.random(in: .min ... .max))")
        let output = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard output >= 0 else { throw StorageError(operation: "create", path: temporary.path, code: errno) }
        TemporaryFileRegistry.register(temporary.path)
        defer { TemporaryFileRegistry.unregister(temporary.path) }
        var hasher = SHA256Hasher()
        var plaintextHasher = SHA256Hasher()
        // The stream's callbacks can only throw CryptoError; the storage error
        // (operation, path, errno: ENOSPC is not EIO) is kept here and thrown instead.
        var writeFailure: StorageError?
        do {
            let metadataBytes = try metadata().encoded()
            guard metadataBytes.count <= Self.maximumMetadataBytes else {
                throw VaultError.invalidArgument("the attachment's description (file name, caption, persons) is too long; shorten the caption")
            }
            try Self.writeAll(prefix, fd: output, hasher: &hasher, path: temporary.path)
            let metadataHeader = withUnsafeBytes(of: UInt32(metadataBytes.count).bigEndian, Array.init) + metadataBytes
            var sentMetadata = false
            var readSoFar: Int64 = 0
            try SecretStream.encrypt(
                reading: { buffer throws(CryptoError) in
                    var offset = 0
                    if !sentMetadata {
                        sentMetadata = true
                        offset = metadataHeader.count
                        guard offset <= buffer.count else { throw .invalidLength }
                        metadataHeader.withUnsafeBytes { buffer.copyMemory(from: $0) }
                    }
                    let rest = UnsafeMutableRawBufferPointer(rebasing: buffer[offset...])
                    let count = try AttachmentReader.readFully(input, into: rest)
                    plaintextHasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: rest[..<count]))
                    readSoFar += Int64(count)
                    progress?("encrypting", readSoFar, size)
                    return offset + count
                },
                writing: { bytes throws(CryptoError) in
                    do throws(StorageError) { try Self.writeAll(bytes, fd: output, hasher: &hasher, path: temporary.path) } catch {
                        writeFailure = error
                        throw .ioFailed(errno: error.code)
                    }
                },
                using: try AttachmentReader.streamKey(fileKey), authenticating: SHA256.hash(prefix))
            guard fsync(output) == 0 else { throw StorageError(operation: "fsync", path: temporary.path, code: errno) }
            close(output)
        } catch {
            close(output); unlink(temporary.path); throw writeFailure ?? error
        }
        return (temporary, Hex.encode(hasher.finalize()), Hex.encode(plaintextHasher.finalize()))
    }

    static func writeAll(_ bytes: some ContiguousBytes, fd: Int32, hasher: inout SHA256Hasher, path: String) throws(StorageError) {
        // withUnsafeBytes only rethrows untyped errors, so the failure is carried out by hand.
        let failure: StorageError? = bytes.withUnsafeBytes { raw in
            hasher.update(raw)
            do throws(StorageError) { try FileDescriptorWrite.all(raw, to: fd, path: path) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }
}
