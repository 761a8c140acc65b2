import Foundation
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

    public init() throws {
        var isFolder: ObjCBool = false
        let memory = FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isFolder) && isFolder.boolValue
            && access("/dev/shm", W_OK) == 0
        let base = memory ? "/dev/shm" : NSTemporaryDirectory()
        Self.removeAbandoned(in: base)
        var template = Array(((base as NSString).appendingPathComponent("\(Self.prefix)\(getpid())-XXXXXX")).utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw StorageError(operation: "mkdtemp", path: base, code: errno)
        }
        let path = String(cString: made)
        guard chmod(path, 0o700) == 0 else {
            let code = errno
            rmdir(path)
            throw StorageError(operation: "chmod", path: path, code: code)
        }
        url = URL(fileURLWithPath: path, isDirectory: true)
        // Ctrl-C or SIGTERM while a file is processed removes the decrypted copies too.
        TemporaryFileRegistry.registerFolder(path)
    }

    static let prefix = "tamga-evidence-"

    /// Workspaces a killed tamga left (SIGKILL, a power cut: no handler
    /// runs), holding decrypted, unredacted evidence with its metadata: each
    /// is named with its process id, and one whose process is gone, owned by
    /// this user and a real folder, is overwritten and removed by the next
    /// tamga that makes a workspace (attacker, session 28). A folder without
    /// a process id (older tamga) is left to `tamga lock --wipe-local --all-vaults`.
    /// `removeAbandoned` in both places a workspace may be: run when a vault
    /// is unlocked, so any command cleans up after a killed one.
    public static func removeAbandoned() {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isFolder), isFolder.boolValue { removeAbandoned(in: "/dev/shm") }
        removeAbandoned(in: NSTemporaryDirectory())
    }

    static func removeAbandoned(in base: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? [] where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[..<dash]), pid > 0, pid != getpid() else { continue }
            guard kill(pid, 0) != 0, errno == ESRCH else { continue }
            let path = (base as NSString).appendingPathComponent(name)
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == getuid() else { continue }
            var shredder = FolderShredder(dryRun: false)
            _ = shredder.removeTree(path)
        }
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
