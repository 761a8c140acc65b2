import Foundation
import TamgaCore

/// Judges data-key files with no key, against a verified log (its counted
/// entries, `CommitIndex`): the rule `ArrivalJudge.judgeObject` applies to a
/// data key on arrival (named by its hash, a data-key header of its folder's
/// level, listed by a counted entry of a member allowed to write that level,
/// never removed), plus two that only the data-key ref needs: a destroyed
/// document's key never comes back, and a key leaves only with its
/// document's tombstone. `sync`, `clone` and `guard` all judge through it.
struct DataKeyJudge {
    /// The counted log the files are judged against.
    let commits: CommitIndex

    /// Why `file`'s bytes are not a data key of its path, or nil; `digest` is its SHA-256 and first bytes.
    func contentRefusal(_ file: GitTree.File, digest: (hash: String, head: [UInt8])?) -> String? {
        guard case .object(.dataKey, let level) = VaultFileKind(path: file.path) else { return "not a data-key file" }
        guard file.mode == "100644" || file.mode == "100755" else { return "not a regular file (a symbolic link or a submodule)" }
        guard let digest else { return "unreadable" }
        guard digest.hash == URL(fileURLWithPath: file.path).lastPathComponent else { return "the file does not match its hash" }
        guard let header = try? VaultObject.header(of: digest.head), header.kind == .dataKey, header.level == level else {
            return "not a data key of its folder's level"
        }
        return nil
    }

    /// Why the log does not allow a key at `path`, or nil.
    func logRefusal(_ path: String) -> String? {
        if commits.isDestroyed(path) { return "a signed entry destroyed its document; its data key cannot come back" }
        if !commits.objects.contains(path) { return "no signed log entry lists it (forged or planted, or its entry did not arrive)" }
        if commits.isSuperseded(path) { return "a signed entry removed it; it cannot come back" }
        return nil
    }

    /// The problems of `files`: every one against the log; the bytes of
    /// those not already trusted (same path and blob), streamed once.
    func problems(_ files: [GitTree.File], trusted: [String: GitTree.File] = [:], tree: GitTree) throws -> [SyncProblem] {
        let fresh = files.filter { trusted[$0.path]?.blob != $0.blob }
        let digests = try tree.digests(fresh.filter { $0.mode.hasPrefix("100") }.map { ($0.blob, $0.path) })
        let content = fresh.compactMap { file in contentRefusal(file, digest: digests[file.path]).map { SyncProblem(file.path, $0) } }
        let refused = Set(content.map(\.path))
        return content + files.filter { !refused.contains($0.path) }.compactMap { file in logRefusal(file.path).map { SyncProblem(file.path, $0) } }
    }

    /// Keys that were in `before` and are not in `after` without a tombstone
    /// for their document: a keyless writer destroying a document (or
    /// locking every member out of it) by deleting its key.
    func dropped(from before: some Collection<String>, to after: Set<String>) -> [SyncProblem] {
        // An erasure supersedes the keys of the revisions it replaced (listed in its `removed`).
        before.filter { !after.contains($0) && !commits.isDestroyed($0) && !commits.isSuperseded($0) }.sorted().map {
            SyncProblem($0, "a data key the log lists as live was deleted; a data key leaves only with its document's tombstone")
        }
    }

    /// The live data keys the log lists (added, never removed, document not destroyed).
    var liveKeys: Set<String> { Set(commits.liveObjects.filter { $0.hasPrefix("datakeys/") }) }
}
