import Foundation
import TamgaCore
import TamgaCrypto
#if canImport(Glibc)
import Glibc
#endif

/// Attachments stored before session 28 at level state or public were
/// sealed to that level's key, so a member cleared for the State opens the
/// original (`attachment get`), black-outs not applied: those apply only in
/// exports. Since then every attachment is sealed to internal's key and its
/// lower level is only where exports may take it (`AttachmentDetails.release`).
/// `tamga rekey` run by a member cleared internal moves the older ones the
/// same way: each is decrypted into the private workspace, sealed anew to
/// internal's newest key with its metadata saying level internal, release
/// the old level (hash, persons, consent, caption and name kept), and
/// committed by an `attachment-rekey` entry that names the old object, so
/// its black-outs follow it (`EvidenceLog.names`). Order as for every
/// rekey: the new file, the entry, then the old file deleted.
enum AttachmentReseal {
    /// Moves the attachment at `url` (sealed to `header.level` below internal) under internal's key.
    static func run(_ url: URL, header: ObjectHeader, path: String, blind: String, vault: UnlockedVault, keys: LevelKeySet) throws {
        let current = try vault.sealingKey(blind: blind, level: .internal)
        let made = try AttachmentRewrite.run(url, header: header, path: path, keys: keys, to: (current.epoch, current.publicKey),
                                             vault: vault) { metadata in
            var details = metadata.evidence ?? AttachmentDetails()
            details.release = header.level.rawValue
            metadata.evidence = details
            metadata.level = Level.internal.rawValue
        }
        try vault.log(LogAction(action: AttachmentRekey.action, document: made.metadata.document, level: Level.internal.rawValue,
                                hash: made.object, replaces: url.lastPathComponent),
                      objects: (current.newObject.map { [$0] } ?? []) + ["attachments/\(blind)/\(made.object)"], removed: [path])
        try DurableFile.remove(url)
    }
}
