import Foundation
import TamgaCore
import TamgaCrypto

/// `tamga rekey --level L`: re-encrypts every live document part (and attachment) of a level
/// that is not under the newest key epoch (after a member was removed),
/// keeping its revision id, parents and tag. Order (crash safety): write the
/// new parts, then the log entry that lists them as objects and the old ones
/// as removed, then delete the old files. A crash before the entry leaves the
/// new files unlisted (ignored); after it, the old files listed as removed
/// (ignored, and deleted by the next rekey or reported by `check`).
public enum Rekey {
    /// A re-encrypted part is committed anew, which would make a stale one
    /// look fresh (`ProjectionFreshness` goes by the committing entry): so
    /// stale State and public parts are refreshed first (by a member cleared
    /// internal), or the rekey is refused.
    static func refreshFirst(_ vault: UnlockedVault) throws {
        let index = try VaultIndex.load(vault)
        guard let stale = index.projectionFreshness.staleParts(in: index.commits).first?.path else { return }
        guard vault.levelKeys.canRead(.internal) else {
            throw VaultError.invalidArgument("\(stale) is stale (made before a change to names, consent or the policy): "
                + "a member cleared internal must run `tamga refresh` before the rekey")
        }
        try LowerPartRefresher(vault: vault, context: try RedactionContext.load(vault, loading: .none)).refresh()
    }

    /// `leftAlone` hears each attachment that could not be re-encrypted
    /// (`AttachmentRekey.run`); without it they end in one error after the rest.
    public static func run(_ vault: UnlockedVault, level: Level,
                           leftAlone: ((_ path: String, _ problem: String) -> Void)? = nil) throws -> Int {
        guard vault.member.administrator, vault.levelKeys.canRead(level) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "rekeying \(level.rawValue) (an administrator holding that level)")
        }
        if level != .internal { try refreshFirst(vault) }
        let current = try vault.currentKey(level)
        let index = try vault.commitIndex()
        var written: [String] = [], replaced: [String] = []
        let batch = DataKeyBatch()
        for blind in VaultPaths.fileNames(in: vault.paths.documents) {
            let folder = vault.paths.parts(blind: blind, level: level)
            for name in VaultPaths.fileNames(in: folder) {
                let path = "documents/\(blind)/\(level.rawValue)/\(name)"
                guard index.isLive(path) else { continue }
                let bytes = try DurableFile.readAll(folder.appendingPathComponent(name))
                let header: ObjectHeader, plaintext: SecretBytes
                do { (header, plaintext) = try VaultObject.open(bytes, keys: vault.levelKeys) } catch {
                    throw VaultError.damaged(path: path, problem: error.description)
                }
                guard Int(header.epoch) != current.epoch else { continue }
                // A new data key of the new epoch (issue 18): one a removed member may have opened is never reused.
                let sealing = try vault.sealingKey(blind: blind, level: level, batch: batch)
                let fields = ObjectHeaderFields(kind: header.kind, level: level, epoch: UInt32(sealing.epoch),
                                                revision: header.revision, parents: header.parents, contentTag: header.contentTag)
                let object = try VaultObject.seal(plaintext, header: fields, levelKey: sealing.publicKey)
                let newName = Hex.encode(SHA256.hash(object))
                try DurableFile.write(object, to: folder, name: newName)
                written.append(contentsOf: sealing.newObject.map { [$0] } ?? [])
                written.append("documents/\(blind)/\(level.rawValue)/\(newName)")
                replaced.append(path)
            }
        }
        // Files a crashed earlier rekey or refresh superseded but left behind.
        let leftovers = index.removed.filter { FileManager.default.fileExists(atPath: vault.paths.root.appendingPathComponent($0).path) }
        try vault.log(LogAction(action: "rekey", level: level.rawValue, note: "\(replaced.count) parts re-encrypted to epoch \(current.epoch)"),
                      objects: written, removed: replaced)
        for path in replaced + leftovers { try DurableFile.remove(vault.paths.root.appendingPathComponent(path)) }
        // Evidence files too: the removed member's old key must open no photo either.
        return replaced.count + (try AttachmentRekey.run(vault, level: level, leftAlone: leftAlone))
    }
}
