import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The temporary files this process is writing (`.tmp-*`, before they are
/// renamed into place), so that an interrupt (Ctrl-C, SIGTERM) can remove
/// exactly those and nothing another process is writing (issue 16: Ctrl-C
/// during a large attach left a 770 MB temporary file in the vault). Every
/// write commits by its log entry, written last, so removing the temporary
/// files of an interrupted write leaves the vault as it was before it.
public enum TemporaryFileRegistry {
    nonisolated(unsafe) private static var paths: Set<String> = []
    /// Private workspaces holding decrypted evidence (`PrivateWorkspace`): removed whole.
    nonisolated(unsafe) private static var folders: Set<String> = []
    private static let lock = NSLock()
    /// Set by `removeAll` (an interrupt): the command's own thread runs on
    /// until the process exits, so what it registers from then on is
    /// removed at once (a SIGTERM under load left an export's staging folder,
    /// made just after the clean-up: full suite, session 37).
    nonisolated(unsafe) private static var closing = false

    static func register(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        if closing { unlink(path); return }
        paths.insert(path)
    }

    static func unregister(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        paths.remove(path)
    }

    static func registerFolder(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        if closing { try? FileManager.default.removeItem(atPath: path); return }
        folders.insert(path)
    }

    /// Whether an interrupt now would remove the workspace at `path`.
    static func holdsFolder(_ path: String) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return folders.contains(path)
    }

    static func unregisterFolder(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        folders.remove(path)
    }

    /// Unlinks every temporary file still registered, and removes every
    /// registered workspace with what it holds; returns how many files and their bytes.
    public static func removeAll() -> (count: Int, bytes: Int64) {
        lock.lock(); defer { lock.unlock() }
        closing = true
        var removed = 0, bytes: Int64 = 0
        for path in paths {
            var info = stat()
            let size = lstat(path, &info) == 0 ? Int64(info.st_size) : 0
            if unlink(path) == 0 { removed += 1; bytes += size }
        }
        paths.removeAll()
        for folder in folders {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in files {
                var info = stat()
                bytes += lstat(folder + "/" + name, &info) == 0 ? Int64(info.st_size) : 0
            }
            // The command's thread may be writing into it still: a file made during the removal makes the
            // last rmdir fail, so try again a few times.
            for attempt in 0..<5 {
                if (try? FileManager.default.removeItem(atPath: folder)) != nil || !FileManager.default.fileExists(atPath: folder) {
                    removed += files.count; break
                }
                if attempt < 4 { usleep(2_000) }
            }
        }
        folders.removeAll()
        return (removed, bytes)
    }
}
