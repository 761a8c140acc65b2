import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The one loop that writes a whole buffer to a file descriptor: short writes
/// continue, EINTR is retried, and a failure is a `StorageError` naming the
/// operation and the path (never the bytes). The vault's files, attachments,
/// decrypted output and standard output all go through it, so a full disk or
/// a closed pipe is reported the same way everywhere.
public enum FileDescriptorWrite {
    public static func all(_ bytes: UnsafeRawBufferPointer, to fd: Int32, path: String) throws(StorageError) {
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw StorageError(operation: "write", path: path, code: errno)
            }
            offset += n
        }
    }

    public static func all(_ bytes: some ContiguousBytes, to fd: Int32, path: String) throws(StorageError) {
        // withUnsafeBytes only rethrows untyped errors, so the failure is carried out by hand.
        let failure: StorageError? = bytes.withUnsafeBytes { raw in
            do throws(StorageError) { try all(raw, to: fd, path: path); return nil } catch { return error }
        }
        if let failure { throw failure }
    }
}
