import Foundation
import TamgaCore
import TamgaCrypto
#if canImport(Glibc)
import Glibc
#endif

/// `check` of evidence files (issue 17): each object's hash, header and,
/// for a member who holds its key, its whole encrypted stream, in pieces.
extension VaultChecker {
    /// Two live copies of one attachment (re-encrypted apart on two copies of
    /// the vault): listed and exported once, with the black-outs of both.
    mutating func warnSameAttachments() {
        guard vault.levelKeys.canRead(.internal), let evidence = try? EvidenceLog.load(vault),
              let index = try? vault.commitIndex() else { return }
        var seen: Set<String> = []
        for path in index.liveObjects.sorted() where path.hasPrefix("attachments/") {
            let object = (path as NSString).lastPathComponent
            if seen.contains(object) {
                report.warning(path, "a second copy of an attachment, re-encrypted apart on another copy of the vault; listed and exported once")
            }
            seen.formUnion(evidence.names(of: object))
        }
    }

    mutating func checkAttachments(index: CommitIndex) {
        let root = vault.paths.attachments
        for blind in VaultPaths.fileNames(in: root) {
            for name in VaultPaths.fileNames(in: root.appendingPathComponent(blind)) {
                let path = "attachments/\(blind)/\(name)"
                report.count("attachments")
                if goneByTheLog(path, index: index) { continue }
                guard checkObject(root.appendingPathComponent("\(blind)/\(name)"), path: path, kind: .attachment, level: nil, blind: blind) != nil else { continue }
                if !index.isLive(path) { warnNotLive(path, index: index) }
            }
        }
    }

    /// An attachment may be of any size: hashed and read in pieces, never held whole.
    mutating func checkAttachmentObject(_ url: URL, path: String, blind: String) -> ObjectHeader? {
        var info = stat()
        guard lstat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, let digest = try? SHA256Hex.of(fileAt: url) else {
            report.problem(path, "unreadable (a symbolic link or a permission problem)"); return nil
        }
        guard url.lastPathComponent == digest.hex else {
            report.problem(path, "the file does not match its hash (altered, truncated or swapped)"); return nil
        }
        let header: ObjectHeader
        do { header = try AttachmentReader.header(of: url) } catch let error as ObjectFormatError {
            report.problem(path, error.description); return nil
        } catch {
            report.problem(path, "unreadable (a symbolic link or a permission problem)"); return nil
        }
        guard header.kind == .attachment else {
            report.problem(path, "the header claims another type or level than its folder"); return nil
        }
        if header.level != .internal {
            report.warning(path, "sealed to the \(header.level.rawValue) key (stored before tamga sealed every attachment to internal's): "
                + "members cleared \(header.level.rawValue) open the original, black-outs not applied; "
                + "`tamga rekey` by an administrator cleared internal moves it under the internal key")
        }
        guard vault.levelKeys.canRead(header.level) else { report.skippedDecryption(); return header }
        return checkAttachmentPayload(url, path: path, header: header, blind: blind)
    }

    mutating func checkAttachmentPayload(_ url: URL, path: String, header: ObjectHeader, blind: String) -> ObjectHeader? {
        do {
            // A restricted image opens only with a viewer's grant (RestrictedViewing):
            // another member's check counts it as held by others, as a sealed key.
            let (restricted, keys) = try restriction ?? {
                let keys = try RestrictedViewing.keys(in: vault)
                return (keys, try RestrictedViewing.attachmentKeys(for: vault, from: keys))
            }()
            restriction = (restricted, keys)
            if RestrictedViewing.isRestricted(header, keys: restricted), keys.keyPair(level: header.level, keyID: header.keyID) == nil {
                report.count(Self.heldByOthers)
                return header
            }
            let content = try AttachmentReader.read(url, keys: keys) { _ in }
            guard (try? vault.blindIDs(content.metadata.document))?.contains(blind) == true else {
                report.problem(path, "the attachment belongs to another document"); return nil
            }
            // Issue 17: the content must still be the original whose SHA-256 intake recorded (throws VaultError).
            try AttachmentCustody.verify(content, object: url.lastPathComponent, path: path, vault: vault)
            // A restricted image names its viewers inside its encryption; a log entry claiming its key
            // for anyone else was not written by tamga (its claim gives nothing: RestrictedViewing).
            if let recorded = content.metadata.evidence?.viewers,
               let claims = restricted.claims[Hex.encode(header.keyID)], claims.contains(where: { $0 != Set(recorded) }) {
                report.problem(path, "a log entry claims this restricted image's key for other viewers than the image names (a forged grant; it opens nothing for them)")
            }
            return header
        } catch let error as VaultError {
            report.problem(path, error.message); return nil
        } catch {
            report.problem(path, "the attachment does not open"); return nil
        }
    }
}
