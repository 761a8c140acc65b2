import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A folder only this user can enter (0700, from `mkdtemp`), where decrypted
/// evidence is processed: the one place plaintext exists on the way out,
/// besides the output the member asked for. In `/dev/shm` (memory) when the
/// system has it, else in the temporary folder. `remove()` deletes it and
/// everything in it; callers remove it on success and failure alike, and an
/// interrupt removes it through `TemporaryFileRegistry`.
public final class PrivateWorkspace: @unchecked Sendable {
    public let url: URL
    /// The folder opened and locked (`flock`) for as long as the workspace
    /// lives: the lock, not a process id, is what says it is in use.
    private let lockDescriptor: Int32

    public init() throws {
        var isFolder: ObjCBool = false
        let memory = FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isFolder) && isFolder.boolValue
            && access("/dev/shm", W_OK) == 0
        let base = memory ? "/dev/shm" : NSTemporaryDirectory()
        Self.removeAbandonedOnce()
        // Made under a name the clean-up does not take, locked, then renamed:
        // a workspace carries its final name only once it is held, so the
        // clean-up needs no waiting time (attacker, session 29).
        var template = Array(((base as NSString).appendingPathComponent("\(Self.makingPrefix)\(getpid())-XXXXXX")).utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw StorageError(operation: "mkdtemp", path: base, code: errno)
        }
        let making = String(cString: made)
        let path = (base as NSString).appendingPathComponent("\(Self.prefix)\(getpid())-\(making.suffix(6))")
        let descriptor = open(making, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0, flock(descriptor, LOCK_EX | LOCK_NB) == 0, chmod(making, 0o700) == 0, rename(making, path) == 0 else {
            let code = errno
            if descriptor >= 0 { close(descriptor) }
            rmdir(making)
            throw StorageError(operation: "lock", path: making, code: code)
        }
        lockDescriptor = descriptor
        url = URL(fileURLWithPath: path, isDirectory: true)
        // Ctrl-C or SIGTERM while a file is processed removes the decrypted copies too.
        TemporaryFileRegistry.registerFolder(path)
    }

    deinit { close(lockDescriptor) }

    static let prefix = "tamga-evidence-"
    /// A workspace's name while it is made, before it is locked: empty, never taken by the clean-up
    /// unless a minute old (its maker was killed between `mkdtemp` and the lock).
    static let makingPrefix = ".tamga-making-"

    /// Workspaces a killed tamga left (SIGKILL, a power cut: no handler
    /// runs) hold decrypted, unredacted evidence with its metadata. The next
    /// tamga removes (overwrites, then unlinks) every such folder of this
    /// user that no process holds locked. A lock held by a live process
    /// anywhere, in another PID namespace too (a container sharing
    /// `/dev/shm`), keeps its folder; a process id reused after a crash does
    /// not (review, session 28: `kill(pid, 0)` was wrong both ways across
    /// namespaces). Looked at in both places a workspace may be, once per
    /// process: when a vault is unlocked or the first workspace is made.
    public static func removeAbandoned() { removeAbandonedOnce() }

    private static let cleaned = Mutex(false)

    private static func removeAbandonedOnce() {
        guard cleaned.withLock({ let first = !$0; $0 = true; return first }) else { return }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isFolder), isFolder.boolValue {
            removeAbandoned(in: "/dev/shm")
        }
        removeAbandoned(in: NSTemporaryDirectory())
    }

    static func removeAbandoned(in base: String) {
        AbandonedFolders.remove(in: base, prefix: prefix, makingPrefix: makingPrefix)
    }

    /// A path inside the workspace (not created).
    public func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Writes `bytes` to a new file (0600) in the workspace.
    public func write(_ bytes: [UInt8], name: String) throws -> URL {
        let target = file(name)
        let fd = open(target.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw StorageError(operation: "create", path: target.path, code: errno) }
        defer { close(fd) }
        try bytes.withUnsafeBytes { try FileDescriptorWrite.all($0, to: fd, path: target.path) }
        return target
    }

    /// Deletes the workspace and all it holds.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
        TemporaryFileRegistry.unregisterFolder(url.path)
    }
}
