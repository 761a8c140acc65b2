import Foundation
import TamgaCore
import TamgaCrypto

/// The commits that arrive: each exactly one tamga sync writes, and the
/// history a tip carries, judged commit by commit.
extension ArrivalVerifier.Judge {
    /// Every new commit, not only the tip: exactly a commit tamga sync
    /// writes (`TamgaCommit`: rebuilt from its tree, parents, times and
    /// one of tamga's messages, it gives back its bytes, so no header,
    /// trailing byte or text of its own rides in main's history), and
    /// each change it makes to a vault path of a regular file (no stray
    /// name, link or submodule, even one a later commit removes).
    mutating func judgeCommits(tree: GitTree, tips: [String], known: [String]) throws {
        let range = tips + (known.isEmpty ? [] : ["--not"] + known)
        let ids = try tree.git.run(["rev-list"] + range).lines
        let texts = try TamgaCommit.texts(ids, git: tree.git)
        for id in ids where !(texts[id].map(TamgaCommit.isMainCommit) ?? false) {
            problem("commit \(id.prefix(12))", "not made by tamga sync: not exactly the text it writes (its author, message or "
                    + "headers are not tamga's, or bytes follow its message; a commit may carry no text of its own)")
        }
        // Each commit's tree is walked within the vault layout's bounds before git expands it (a tree bomb).
        try tree.bound(texts.values.compactMap(TamgaCommit.tree))
        guard !ids.isEmpty else { return }
        let fields = try tree.git.run(["diff-tree", "--stdin", "-r", "-z", "--no-renames", "-m", "--root", "--no-commit-id"],
                                      input: Array((ids.joined(separator: "\n") + "\n").utf8)).fields
        var index = 0
        while index < fields.count {
            let field = fields[index]
            guard field.hasPrefix(":"), index + 1 < fields.count else { index += 1; continue }
            let meta = field.dropFirst().split(separator: " ")
            let path = fields[index + 1]
            index += 2
            guard meta.count == 5, meta[4] != "D" else { continue }
            if VaultFileKind(path: path) == .unknown {
                problem(path, "a commit carries a path that is not part of a tamga vault")
            } else if !["100644", "100755"].contains(String(meta[1])) {
                problem(path, "a commit carries a link or a submodule")
            } else if !known.isEmpty, case .object(.dataKey, _) = VaultFileKind(path: path) { problem(path, DataKeyRef.notOnMain) }
        }
    }

    /// Blobs the new commits carry that the target does not hold: only an
    /// object some counted entry removed (a superseded part) or listed in a
    /// folder a counted entry destroyed, hash-checked.
    mutating func judgeHistory(tree: GitTree, target: String, tips: [String], known: [String]) throws {
        let listed = try tree.git.run(["rev-list", "--objects", "--no-object-names", "--filter=object:type=blob"] + tips
            + (known.isEmpty ? [] : ["--not"] + known)).lines
        guard !listed.isEmpty else { return }
        let targetFiles = try tree.files(target)
        let inTarget = Set(targetFiles.map(\.blob))
        let targetPaths = Set(targetFiles.map(\.path))
        let transient = Set(listed.map { String($0.prefix(40)) }).subtracting(inTarget)
        guard !transient.isEmpty else { return }
        // Where each transient blob sat: ask the commits that carry it.
        let named = try tree.git.run(["rev-list", "--objects", "--filter=object:type=blob"] + tips
            + (known.isEmpty ? [] : ["--not"] + known)).lines
        var checked: [(blob: String, path: String)] = [], keys: [(blob: String, path: String)] = [], settings = keys
        for line in named {
            let blob = String(line.prefix(40))
            guard transient.contains(blob), line.count > 41 else { continue }
            let path = String(line.dropFirst(41))
            switch VaultFileKind(path: path) {
            // A superseded part, or one of a destroyed document (made on a copy that had not seen the tombstone).
            case .object where commits.isSuperseded(path) || (commits.isDestroyed(path) && commits.objects.contains(path)):
                checked.append((blob, path))
            case .object(.dataKey, _) where known.isEmpty && commits.objects.contains(path): // from before data keys left main
                checked.append((blob, path))
            case .gitSetting where path == ".gitignore": settings.append((blob, path))
            // Key files are written once: another version in history means one was rewritten.
            // One that went may only be a removed member's, or an export key superseded.
            // Two reshares between syncs: the first one's recovery key went with the second.
            case .sealedKey(_, _, let holder) where targetPaths.contains(path) && holder == SealedKeyFolder.recoveryHolder
                && recoveryRotationsArriving >= 2:
                keys.append((blob, path))
            case .sealedKey where targetPaths.contains(path), .memberKey where targetPaths.contains(path):
                problem(path, "a commit carries another version of this key file (it was rewritten)")
            case .sealedKey(let folder, let epoch, let holder) where mayHaveGone(folder: folder, epoch: epoch, holder: holder):
                keys.append((blob, path))
            case .memberKey(let fingerprint) where chain.last?.body.member(fingerprint: fingerprint)?.active == false:
                keys.append((blob, path))
            default: problem(path, "a commit carries a version of this file that the vault does not hold (history must hold only the vault)")
            }
        }
        try judgeEarlierSettings(settings, tree: tree)
        let digests = try tree.digests(checked.enumerated().map { ($0.element.blob, "\($0.offset)/" + $0.element.path) })
        for (offset, file) in checked.enumerated() {
            let hash = digests["\(offset)/" + file.path]?.hash
            if hash != URL(fileURLWithPath: file.path).lastPathComponent {
                problem(file.path, "a commit carries a version of this file that does not match its hash")
            }
        }
        // A key file that went must have been one: a sealed key's size, or a key file whose keys give its fingerprint.
        let keyBytes = try tree.digests(keys.enumerated().map { ($0.element.blob, "\($0.offset)/" + $0.element.path) })
        for (offset, file) in keys.enumerated() {
            let bytes = keyBytes["\(offset)/" + file.path]?.head ?? []
            let whole: Bool
            if case .memberKey(let fingerprint) = VaultFileKind(path: file.path) {
                whole = Self.keyFileGives(fingerprint, bytes, vault: chain.first?.vaultID)
            } else {
                whole = bytes.count == ObjectHeader.sealedKeyByteCount
            }
            if !whole { problem(file.path, "a commit carries a key file that is not one (history must hold only the vault)") }
        }
    }

    /// Whether a sealed key may have left the vault: its holder was
    /// removed, or it sealed an export key that a newer one superseded.
    func mayHaveGone(folder: String, epoch: Int, holder: String) -> Bool {
        guard let newest = chain.last?.body else { return false }
        if holder != "recovery", newest.member(fingerprint: holder)?.active == false { return true }
        return folder == "signing" && epoch < (newest.signingKeys.map(\.epoch).max() ?? 0)
    }

    /// Whether `bytes` are this vault's key file whose public keys give `fingerprint`.
    static func keyFileGives(_ fingerprint: String, _ bytes: [UInt8], vault: String?) -> Bool {
        guard let file = try? MemberKeyFile.decode(bytes), file.fingerprint == fingerprint, file.vault == vault,
              let encryption = try? Hex.decode(file.encryptionKey), let signing = try? Hex.decode(file.signingKey) else { return false }
        return Fingerprint.of(encryptionKey: encryption, signingKey: signing) == fingerprint
    }
}
