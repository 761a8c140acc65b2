import Foundation
import TamgaCore
import TamgaCrypto
#if canImport(Glibc)
import Glibc
#endif

/// Writes an attachment anew under another key with changed metadata: the
/// metadata leads the encrypted stream, so a change to it cannot be made
/// chunk by chunk as a plain re-encryption is (`AttachmentRekey.reencrypt`).
/// The content is decrypted into a private workspace (memory when the
/// system has `/dev/shm`), checked against the SHA-256 recorded at intake,
/// and sealed again; the new file must hash as the original did. The caller
/// logs the entry that commits the new object and supersedes the old one,
/// then deletes the old file (the order every rekey keeps).
enum AttachmentRewrite {
    /// Returns the new object's name (its file is in place, synced) and its metadata.
    static func run(_ url: URL, header: ObjectHeader, path: String, keys: LevelKeySet, to key: (epoch: Int, publicKey: [UInt8]),
                    vault: UnlockedVault, change: (inout PartMetadata) -> Void) throws -> (object: String, metadata: PartMetadata) {
        let workspace = try PrivateWorkspace()
        defer { workspace.remove() }
        let plain = workspace.file("attachment.raw")
        let fd = open(plain.path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw StorageError(operation: "create", path: plain.path, code: errno) }
        defer { close(fd) }
        let content = try AttachmentReader.read(url, keys: keys) { chunk in try FileDescriptorWrite.all(chunk, to: fd, path: plain.path) }
        try AttachmentCustody.verify(content, object: url.lastPathComponent, path: path, vault: vault)
        guard lseek(fd, 0, SEEK_SET) == 0 else { throw StorageError(operation: "rewind", path: plain.path, code: errno) }
        var metadata = content.metadata
        change(&metadata)
        let level = Level(rawValue: metadata.level) ?? .internal
        let directory = url.deletingLastPathComponent()
        let encrypted = try AttachmentStore(vault: vault).write(
            fd, size: content.byteCount, fileKey: try SecureRandom.secretBytes(count: 32),
            fields: ObjectHeaderFields(kind: .attachment, level: level, epoch: UInt32(key.epoch), revision: header.revision,
                                       parents: header.parents, contentTag: header.contentTag),
            levelKey: key.publicKey, into: directory) { metadata }
        guard encrypted.plaintext == content.sha256 else {
            unlink(encrypted.temporary.path)
            throw VaultError.damaged(path: path, problem: "the re-encrypted copy does not hash as the original; nothing was changed")
        }
        guard rename(encrypted.temporary.path, directory.appendingPathComponent(encrypted.object).path) == 0 else {
            let code = errno; unlink(encrypted.temporary.path)
            throw StorageError(operation: "rename", path: encrypted.object, code: code)
        }
        try DurableFile.syncDirectory(directory)
        return (encrypted.object, metadata)
    }
}
