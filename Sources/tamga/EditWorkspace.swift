import Foundation
import TamgaVault
#if canImport(Glibc)
import Glibc
#endif

/// A private folder in memory-backed storage for decrypted text the user
/// asked to edit: 0700 folder, 0600 files, overwritten before removal.
///
/// Nothing about the place is taken on trust (issue 14, finding 9): the base
/// (`$XDG_RUNTIME_DIR`, else `/dev/shm`) must be a real directory on tmpfs or
/// ramfs, checked with `lstat` and the mount table, and either our own and not
/// writable by group or others, or root's and sticky (as `/dev/shm` is); a
/// refused `$XDG_RUNTIME_DIR` is named in a warning before `/dev/shm` is
/// tried. The workspace is made with `mkdtemp` inside it, and one found from
/// an earlier edit (for `--resume`) is used only if `lstat` shows a directory,
/// not a link, owned by this user, mode 0700. The text is created with
/// `O_NOFOLLOW | O_EXCL`. A folder planted by another user, or a symbolic
/// link to a disk-backed folder, is refused, never written through.
struct PrivateWorkspace {
    let directory: URL

    /// The workspace prefix: one per user, found again by `--resume`.
    static var prefix: String { "tamga-\(geteuid())-" }

    init() throws {
        let environment = ProcessInfo.processInfo.environment
        let candidates = [environment["XDG_RUNTIME_DIR"], "/dev/shm"].compactMap { $0 }.filter { !$0.isEmpty }
        var refusals: [String] = []
        for base in candidates {
            if let problem = Self.problem(withBase: base) { refusals.append("\(base): \(problem)"); continue }
            // Said aloud: a refused $XDG_RUNTIME_DIR is a misconfiguration, or a plant, the user should know about.
            for refusal in refusals { Terminal.printWarning("not decrypting into \(refusal); using \(base)") }
            directory = try Self.workspace(in: base)
            return
        }
        throw VaultError.editorFailed("no safe memory-backed folder to decrypt into (\(refusals.joined(separator: "; "))); "
            + "refusing to write the text anywhere else")
    }

    /// Why `base` cannot hold decrypted text, or nil when it can.
    static func problem(withBase base: String) -> String? {
        var info = stat()
        guard lstat(base, &info) == 0 else { return "does not exist" }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return "not a directory (a symbolic link?)" }
        let sticky = info.st_mode & S_ISVTX != 0
        if info.st_mode & 0o022 != 0, !sticky { return "writable by group or others" }
        // Our own folder, or a shared one (/dev/shm) that is root's and sticky,
        // so no one else can rename or remove what we make there.
        if info.st_uid != geteuid(), !(sticky && info.st_uid == 0) { return "owned by another user" }
        guard isMemoryBacked(base) else { return "not memory-backed (tmpfs or ramfs)" }
        return nil
    }

    /// An earlier workspace of this user that passes the checks, else a new one from `mkdtemp`.
    static func workspace(in base: String) throws -> URL {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []).filter { $0.hasPrefix(prefix) }.sorted()
        for name in names {
            let path = base + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            // Planted by another user (who can make any name in /dev/shm): never used, and it cannot block us.
            guard info.st_uid == geteuid() else {
                Terminal.printWarning("\(path) belongs to another user; it is not used for decrypted text")
                continue
            }
            if let problem = problem(withWorkspace: path) {
                throw VaultError.editorFailed("\(path) is \(problem); it is not used for decrypted text: remove it and try again")
            }
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        var template = Array((base + "/" + prefix + "XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw StorageError(operation: "mkdtemp", path: base, code: errno)
        }
        let path = String(cString: made)
        if let problem = problem(withWorkspace: path) { throw VaultError.editorFailed("\(path) is \(problem)") }
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    /// Why an existing workspace cannot be used, or nil.
    static func problem(withWorkspace path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return "gone" }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return "not a directory (a symbolic link?)" }
        guard info.st_uid == geteuid() else { return "owned by another user" }
        guard info.st_mode & 0o777 == 0o700 else { return "not private (mode \(String(info.st_mode & 0o777, radix: 8)), expected 700)" }
        return nil
    }

    /// One file per vault and document, so `--resume` finds it and two edits never share one.
    func file(for id: String, vault: String) -> URL { directory.appendingPathComponent("edit-\(vault.prefix(12))-\(id).md") }

    /// Whether text kept from an earlier edit is at `file`. Only a regular
    /// file of ours counts: anything else there (a link, a folder) is refused
    /// rather than read or written through. Its mode is not checked: an
    /// editor that saves by renaming may leave 0644, and the 0700 workspace
    /// already keeps others out.
    func holdsKeptText(_ file: URL) throws -> Bool {
        var info = stat()
        guard lstat(file.path, &info) == 0 else {
            guard errno == ENOENT else { throw StorageError(operation: "lstat", path: file.path, code: errno) }
            return false
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw VaultError.editorFailed("\(file.path) is not a regular file (a symbolic link?); it is not used: remove it and try again")
        }
        guard info.st_uid == geteuid() else {
            throw VaultError.editorFailed("\(file.path) belongs to another user; it is not used: remove it and try again")
        }
        return true
    }

    /// Creates the file (never through a link, never over an existing one) and writes the text.
    func write(_ bytes: UnsafeRawBufferPointer, to file: URL) throws {
        let fd = open(file.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StorageError(operation: "create", path: file.path, code: errno) }
        defer { close(fd) }
        do { try FileDescriptorWrite.all(bytes, to: fd, path: file.path) } catch {
            unlink(file.path)
            throw error
        }
    }

    /// Removes the file, then overwrites its contents with zeros through the
    /// descriptor still open. In that order so that a wipe stopped part-way
    /// (a failed unlink, a kill) never leaves zeros under the edit's name: the
    /// next `edit --resume` took them for the text and refused it for a NUL
    /// byte, for good (found by scripts/fault-test.sh). Returns false when the
    /// name could not be removed; the text is then still there, whole.
    func wipe(_ file: URL) -> Bool {
        let fd = open(file.path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return unlink(file.path) == 0 || errno == ENOENT }
        defer { close(fd) }
        guard unlink(file.path) == 0 else { return false }
        var info = stat()
        if fstat(fd, &info) == 0, info.st_size > 0 {
            _ = try? FileDescriptorWrite.all([UInt8](repeating: 0, count: Int(info.st_size)), to: fd, path: file.path)
            fsync(fd)
        }
        return true
    }

    /// Whether the mount holding `path` is tmpfs or ramfs (from /proc/self/mounts;
    /// Glibc's module map does not offer statfs).
    static func isMemoryBacked(_ path: String) -> Bool {
        guard let mounts = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8),
              let resolved = realpath(path, nil) else { return false }
        defer { free(resolved) }
        let real = String(cString: resolved)
        var best: (point: String, type: String)?
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let point = String(fields[1])
            let covers = real == point || real.hasPrefix(point == "/" ? "/" : point + "/")
            if covers, point.count >= (best?.point.count ?? -1) { best = (point, String(fields[2])) }
        }
        return best.map { ["tmpfs", "ramfs"].contains($0.type) } ?? false
    }
}
