import Foundation
import TamgaCore
#if canImport(Glibc)
import Glibc
#endif

/// A decrypted working copy of an attachment, made only inside a
/// `PrivateWorkspace`, and checked against the SHA-256 recorded at intake
/// before anything is done with it.
enum EvidenceCopy {
    /// Decrypts `item` to `destination` (0600, a new file) with the member's level keys.
    static func decrypt(_ item: AttachmentCatalog.Item, vault: UnlockedVault, to destination: URL) throws -> URL {
        let fd = open(destination.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw StorageError(operation: "create", path: destination.path, code: errno) }
        let content: AttachmentReader.Content
        do {
            defer { close(fd) }
            content = try AttachmentRetrieval(vault: vault).read(item) { chunk in
                try FileDescriptorWrite.all(chunk, to: fd, path: destination.path)
            }
        }
        try AttachmentCustody.verify(content, object: item.object, path: item.path, vault: vault)
        return destination
    }

    /// The first bytes of a file, to tell its kind.
    static func head(of file: URL) throws -> [UInt8] {
        let handle = try FileHandle(forReadingFrom: file)
        defer { try? handle.close() }
        return [UInt8](try handle.read(upToCount: 16) ?? Data())
    }
}
