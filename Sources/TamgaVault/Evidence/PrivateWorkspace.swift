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
        var template = Array(((base as NSString).appendingPathComponent("tamga-evidence-XXXXXX")).utf8CString)
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
