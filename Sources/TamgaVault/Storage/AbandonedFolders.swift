import Foundation

/// Folders of decrypted material that a killed process left behind: the
/// private evidence workspace (`PrivateWorkspace`) and the staging folder of
/// an export with attachments (`ExportStaging`). A live owner holds an
/// exclusive `flock` on its folder, so a folder nobody holds is abandoned: it
/// is overwritten and unlinked (`FolderShredder`). A folder still being made
/// (`makingPrefix`, empty until it is renamed) is removed after a minute.
/// Only this user's real folders are touched, never a symbolic link.
enum AbandonedFolders {
    static func remove(in base: String, prefix: String, makingPrefix: String) {
        let minuteAgo = time(nil) - 60
        for name in (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
        where name.hasPrefix(prefix) || name.hasPrefix(makingPrefix) {
            let path = (base as NSString).appendingPathComponent(name)
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == getuid() else { continue }
            if name.hasPrefix(makingPrefix) {
                if info.st_ctim.tv_sec < minuteAgo { rmdir(path) }  // empty: nothing was decrypted into it yet
                continue
            }
            let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            // Held by a live owner: EWOULDBLOCK, left alone.
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { continue }
            var shredder = FolderShredder(dryRun: false)
            _ = shredder.removeTree(path)
        }
    }
}
