import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on a vault for the length of one command that writes.
///
/// `flock(2)` on `vault/lock` serialises writers on one machine: two `tamga add`
/// at once take turns instead of racing on the keyring or the log heads. The
/// kernel drops the lock when the process dies, so a crash never leaves the
/// vault locked. Readers need no lock: every file is written whole, once.
public final class VaultLock: @unchecked Sendable {
    private let fd: Int32
    /// Run when the lock is released, before it is: what held it knows it no longer does.
    private let releaseActions = Mutex<[@Sendable () -> Void]>([])

    /// `action` runs when this lock is released (a memo that trusted the lock
    /// to keep other writers out must stop trusting it then).
    func whenReleased(_ action: @escaping @Sendable () -> Void) {
        releaseActions.withLock { $0.append(action) }
    }

    /// Takes the lock, waiting up to `timeout` seconds for another writer.
    public init(vault: URL, timeout: Double = 30) throws(VaultError) {
        let path = vault.appendingPathComponent("lock").path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else {
            // Reads are logged, so a read-only vault refuses `show` too: say so, not "permission denied" on a lock file.
            if [EACCES, EPERM, EROFS].contains(errno) { throw VaultError.readOnly(path: vault.path) }
            throw VaultError.storage(StorageError(operation: "open", path: path, code: errno))
        }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                close(fd)
                throw VaultError.busy(path: vault.path)
            }
            usleep(50_000)
        }
        self.fd = fd
    }

    deinit {
        for action in releaseActions.withLock({ $0 }) { action() }
        flock(fd, LOCK_UN)
        close(fd)
    }
}
