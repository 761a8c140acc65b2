import Foundation
import TamgaCore

/// The chain of custody of an evidence file, checked every time its content
/// is read whole (get, export, preview, check, re-encryption).
///
/// The SHA-256 inside an object's encrypted metadata is written by whoever
/// wrote the object: a member cleared internal who re-encrypts an attachment
/// (a rekey, a restriction) writes it too, so on its own it proves only that
/// the object is what its writer meant. What intake recorded is in the signed
/// `attach` entry, whose author is the member who took the evidence in. A
/// re-encryption links the new object to the old one (`EvidenceLog.names`),
/// and keeps the content: so every object of a family must hash as the
/// original its `attach` entry recorded, and an insider who "re-encrypts"
/// a photograph into another file of their own is named at the first read.
///
/// Members who cannot read log actions (they are sealed to internal) have
/// the metadata's hash only: a State member is protected against a keyless
/// writer, not against an internal insider (docs/VAULT-FORMAT.md).
enum AttachmentCustody {
    /// Throws when the content differs from what was recorded; returns
    /// whether anything was recorded to compare with (an attachment made
    /// before intake recorded hashes has nothing).
    @discardableResult
    static func verify(_ content: AttachmentReader.Content, object: String, path: String, vault: UnlockedVault) throws -> Bool {
        let inside = content.metadata.evidence?.sha256
        if let inside {
            guard inside == content.sha256, content.metadata.size.map({ Int64($0) == content.byteCount }) ?? true else {
                throw VaultError.damaged(path: path, problem: "its content does not match the SHA-256 recorded when it was attached")
            }
        }
        let logged = try EvidenceLog.load(vault).recordedOriginals(of: object)
        guard logged.count <= 1 else {
            throw VaultError.damaged(path: path, problem: "the signed log records \(logged.count) different originals for this evidence (an attach or re-encryption entry names another file); `tamga log` shows who wrote them")
        }
        if let original = logged.first, original != content.sha256 {
            throw VaultError.damaged(path: path, problem: "its content is not the original the signed log recorded when it was attached (another file was put in its place when it was re-encrypted); `tamga log` shows who wrote it")
        }
        return inside != nil || !logged.isEmpty
    }
}
