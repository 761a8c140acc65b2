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
/// with the vault's write lock held: any temporary file seen then belongs to a
/// write that can no longer finish. Their contents are ciphertext or signed
/// public data (plaintext is never written into the vault), so unlinking is
/// enough.
public enum TemporaryFiles {
    public static let prefix = ".tmp-"

    /// Vault-relative paths of every temporary file, sorted; `.git` is skipped.
    public static func find(in root: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var found: [String] = []
        for case let relative as String in walker {
            if relative == ".git" || relative.hasPrefix(".git/") { walker.skipDescendants(); continue }
            if (relative as NSString).lastPathComponent.hasPrefix(prefix) { found.append(relative) }
        }
        return found.sorted()
    }

    /// Deletes them; the caller holds the `VaultLock`. Returns how many files
    /// and bytes were removed; a file that cannot be removed is an error
    /// naming it.
    public static func remove(in root: URL, holding _: VaultLock) throws(VaultError) -> (files: Int, bytes: Int64) {
        var files = 0
        var bytes: Int64 = 0
        for relative in find(in: root) {
            let path = root.appendingPathComponent(relative).path
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }  // gone meanwhile
            guard unlink(path) == 0 else {
                throw VaultError.storage(StorageError(operation: "remove", path: path, code: errno))
            }
            files += 1
            bytes += Int64(info.st_size)
        }
        return (files, bytes)
    }
}
