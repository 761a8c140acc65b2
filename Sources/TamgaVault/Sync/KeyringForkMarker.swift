import Foundation

/// A member change this copy made apart from one the remote already holds
/// (attacker 40b, F7): two administrators changed members on two copies
/// (a removal on one, an addition on the other). The remote's keyring is
/// refused on arrival here, so this copy never learns the removal: its
/// chain has no fork, writes went on sealing to the epoch the removed member
/// still holds, and sync blamed "files no member signed".
///
/// A refused sync that names such a keyring leaves this marker in the copy's
/// git folder; while it is there, the vault opens with a keyring fork
/// (`UnlockedVault.keyringFork`) and every seal and entry is refused, also
/// in a session opened before (`tamga serve`: `currentKey`,
/// `keyringToBind`). It stays until the keyrings it names are in this
/// copy's folder (then the chain itself shows the fork); a sync with
/// another remote does not clear it (session 41 attacker, K2). The way out
/// is the one the hint gives (`SyncError`): clone the vault again and make
/// this copy's member change there. Whoever can write files in the copy
/// can delete the marker, as they can delete any file: the remote's guard
/// and every reader still refuse what such a copy pushes to a remote that
/// holds the other change.
enum KeyringForkMarker {
    /// What `KeyringStore.chainReport` says of a keyring signed by an
    /// administrator active in the keyring it follows, on another branch.
    static let reasonMark = "(two copies changed members apart)"
    /// In the reason `pending` gives, for the hint (`VaultError`).
    static let pendingMark = "refused at the last sync"

    static func file(root: URL) -> URL { root.appendingPathComponent(".git/tamga-keyring-fork") }

    /// Records the refused keyrings of `problems` that fork the chain, if any.
    static func record(_ problems: [SyncProblem], root: URL) {
        let forks = problems.filter { $0.path.hasPrefix("keyring/") && $0.reason.contains(reasonMark) }.map(\.path)
        guard !forks.isEmpty, FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path) else { return }
        _ = FileManager.default.createFile(atPath: file(root: root).path, contents: Data((forks.sorted().joined(separator: "\n") + "\n").utf8),
                                           attributes: [.posixPermissions: 0o600])
    }

    /// Why this copy must not write, when a refused sync left the marker.
    static func pending(root: URL) -> String? {
        guard let bytes = FileManager.default.contents(atPath: file(root: root).path) else { return nil }
        let names = String(decoding: bytes.prefix(4096), as: UTF8.self).split(whereSeparator: \.isNewline)
            .filter { $0.hasPrefix("keyring/") && $0.count <= 80 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "/.".contains($0)) } }
        let keyrings = URL(fileURLWithPath: root.path).appendingPathComponent("keyring")
        if !names.isEmpty, names.allSatisfy({ FileManager.default.fileExists(atPath: keyrings.appendingPathComponent(String($0.dropFirst(8))).path) }) {
            return nil
        }
        let named = names.isEmpty ? "" : " (" + names.joined(separator: ", ") + ")"
        return "this copy's member change and the remote's were made apart\(named), \(pendingMark): what this copy "
            + "sealed could reach a member one of the changes removed, so nothing is written or logged here. Clone the vault "
            + "again (`tamga clone`) and make this copy's member change there"
    }
}
