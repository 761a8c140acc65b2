import Foundation

/// The tombstones (`destroy` entries, issue 18) this machine has seen in a
/// copy of the vault, per copy and member like the heads
/// (`$XDG_STATE_HOME/tamga/<vault id>/copies/<copy>/tombstones-<member>`).
///
/// Why the heads are not enough: once a later entry names a tombstone, it is
/// no longer a head, and a keyless writer who deletes it from the middle of
/// the log (and puts back the document's data keys and parts from any older
/// copy, which a git host keeps) made every reader show the document again;
/// only `check` and exports noticed the gap (attacker, session 34). A
/// destruction is the one entry whose loss silently changes what every read
/// shows, so each one seen is remembered until `check --accept-older`.
extension LocalMemory {
    private var tombstonesName: String { member.map { "tombstones-\($0.prefix(32))" } ?? "tombstones" }

    /// The tombstones this copy (and member) saw, in any order.
    func lastSeenTombstones() -> Set<String> {
        guard let bytes = try? DurableFile.readAll(copyFolder.appendingPathComponent(tombstonesName)) else { return [] }
        return Set(String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init))
    }

    /// Adds `names` to the tombstones remembered (`replacing`: forgets the
    /// others, for `check --accept-older`). A failure only costs the check.
    func rememberTombstones(_ names: Set<String>, replacing: Bool = false) {
        let known = lastSeenTombstones()
        let all = replacing ? names : known.union(names)
        guard all != known else { return }
        try? FileManager.default.createDirectory(at: copyFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try? DurableFile.write(Array((all.sorted().joined(separator: "\n") + "\n").utf8), to: copyFolder, name: tombstonesName, replace: true)
    }
}

extension VaultIndex {
    /// The counted `destroy` and `erase` entries: what `LocalMemory.rememberTombstones`
    /// keeps. An erasure is a tombstone for a person's named revisions: losing
    /// it from the middle of the log would bring them back (issue 18).
    var countedTombstones: Set<String> {
        Set(contents.entries.filter { derived.refused[$0.key] == nil && !($0.value.destroyed.isEmpty && $0.value.erased.isEmpty) }.keys)
    }
}
