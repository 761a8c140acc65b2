import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A hidden folder next to an export's destination (`.tamga-export-*`,
/// 0700, on the same file system so a rename moves a file into place whole)
/// where every file of one delivery is written first. Nothing is moved out
/// of it until the disclosure ledger holds the delivery's entries (attacker
/// round 3, F12: an export killed in its write phase left signed exports and
/// attachments in the output folder that the ledger never recorded).
///
/// Ctrl-C or SIGTERM removes the folder with what it holds
/// (`TemporaryFileRegistry`). After SIGKILL or a power cut it stays, hidden,
/// and is removed by the next export into the same folder: like a private
/// workspace, a staging folder in use is held locked (`flock`), and one that
/// nobody holds is abandoned.
final class ExportStaging: @unchecked Sendable {
    let destination: URL
    let url: URL
    private let lockDescriptor: Int32

    static let prefix = ".tamga-export-"
    /// Its name while it is made, before it is locked: taken by the clean-up only when a minute old.
    static let makingPrefix = ".tamga-export-making-"

    init(in destination: URL) throws {
        try DurableFile.makeDirectory(destination)
        Self.removeAbandoned(in: destination)
        var template = Array(destination.appendingPathComponent("\(Self.makingPrefix)XXXXXX").path.utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw StorageError(operation: "mkdtemp", path: destination.path, code: errno)
        }
        let making = String(cString: made)
        let path = destination.appendingPathComponent("\(Self.prefix)\(making.suffix(6))").path
        let descriptor = open(making, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0, flock(descriptor, LOCK_EX | LOCK_NB) == 0, rename(making, path) == 0 else {
            let code = errno
            if descriptor >= 0 { close(descriptor) }
            rmdir(making)
            throw StorageError(operation: "lock", path: making, code: code)
        }
        lockDescriptor = descriptor
        self.destination = destination
        url = URL(fileURLWithPath: path, isDirectory: true)
        TemporaryFileRegistry.registerFolder(path)
    }

    deinit { close(lockDescriptor) }

    /// Where `target` (a file in `destination`) is written first.
    func staged(_ target: URL) -> OutputTarget {
        OutputTarget(destination: .file(url.appendingPathComponent(target.lastPathComponent)))
    }

    /// Moves the staged copy of `target` into place: over an existing file
    /// only with `force` (rename), else by `link`, which refuses one.
    func publish(_ target: URL, force: Bool) throws {
        let staged = url.appendingPathComponent(target.lastPathComponent).path
        if force {
            guard rename(staged, target.path) == 0 else { throw StorageError(operation: "rename", path: target.path, code: errno) }
        } else {
            guard link(staged, target.path) == 0 else { throw StorageError(operation: "create", path: target.path, code: errno) }
            unlink(staged)
        }
    }

    /// Removes the folder and whatever is still in it.
    func remove() {
        try? FileManager.default.removeItem(at: url)
        TemporaryFileRegistry.unregisterFolder(url.path)
    }

    /// Removes the staging folders in `folder` that no process holds: what an export killed there left.
    static func removeAbandoned(in folder: URL) {
        AbandonedFolders.remove(in: folder.path, prefix: prefix, makingPrefix: makingPrefix)
    }
}
