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
            func open(_ name: String) throws -> (ObjectHeader, SecretBytes, digest: [UInt8]) {
                do {
                    let (header, plaintext) = try VaultObject.open(try DurableFile.readAll(folder.appendingPathComponent(name)), keys: vault.levelKeys)
                    return (header, plaintext, plaintext.withUnsafeBytes { SHA256.hash(Array($0)) })
                } catch let error as StorageError {
                    throw error
                } catch {
                    throw VaultError.damaged(path: "documents/\(blind)/\(level.rawValue)/\(name)", problem: "\(error)")
                }
            }
            // A revision may have a second part with the same plaintext (a
            // rekey stopped between writing the new part and deleting the
            // old, or an old copy merged back): keep one under the newest
            // epoch. Parts with other plaintext (a refreshed lower part, or a
            // planted one `check` reports) are each kept and re-encrypted.
            var kept: Set<[UInt8]> = []
            var old: [String] = []
            for name in VaultPaths.fileNames(in: folder) {
                guard let header = try? VaultObject.header(of: try DurableFile.readAll(folder.appendingPathComponent(name))),
                      Int(header.epoch) == current.epoch else { old.append(name); continue }
                let (_, _, digest) = try open(name)
                if !kept.insert(header.revision + digest).inserted {
                    try DurableFile.remove(folder.appendingPathComponent(name))
                }
            }
            for name in old {
                let url = folder.appendingPathComponent(name)
                let (header, plaintext, digest) = try open(name)
                if !kept.insert(header.revision + digest).inserted {
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
