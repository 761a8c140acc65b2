import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Durable, atomic file creation: the only way the vault writes a file.
///
/// A vault must survive a power cut at any moment (DESIGN.md, threat 5), so a
/// file appears whole or not at all: it is written to a temporary name in the
/// same directory (created exclusively, mode 0600), fsynced, renamed into place,
/// and then the directory is fsynced so the rename itself is on disk.
/// Foundation's `.atomic` write does neither the directory fsync nor the mode.
public enum DurableFile {
    /// Writes `bytes` as `directory/name`, creating `directory` (0700) if needed.
    ///
    /// With `replace: false` an existing file is left alone and an error
    /// thrown, except that for content-addressed names an identical file counts
    /// as success (`identicalIsSuccess`), which makes retries idempotent.
    public static func write(
        _ bytes: [UInt8], to directory: URL, name: String,
        replace: Bool = false, identicalIsSuccess: Bool = true
    ) throws(StorageError) {
        let final = directory.appendingPathComponent(name)
        let identical = { identicalIsSuccess && (try? readAll(final)) == bytes }
        do {
            try write(to: directory, name: name, replace: replace, identical: identical) { fd, path in
                try writeAll(bytes, to: fd, path: path)
            }
        } catch let error as StorageError {
            throw error
        } catch {
            throw StorageError(operation: "write", path: final.path, code: EIO)
        }
    }

    /// Writes what `fill` writes to the descriptor it is given, as
    /// `directory/name`, the same way (temporary file, fsync, rename or link,
    /// directory fsync): for a file too large to hold in memory, streamed
    /// once. An existing file is never taken as identical. `fill`'s error is
    /// rethrown as it is, and nothing is left behind.
    public static func write(
        to directory: URL, name: String, replace: Bool = false,
        filling fill: (_ fd: Int32, _ path: String) throws -> Void
    ) throws {
        try write(to: directory, name: name, replace: replace, identical: { false }, fill: fill)
    }

    private static func write(
        to directory: URL, name: String, replace: Bool, identical: () -> Bool,
        fill: (_ fd: Int32, _ path: String) throws -> Void
    ) throws {
        try makeDirectory(directory)
        let final = directory.appendingPathComponent(name).path
        if !replace, access(final, F_OK) == 0 {
            if identical() { return }
            throw StorageError(operation: "create", path: final, code: EEXIST)
        }
        let temporary = directory.appendingPathComponent(".tmp-\(name)-\(UInt64.random(in: .min ... .max))").path
        // O_EXCL already refuses any existing name, links included; O_NOFOLLOW says so.
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StorageError(operation: "create", path: temporary, code: errno) }
        TemporaryFileRegistry.register(temporary)
        defer { TemporaryFileRegistry.unregister(temporary) }
        do {
            try fill(fd, temporary)
            guard fsync(fd) == 0 else { throw StorageError(operation: "fsync", path: temporary, code: errno) }
        } catch {
            close(fd); unlink(temporary); throw error
        }
        guard close(fd) == 0 else {
            let code = errno; unlink(temporary)
            throw StorageError(operation: "close", path: temporary, code: code)
        }
        if replace {
            guard rename(temporary, final) == 0 else {
                let code = errno; unlink(temporary)
                throw StorageError(operation: "rename", path: final, code: code)
            }
        } else {
            // link(2) refuses an existing name, so two writers cannot both win.
            guard link(temporary, final) == 0 else {
                let code = errno; unlink(temporary)
                if code == EEXIST, identical() { return }
                throw StorageError(operation: "create", path: final, code: code)
            }
            unlink(temporary)
        }
        try syncDirectory(directory)
    }

    /// Creates `directory` and its missing parents with mode 0700, fsyncing each parent it changed.
    public static func makeDirectory(_ directory: URL) throws(StorageError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw StorageError(operation: "mkdir", path: directory.path, code: ENOTDIR) }
            return
        }
        let parent = directory.deletingLastPathComponent()
        if parent.path != directory.path { try makeDirectory(parent) }
        if mkdir(directory.path, 0o700) != 0 && errno != EEXIST {
            throw StorageError(operation: "mkdir", path: directory.path, code: errno)
        }
        try syncDirectory(parent)
    }

    /// fsyncs a directory so that a rename or a new entry in it is durable.
    public static func syncDirectory(_ directory: URL) throws(StorageError) {
        let dfd = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dfd >= 0 else { throw StorageError(operation: "open", path: directory.path, code: errno) }
        defer { close(dfd) }
        guard fsync(dfd) == 0 else { throw StorageError(operation: "fsync", path: directory.path, code: errno) }
    }

    /// Reads a whole file, refusing symlinks (a vault never contains one; one
    /// planted by an attacker could point outside the vault).
    public static func readAll(_ url: URL) throws(StorageError) -> [UInt8] {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw StorageError(operation: "open", path: url.path, code: errno) }
        defer { close(fd) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw StorageError(operation: "read", path: url.path, code: errno)
            }
            if n == 0 { break }
            result.append(contentsOf: buffer[0..<n])
        }
        return result
    }

    /// Removes a file and fsyncs its directory; a missing file is not an error.
    public static func remove(_ url: URL) throws(StorageError) {
        if unlink(url.path) != 0 && errno != ENOENT {
            throw StorageError(operation: "remove", path: url.path, code: errno)
        }
        try syncDirectory(url.deletingLastPathComponent())
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(StorageError) {
        try FileDescriptorWrite.all(bytes, to: fd, path: path)
    }
}
