import Foundation
import TamgaCore
import TamgaCrypto

/// `tamga rekey --level L`: re-encrypts every document part of a level that
/// is not under the newest key epoch (after a member was removed), keeping its
/// revision id, parents and content tag so the log still commits it. The new
/// object is written before the old one is deleted, so a crash leaves both,
/// never neither.
public enum Rekey {
    public static func run(_ vault: UnlockedVault, level: Level) throws -> Int {
        guard vault.member.administrator, vault.levelKeys.canRead(level) else {
            throw VaultError.notCleared(member: vault.member.name, needed: "rekeying \(level.rawValue) (an administrator holding that level)")
        }
        let current = try vault.currentKey(level)
        var count = 0
        for blind in VaultPaths.fileNames(in: vault.paths.documents) {
            let folder = vault.paths.parts(blind: blind, level: level)
            // Revisions that already have a part under the newest epoch: an old
            // part of one of them is left over from an interrupted rekey.
            var rekeyed: Set<[UInt8]> = []
            for name in VaultPaths.fileNames(in: folder) {
                if let header = try? VaultObject.header(of: try DurableFile.readAll(folder.appendingPathComponent(name))),
                   Int(header.epoch) == current.epoch { rekeyed.insert(header.revision) }
            }
            for name in VaultPaths.fileNames(in: folder) {
                let url = folder.appendingPathComponent(name)
                let bytes = try DurableFile.readAll(url)
                let header: ObjectHeader
                let plaintext: SecretBytes
                do { (header, plaintext) = try VaultObject.open(bytes, keys: vault.levelKeys) } catch {
                    throw VaultError.damaged(path: "documents/\(blind)/\(level.rawValue)/\(name)", problem: error.description)
                }
                guard Int(header.epoch) != current.epoch else { continue }
                if rekeyed.contains(header.revision) {
                    try DurableFile.remove(url)
                    continue
                }
                let fields = ObjectHeaderFields(kind: header.kind, level: level, epoch: UInt32(current.epoch),
                                                revision: header.revision, parents: header.parents, contentTag: header.contentTag)
                let object = try VaultObject.seal(plaintext.withUnsafeBytes { Array($0) }, header: fields, levelKey: current.publicKey)
                try DurableFile.write(object, to: folder, name: Hex.encode(SHA256.hash(object)))
                try DurableFile.remove(url)
                count += 1
            }
        }
        try vault.log(LogAction(action: "rekey", level: level.rawValue, note: "\(count) parts re-encrypted to epoch \(current.epoch)"))
        return count
    }
}
