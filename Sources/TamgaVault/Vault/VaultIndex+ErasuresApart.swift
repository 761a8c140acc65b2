import Foundation
import TamgaCore

/// Two erasures of one document made apart on two copies (two persons):
/// each one's revisions still name the person the other erased, so after
/// the merge neither is read (`CommitIndex.keptFromErasures`) and the
/// document drops out of the index. Every person only it declares then
/// leaves the registry, not only the two erased, so another document that
/// names a third one would show her name in its State and public versions
/// (attacker session 38, #2). Keeping those declarations in the registry
/// cannot be done in general: the kept parts are sealed to data keys that
/// stay on the copy that made each erasure, so another copy cannot read
/// them at all. So nothing is exported or projected while it lasts, and the
/// way out is `tamga person erase --recover` (`ErasureRecovery`) on a copy
/// that made one of the erasures.
extension VaultIndex {
    /// Document folders (blind ids) with parts an erasure made apart kept,
    /// no live part, and no destruction: the document is unreadable everywhere.
    public var lostToErasuresApart: [String] {
        let commits = derived.commits
        let kept = Set(commits.keptFromErasures.filter { $0.hasPrefix("documents/") }.compactMap(EntryAuthorization.blind))
        guard !kept.isEmpty else { return [] }
        let live = Set(commits.liveObjects.filter { $0.hasPrefix("documents/") }.compactMap(EntryAuthorization.blind))
        return kept.subtracting(live).subtracting(commits.destroyed).sorted()
    }

    /// Fails while a document is lost to two erasures made apart (above).
    public func requireNoDocumentLostToErasuresApart() throws {
        guard let blind = lostToErasuresApart.first else { return }
        // Not `damaged`: its hint (restore the file from a backup) would send the member the wrong way.
        throw VaultError.invalidArgument("documents/\(blind): " + Self.lostToErasuresApartProblem)
    }

    public static let lostToErasuresApartProblem = "a document no copy can read since two erasures of it were made apart on two copies "
        + "(each still names the person the other erased): every person only it declares has left the registry, so another "
        + "document could show their name; nothing is exported or projected until it is recovered. Run `tamga person erase "
        + "--recover` on a copy that made one of those erasures (it holds that erasure's data keys; docs/retention.md); sync first: "
        + "one copy's recovery is enough for all"

    /// The counted `erase` entries that rewrote `blind` and whose parts under it are kept (one per side).
    func erasuresApart(of blind: String) -> [String] {
        let kept = derived.commits.keptFromErasures
        return contents.entries.filter { name, item in
            derived.refused[name] == nil && item.erased.contains(blind)
                && item.objects.contains { $0.hasPrefix("documents/\(blind)/") && kept.contains($0) }
        }.keys.sorted()
    }

    /// The counted `erase` entries of `blind` that `side` did not see (not
    /// itself nor one of its ancestors): the persons they erased are still
    /// named in `side`'s revisions (with three erasures, the other branch
    /// may hold two, only the newest of which left parts kept).
    func erasuresUnseen(by side: String, of blind: String) -> [String] {
        contents.entries.filter { name, item in
            derived.refused[name] == nil && item.erased.contains(blind) && name != side && !derived.graph.isAncestor(name, of: side)
        }.keys.sorted()
    }

    /// What the counted entries but `left` commit: one side of two erasures
    /// made apart read as if the other had never been written.
    func commits(without left: Set<String>) -> CommitIndex {
        CommitIndex(items: contents.entries.filter { derived.refused[$0.key] == nil && !left.contains($0.key) })
    }
}
