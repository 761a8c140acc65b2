import Foundation
import TamgaVault
#if canImport(Glibc)
import Glibc
#endif

/// One open edit of one document: an exclusive `flock` on a lock file beside
/// the edit's text, held for the whole command. The text file itself cannot
/// carry the lock: editors that save by renaming replace it. The kernel drops
/// the lock when tamga dies, so a killed edit leaves kept text, never a claim.
final class EditClaim {
    private let fd: Int32
    private let path: String

    /// Claims the edit of `id` whose text lives at `file`, or says that another edit holds it.
    init(file: URL, id: String) throws {
        path = file.path + ".lock"
        fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StorageError(operation: "create", path: path, code: errno) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(fd)
            if code == EWOULDBLOCK { throw EditRefusal.alreadyOpen(id: id) }
            throw StorageError(operation: "lock", path: path, code: code)
        }
    }

    /// Removed while still held, so the workspace is left as it was found.
    deinit {
        unlink(path)
        close(fd)
    }
}
