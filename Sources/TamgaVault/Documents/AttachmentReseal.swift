import Foundation
import TamgaCore
import TamgaCrypto
#if canImport(Glibc)
import Glibc
#endif

/// Attachments stored before session 28 at level state or public were
/// sealed to that level's key, so a member cleared for the State opens the
/// original (`attachment get`), black-outs not applied: those apply only in
/// exports. Since then every attachment is sealed to internal's key and its
/// lower level is only where exports may take it (`AttachmentDetails.release`).
/// `tamga rekey` run by a member cleared internal moves the older ones the
/// same way: each is decrypted into the private workspace, sealed anew to
/// internal's newest key with its metadata saying level internal, release
/// the old level (hash, persons, consent, caption and name kept), and
/// committed by an `attachment-rekey` entry that names the old object, so
/// its black-outs follow it (`AttachmentLineage`). Order as for every
/// rekey: the new file, the entry, then the old file deleted.
enum AttachmentReseal {
    /// Moves the attachment at `url` (sealed to `header.level` below internal) under internal's key.
    static func run(_ url: URL, header: ObjectHeader, path: String, blind: String, vault: UnlockedVault, keys: LevelKeySet) throws {
        let workspace = try PrivateWorkspace()
        defer { workspace.remove() }
        let plain = workspace.file("attachment.raw")
        let fd = open(plain.path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw StorageError(operation: "create", path: plain.path, code: errno) }
        defer { close(fd) }
        let content = try AttachmentReader.read(url, keys: keys) { chunk in try FileDescriptorWrite.all(chunk, to: fd, path: plain.path) }
        if let recorded = content.metadata.evidence?.sha256, recorded != content.sha256 {
            throw VaultError.damaged(path: path, problem: "the attachment does not match the SHA-256 recorded at intake")
        }
        guard lseek(fd, 0, SEEK_SET) == 0 else { throw StorageError(operation: "rewind", path: plain.path, code: errno) }
        var metadata = content.metadata
        var details = metadata.evidence ?? AttachmentDetails(sha256: content.sha256)
        details.release = header.level.rawValue
        metadata.evidence = details
        metadata.level = Level.internal.rawValue
        let current = try vault.currentKey(.internal)
        let directory = url.deletingLastPathComponent()
        let encrypted = try AttachmentStore(vault: vault).write(
            fd, size: content.byteCount, fileKey: try SecureRandom.secretBytes(count: 32),
            fields: ObjectHeaderFields(kind: .attachment, level: .internal, epoch: UInt32(current.epoch), revision: header.revision,
                                       parents: header.parents, contentTag: header.contentTag),
            levelKey: current.publicKey, into: directory) { metadata }
        guard encrypted.plaintext == content.sha256 else {
            unlink(encrypted.temporary.path)
            throw VaultError.damaged(path: path, problem: "the re-sealed copy does not hash as the original; nothing was changed")
        }
        guard rename(encrypted.temporary.path, directory.appendingPathComponent(encrypted.object).path) == 0 else {
            let code = errno; unlink(encrypted.temporary.path)
            throw StorageError(operation: "rename", path: encrypted.object, code: code)
        }
        try DurableFile.syncDirectory(directory)
        try vault.log(LogAction(action: AttachmentRekey.action, document: metadata.document, level: Level.internal.rawValue,
                                hash: encrypted.object, replaces: url.lastPathComponent),
                      objects: ["attachments/\(blind)/\(encrypted.object)"], removed: [path])
        try DurableFile.remove(url)
    }
}
