import Foundation
import TamgaCore
import TamgaCrypto

/// Who may hold which sealed key, and what a recovery key file or a
/// rotated epoch must arrive with, and how an arriving encrypted object is
/// judged by its header.
extension ArrivalVerifier.Judge {
    /// Whether the keyring chain clears `holder` for the keys in `folder`
    /// (a level's keys for members cleared for that level, the export
    /// key for members cleared internal, the index key for every member).
    func mayHold(_ folder: String, _ holder: String) -> Bool {
        if holder == "recovery" { return true }
        let clearances = chain.compactMap { $0.body.member(fingerprint: holder)?.clearance }
        switch folder {
        case "index": return !clearances.isEmpty
        case "signing": return clearances.contains(.internal)
        default:
            guard let level = Level(rawValue: String(folder.dropFirst("levels/".count))) else { return false }
            return clearances.contains { $0.levels.contains(level) }
        }
    }

    /// Why an arriving sealed key is refused, or nil. Its epoch must be one
    /// the keyring declares for that folder, and the key must come with
    /// what makes it: the keyring that adds the epoch (a rekey, a removal)
    /// or the holder (a new member). A keyless writer could otherwise plant
    /// garbage for an epoch to come, and the real keys could never join.
    func sealedKeyRefusal(folder: String, epoch: Int, holder: String, changes: [GitTree.Change]) -> String? {
        guard let newest = chain.last?.body else { return "no verified keyring" }
        let before = keyringBefore(changes)
        func epochs(_ body: KeyringBody?) -> Set<Int> {
            guard let body else { return [] }
            switch folder {
            case "index": return Set(body.indexKeys.map(\.epoch))
            case "signing": return Set(body.signingKeys.map(\.epoch))
            default: return Set((body.levels[String(folder.dropFirst("levels/".count))] ?? []).map(\.epoch))
            }
        }
        guard epochs(newest).contains(epoch) else { return "a sealed key for an epoch the keyring does not declare" }
        let newEpoch = !epochs(before).contains(epoch)
        let newHolder = holder != "recovery" && before?.member(fingerprint: holder) == nil
        let newRecovery = holder == "recovery" && before?.recovery.encryptionKey != newest.recovery.encryptionKey
        guard newEpoch || newHolder || newRecovery || before == nil else {
            return "a sealed key for an existing epoch and holder arrives without the keyring change that would make it"
        }
        return nil
    }

    /// The newest keyring of the chain that was there before these changes.
    func keyringBefore(_ changes: [GitTree.Change]) -> KeyringBody? {
        let arriving = arrivingKeyrings(changes)
        return chain.last { !arriving.contains($0.fileHash) }?.body
    }

    /// The names (hashes) of the keyrings these changes add.
    func arrivingKeyrings(_ changes: [GitTree.Change]) -> Set<String> {
        Set(changes.filter { $0.status == .added && VaultFileKind(path: $0.path) == .keyring }
            .map { String($0.path.dropFirst("keyring/".count).dropLast(5)) })
    }

    /// Why an arriving or rewritten `recovery.sealed` is refused, or nil.
    /// A rewrite (`tamga recovery reshare`) comes only with a keyring that
    /// changes the recovery key; and any recovery sealed key that the
    /// newest keyring lists must be the very file it lists (its SHA-256),
    /// so a keyless writer can neither swap one alone nor slip its own in
    /// beside an administrator's real rotation.
    func recoveryRefusal(_ path: String, changes: [GitTree.Change], rewrite: Bool) -> String? {
        guard let newest = chain.last?.body else { return "no verified keyring" }
        if rewrite {
            guard let before = keyringBefore(changes), before.recovery.encryptionKey != newest.recovery.encryptionKey else {
                return "rewrites a sealed key, which is written once (a recovery key is re-sealed only "
                    + "with the signed keyring that replaces the recovery key)"
            }
        }
        guard let listed = newest.recovery.sealed?[path] else {
            return rewrite ? "re-seals the recovery key where the keyring's new recovery key lists no sealed key" : nil
        }
        let bytes = (try? DurableFile.readAll(root.appendingPathComponent(path))) ?? []
        guard Hex.encode(SHA256.hash(bytes)) == listed else {
            return "not the recovery sealed key the signed keyring lists (only the administrator who replaced the recovery key wrote that one)"
        }
        return nil
    }

    /// How many keyrings among these changes replace the recovery key.
    func recoveryRotations(_ changes: [GitTree.Change]) -> Int {
        let arriving = arrivingKeyrings(changes)
        return zip(chain, chain.dropFirst()).filter { previous, keyring in
            arriving.contains(keyring.fileHash) && previous.body.recovery.encryptionKey != keyring.body.recovery.encryptionKey
        }.count
    }

    /// An arriving object: named by its hash, a header of its folder's
    /// kind and level, listed by a counted entry.
    mutating func judgeObject(_ path: String, kind: ObjectHeader.Kind, level: Level?) {
        guard let (hash, head) = objects[path].map({ ($0.hash, $0.head) }) else { problem(path, "unreadable"); return }
        guard hash == URL(fileURLWithPath: path).lastPathComponent else { problem(path, "the file does not match its hash"); return }
        guard let header = try? VaultObject.header(of: head), header.kind == kind, level == nil || header.level == level else {
            problem(path, "not an encrypted object of its folder's kind and level"); return
        }
        if commits.isDestroyed(path) || commits.erasedObjects.contains(path) {
            // A copy that had not seen the destruction or erasure: nothing reads it, and `check --tidy` removes it.
            return
        } else if !commits.objects.contains(path) {
            problem(path, "no signed log entry lists it (planted, or its entry did not arrive)")
        } else if commits.removed.contains(path) {
            problem(path, "a signed entry removed (superseded) it; it cannot come back")
        }
    }
}
