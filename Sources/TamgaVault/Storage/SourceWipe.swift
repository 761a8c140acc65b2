import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `tamga attach --wipe`: overwrites the source file with zeros, flushes it
/// to the disk and removes its name, so that a photo does not stay in a
/// phone's or a laptop's picture folder once it is in the vault.
///
/// What this cannot do, and `tamga attach --help` says so: on SSDs and flash
/// the controller writes the zeros elsewhere and keeps the old blocks until it
/// erases them; copy-on-write and journaling file systems (btrfs, ZFS, APFS,
/// ext4 with data journaling) and snapshots keep older copies; backups,
/// cloud sync and thumbnails are copies of their own; and another hard link
/// to the same file keeps its name (it then reads zeros). Full-disk
/// encryption is what protects the blocks this leaves behind.
public enum SourceWipe {
    /// Which file was read (device and inode): the file wiped must be that
    /// one, not another put at the same path since.
    public struct Identity: Sendable, Equatable {
        public let device: UInt64
        public let inode: UInt64

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// Overwrites, fsyncs and unlinks `url`; returns how many other names
    /// (hard links) the file still has. `label` names it in errors, never its name.
    @discardableResult
    public static func wipe(_ url: URL, expected: Identity, label: String) throws(StorageError) -> Int {
        let fd = open(url.path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw StorageError(operation: "open for wiping", path: label, code: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw StorageError(operation: "inspect", path: label, code: errno) }
        guard (info.st_mode & S_IFMT) == S_IFREG, Identity(info) == expected else {
            // Another file took its place: it is not the one stored, so it is left alone.
            throw StorageError(operation: "wipe", path: label, code: ESTALE)
        }
        let zeros = [UInt8](repeating: 0, count: 64 * 1024)
        var left = Int64(info.st_size)
        while left > 0 {
            let count = Int(min(Int64(zeros.count), left))
            try FileDescriptorWrite.all(count == zeros.count ? zeros : [UInt8](repeating: 0, count: count), to: fd, path: label)
            left -= Int64(count)
        }
        guard fsync(fd) == 0 else { throw StorageError(operation: "flush the zeros of", path: label, code: errno) }
        guard unlink(url.path) == 0 else { throw StorageError(operation: "remove", path: label, code: errno) }
        let folder = open(url.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 { _ = fsync(folder); close(folder) }
        return Int(info.st_nlink) - 1
    }

    /// The identity of an open file.
    public static func identity(of fd: Int32) -> Identity? {
        var info = stat()
        return fstat(fd, &info) == 0 ? Identity(info) : nil
    }
}
