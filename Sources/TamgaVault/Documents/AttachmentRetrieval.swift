import Foundation
import TamgaCore
import TamgaCrypto
#if canImport(Glibc)
import Glibc
#endif

/// `tamga attachment get`: an attachment back out of the vault, streamed in
/// 64 KiB chunks (constant memory), its content checked against the SHA-256
/// recorded at intake, and logged as a read like `show`.
///
/// A file is written whole or not at all: to a temporary file (0600) in the
/// destination's folder, renamed into place only once the hash matched and
/// the read was logged; any failure removes it. Clearance is the level keys
/// (`AttachmentReader`): a member who holds no key for the attachment's
/// level gets nothing, whichever command asks.
public struct AttachmentRetrieval: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) { self.vault = vault }

    /// What was written.
    public struct Outcome: Sendable, Equatable {
        public let sha256: String
        public let byteCount: Int64
        /// False for an attachment made before intake recorded a hash: nothing to compare with.
        public let verified: Bool
    }

    /// Writes `item` (an attachment of `id`) to `destination`; an existing
    /// file there is replaced only with `replace`.
    @discardableResult
    public func save(_ item: AttachmentCatalog.Item, of id: String, to destination: URL, replace: Bool) throws -> Outcome {
        try requireViewerOfSameContent(item)
        let folder = destination.deletingLastPathComponent()
        try DurableFile.makeDirectory(folder)
        if !replace, FileManager.default.fileExists(atPath: destination.path) {
            throw VaultError.invalidArgument("\(destination.path) already exists; choose another name or pass --force")
        }
        let temporary = folder.appendingPathComponent(".tamga-get-\(UInt64.random(in: .min ... .max)).tmp")
        let output = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard output >= 0 else { throw StorageError(operation: "create a file in", path: folder.path, code: errno) }
        TemporaryFileRegistry.register(temporary.path)
        defer { TemporaryFileRegistry.unregister(temporary.path) }
        var placed = false
        defer { if !placed { unlink(temporary.path) } }
        let content: AttachmentReader.Content
        do {
            defer { close(output) }
            content = try read(item) { chunk in try FileDescriptorWrite.all(chunk, to: output, path: destination.path) }
            guard fsync(output) == 0 else { throw StorageError(operation: "fsync", path: destination.path, code: errno) }
        }
        let verified = try check(content, item)
        try logRead(item, of: id)
        try place(temporary, at: destination, replace: replace)
        placed = true
        return Outcome(sha256: content.sha256, byteCount: content.byteCount, verified: verified)
    }

    /// Streams `item` to an open descriptor (standard output, not a
    /// terminal: the command line refuses that). The read is logged first,
    /// as the bytes leave while they are decrypted; a hash mismatch is
    /// reported after them, so the reader of a pipe must heed the exit status.
    @discardableResult
    public func stream(_ item: AttachmentCatalog.Item, of id: String, to output: Int32, label: String) throws -> Outcome {
        try requireViewerOfSameContent(item)
        try logRead(item, of: id)
        let content = try read(item) { chunk in try FileDescriptorWrite.all(chunk, to: output, path: label) }
        let verified = try check(content, item)
        return Outcome(sha256: content.sha256, byteCount: content.byteCount, verified: verified)
    }

    /// Decrypts with this member's level keys; no key is "not cleared".
    func read(_ item: AttachmentCatalog.Item, content: (UnsafeRawBufferPointer) throws -> Void) throws -> AttachmentReader.Content {
        try requireViewerOfSameContent(item)
        do {
            return try AttachmentReader.read(item.url, keys: try RestrictedViewing.attachmentKeys(for: vault), content: content)
        } catch ObjectFormatError.noKey {
            throw VaultError.notCleared(member: vault.member.name, needed: "opening an attachment of level \(item.metadata.level)")
        }
    }

    /// A copy of a restricted image attached unrestricted (the same original
    /// SHA-256) is the same intimate image: it opens only for that image's
    /// viewers, as exports already withhold it (attacker round 3, F5). An
    /// object sealed to a restriction key is decided by its key instead.
    func requireViewerOfSameContent(_ item: AttachmentCatalog.Item) throws {
        let log = try EvidenceLog.load(vault)
        guard let original = item.metadata.evidence?.sha256, log.restrictedOriginals.contains(original) else { return }
        if let header = try? AttachmentReader.header(of: item.url), RestrictedViewing.isRestricted(header, keys: log.restriction) { return }
        guard log.viewers(ofOriginal: original).contains(vault.member.fingerprint) else {
            throw VaultError.notCleared(member: vault.member.name,
                                        needed: "opening this attachment: it is the same file as a restricted image, which its viewers only open")
        }
    }

    /// The content must hash as recorded at intake, in the object and in the signed log (`AttachmentCustody`).
    func check(_ content: AttachmentReader.Content, _ item: AttachmentCatalog.Item) throws -> Bool {
        try AttachmentCustody.verify(content, object: item.object, path: item.path, vault: vault)
    }

    func logRead(_ item: AttachmentCatalog.Item, of id: String) throws {
        try vault.log(LogAction(action: "read", document: id, level: item.metadata.level, hash: item.object,
                                original: item.metadata.evidence?.sha256))
    }

    /// Moves the finished temporary file into place: `rename` when replacing;
    /// otherwise `link` then `unlink`, which fails rather than replace a file
    /// that appeared meanwhile.
    func place(_ temporary: URL, at destination: URL, replace: Bool) throws {
        if replace {
            guard rename(temporary.path, destination.path) == 0 else {
                throw StorageError(operation: "rename into", path: destination.path, code: errno)
            }
        } else if link(temporary.path, destination.path) == 0 {
            unlink(temporary.path)
        } else {
            let code = errno
            if code == EEXIST {
                throw VaultError.invalidArgument("\(destination.path) already exists; choose another name or pass --force")
            }
            // File systems without hard links (FAT on a USB stick): check, then rename.
            guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP, !FileManager.default.fileExists(atPath: destination.path),
                  rename(temporary.path, destination.path) == 0 else {
                throw StorageError(operation: "write", path: destination.path, code: code)
            }
        }
        try DurableFile.syncDirectory(destination.deletingLastPathComponent())
    }
}
