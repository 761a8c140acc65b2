import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The temporary files (`.tmp-*`) that interrupted or failed writes leave in a
/// vault. Every file is written under such a name and then linked or renamed
/// into place, so a kill or a full disk can leave one behind. Readers skip
/// them, but they take disk space, and a disk-full failure is exactly when the
/// user needs that space back: `tamga check` lists them and `tamga check
/// --tidy` deletes them.
///
/// Deleting is safe only while no writer is running, so `remove` is called
/// with the vault's write lock held (every command that writes into the vault
/// takes it): any temporary file seen then belongs to a write that can no
/// longer finish. Their contents are ciphertext or signed public data
/// (plaintext is never written into the vault), so unlinking is enough.
///
/// The walk never follows a symbolic link (each entry is `lstat`ed and only
/// real directories are entered), and only regular files and symbolic links
/// named `.tmp-*` are removed: unlinking a link removes the link, never its
/// target. Anything else so named (a directory) is listed, not removed.
public enum TemporaryFiles {
    public static let prefix = ".tmp-"

    /// Vault-relative paths of every `.tmp-*` entry, sorted; `.git` is skipped.
    public static func find(in root: URL) -> [String] {
        var found: [String] = []
        walk(root.path, relative: "", into: &found)
        return found.sorted()
    }

    private static func walk(_ directory: String, relative: String, into found: inout [String]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name != ".git" {
            let path = directory + "/" + name
            let entry = relative.isEmpty ? name : relative + "/" + name
            if name.hasPrefix(prefix) { found.append(entry); continue }
            var info = stat()
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { walk(path, relative: entry, into: &found) }
        }
    }

    /// Deletes the regular files and symbolic links among them; the caller
    /// holds the `VaultLock`. Returns how many files and bytes were removed,
    /// and the entries left because they are neither (to be named to the
    /// user). A file that cannot be removed is an error naming it.
    public static func remove(in root: URL, holding _: VaultLock) throws(VaultError)
        -> (files: Int, bytes: Int64, left: [String]) {
        var files = 0
        var bytes: Int64 = 0
        var left: [String] = []
        for relative in find(in: root) {
            let path = root.appendingPathComponent(relative).path
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }  // gone meanwhile
            let kind = info.st_mode & S_IFMT
            guard kind == S_IFREG || kind == S_IFLNK else { left.append(relative); continue }
            guard unlink(path) == 0 || errno == ENOENT else {
                throw VaultError.storage(StorageError(operation: "remove", path: path, code: errno))
            }
            files += 1
            bytes += kind == S_IFREG ? Int64(info.st_size) : 0
        }
        return (files, bytes, left)
    }
}
