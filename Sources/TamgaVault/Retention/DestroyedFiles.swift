import Foundation

/// The files of destroyed documents still in a vault folder: left by a crash
/// between the tombstone and the removal, or brought by a copy that had not
/// seen the destruction. Nothing reads them (`CommitIndex.isDestroyed`);
/// `tamga destroy` and `tamga check --tidy` overwrite and unlink them.
enum DestroyedFiles {
    /// The data-key, document and attachment folders of `blinds` that exist
    /// here, relative to the vault: the data keys first, so that an
    /// interrupted removal leaves ciphertext nothing opens.
    static func present(_ blinds: Set<String>, in root: URL) -> [String] {
        blinds.sorted().flatMap { blind in
            ["datakeys/\(blind)", "documents/\(blind)", "attachments/\(blind)"].filter {
                FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path)
            }
        }
    }

    /// Overwrites and unlinks every file under those folders, then the folders.
    static func remove(_ blinds: some Sequence<String>, in root: URL) -> (files: Int, bytes: Int64, left: [String]) {
        var shredder = FolderShredder(dryRun: false)
        var files = 0, bytes: Int64 = 0
        for folder in present(Set(blinds), in: root) {
            if let tally = shredder.removeTree(root.appendingPathComponent(folder).path) {
                files += tally.files
                bytes += tally.bytes
            }
        }
        return (files, bytes, shredder.failures)
    }

    /// Overwrites and unlinks the superseded data-key files still here (an
    /// erasure's, issue 18, or a copy made before it merged back), and the
    /// objects an erasure outdated: what only opened with those keys.
    static func removeSuperseded(_ commits: CommitIndex, in root: URL) -> (files: Int, bytes: Int64, left: [String]) {
        shred(Array(commits.removed.filter { $0.hasPrefix("datakeys/") }.union(commits.erasedObjects).filter(commits.mayShred)), in: root)
    }

    /// Overwrites and unlinks the files at `paths` (relative to the vault)
    /// that are here, the data keys first.
    static func shred(_ paths: [String], in root: URL) -> (files: Int, bytes: Int64, left: [String]) {
        var shredder = FolderShredder(dryRun: false)
        var files = 0, bytes: Int64 = 0
        let ordered = paths.sorted { a, b in (a.hasPrefix("datakeys/") ? 0 : 1, a) < (b.hasPrefix("datakeys/") ? 0 : 1, b) }
        for path in ordered {
            let url = root.appendingPathComponent(path)
            if let tally = shredder.removeFiles(in: url.deletingLastPathComponent().path, prefix: url.lastPathComponent,
                                                removeFolderWhenEmpty: false) {
                files += tally.files
                bytes += tally.bytes
            }
        }
        return (files, bytes, shredder.failures)
    }
}
