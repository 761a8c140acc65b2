import Foundation
import TamgaCore
import TamgaCrypto

extension VaultChecker {
    /// Every part: hash name, header, level folder, committed by the log, and
    /// (with the key) authentication and inner metadata. Every committed
    /// revision must have a part at every level.
    mutating func checkDocuments(committed: Set<String>) {
        var levelsByRevision: [String: Set<Level>] = [:]
        let documents = vault.paths.documents
        for blind in VaultPaths.fileNames(in: documents) {
            for folder in VaultPaths.fileNames(in: documents.appendingPathComponent(blind)) {
                guard let level = Level(rawValue: folder) else {
                    report.problem("documents/\(blind)/\(folder)", "not a level folder"); continue
                }
                let directory = vault.paths.parts(blind: blind, level: level)
                for name in VaultPaths.fileNames(in: directory) {
                    let path = "documents/\(blind)/\(folder)/\(name)"
                    report.count("document parts")
                    guard let header = checkObject(directory.appendingPathComponent(name), path: path, kind: .documentPart, level: level, blind: blind) else { continue }
                    let revision = Hex.encode(header.revision)
                    if committed.contains(revision) {
                        levelsByRevision[revision, default: []].insert(level)
                    } else {
                        report.warning(path, "not committed by any log entry (an interrupted add); it is ignored")
                    }
                }
            }
        }
        // Every revision has its full source under internal; lower levels hold
        // what was projected for them, which may be nothing.
        for (revision, levels) in levelsByRevision where !levels.contains(.internal) {
            report.problem("documents", "revision \(revision.prefix(12))… lacks its internal part")
        }
    }

    /// Recommendation records: like parts, under their level's folder.
    mutating func checkRecords(committed: Set<String>) {
        let root = vault.paths.root.appendingPathComponent("records")
        for folder in VaultPaths.fileNames(in: root) {
            guard let level = Level(rawValue: folder) else { report.problem("records/\(folder)", "not a level folder"); continue }
            for name in VaultPaths.fileNames(in: root.appendingPathComponent(folder)) {
                let path = "records/\(folder)/\(name)"
                report.count("recommendation records")
                let url = root.appendingPathComponent("\(folder)/\(name)")
                guard let bytes = try? DurableFile.readAll(url) else { report.problem(path, "unreadable"); continue }
                guard name == Hex.encode(SHA256.hash(bytes)) else { report.problem(path, "the file does not match its hash"); continue }
                guard let header = try? VaultObject.header(of: bytes), header.kind == .record, header.level == level else {
                    report.problem(path, "not a recommendation record of this level"); continue
                }
                if !committed.contains(Hex.encode(header.revision)) { report.warning(path, "not committed by any log entry; it is ignored") }
                guard vault.levelKeys.canRead(level) else { report.skippedDecryption(); continue }
                if (try? VaultObject.open(bytes, keys: vault.levelKeys)) == nil { report.problem(path, "does not decrypt (damaged)") }
            }
        }
    }

    mutating func checkAttachments(committed: Set<String>) {
        let root = vault.paths.attachments
        for blind in VaultPaths.fileNames(in: root) {
            for name in VaultPaths.fileNames(in: root.appendingPathComponent(blind)) {
                let path = "attachments/\(blind)/\(name)"
                report.count("attachments")
                guard let header = checkObject(root.appendingPathComponent("\(blind)/\(name)"), path: path, kind: .attachment, level: nil, blind: blind) else { continue }
                if !committed.contains(Hex.encode(header.revision)) {
                    report.warning(path, "not committed by any log entry (an interrupted attach); it is ignored")
                }
            }
        }
    }

    /// Checks one object file; returns its header when the structure is sound.
    mutating func checkObject(_ url: URL, path: String, kind: ObjectHeader.Kind, level: Level?, blind: String) -> ObjectHeader? {
        guard let bytes = try? DurableFile.readAll(url) else {
            report.problem(path, "unreadable (a symbolic link or a permission problem)"); return nil
        }
        guard url.lastPathComponent == Hex.encode(SHA256.hash(bytes)) else {
            report.problem(path, "the file does not match its hash (altered, truncated or swapped)"); return nil
        }
        let header: ObjectHeader
        do { header = try VaultObject.header(of: bytes) } catch {
            report.problem(path, error.description); return nil
        }
        guard header.kind == kind, level == nil || header.level == level else {
            report.problem(path, "the header claims another type or level than its folder"); return nil
        }
        guard vault.levelKeys.canRead(header.level) else { report.skippedDecryption(); return header }
        if kind == .attachment { return checkAttachmentPayload(url, path: path, header: header, blind: blind) }
        do {
            let (_, plaintext) = try VaultObject.open(bytes, keys: vault.levelKeys)
            let (metadata, _) = try PartCodec.decode(plaintext)
            guard metadata.level == header.level.rawValue, (try? vault.blindID(metadata.document)) == blind else {
                report.problem(path, "the part belongs to another document or level"); return nil
            }
        } catch {
            report.problem(path, error.description); return nil
        }
        return header
    }

    mutating func checkAttachmentPayload(_ url: URL, path: String, header: ObjectHeader, blind: String) -> ObjectHeader? {
        do {
            let metadata = try AttachmentStore.verify(url, keys: vault.levelKeys)
            guard (try? vault.blindID(metadata.document)) == blind else {
                report.problem(path, "the attachment belongs to another document"); return nil
            }
            return header
        } catch let error as VaultError {
            report.problem(path, error.message); return nil
        } catch {
            report.problem(path, "the attachment does not open"); return nil
        }
    }

    /// Sealed key files: right size, a known holder; the member's own must open.
    mutating func checkSealedKeys() {
        let members = Set(vault.keyring.body.members.map(\.fingerprint))
        guard let walker = FileManager.default.enumerator(atPath: vault.paths.keys.path) else { return }
        for case let relative as String in walker where relative.hasSuffix(".sealed") {
            let path = "keys/\(relative)"
            report.count("sealed keys")
            let url = vault.paths.keys.appendingPathComponent(relative)
            let holder = String(url.lastPathComponent.dropLast(7))
            guard let bytes = try? DurableFile.readAll(url) else { report.problem(path, "unreadable"); continue }
            if bytes.count != 32 + SealedBox.overheadByteCount { report.problem(path, "wrong size for a sealed key") }
            if holder != SealedKeyFolder.recoveryHolder, !members.contains(holder) { report.problem(path, "sealed to someone not in the keyring") }
            if holder == vault.member.fingerprint, (try? SealedBox.open(bytes, with: vault.identity.encryption)) == nil {
                report.problem(path, "does not open with the key it is sealed to")
            }
        }
    }

    mutating func checkMemberKeys() {
        for name in VaultPaths.fileNames(in: vault.paths.members) {
            let path = "members/\(name)"
            report.count("member keys")
            guard let bytes = try? DurableFile.readAll(vault.paths.members.appendingPathComponent(name)),
                  let file = try? MemberKeyFile.decode(bytes) else { report.problem(path, "not a member key file"); continue }
            guard name == "\(file.fingerprint).key", file.vault == vault.vaultID,
                  let record = vault.keyring.body.member(fingerprint: file.fingerprint),
                  record.encryptionKey == file.encryptionKey, record.signingKey == file.signingKey else {
                report.problem(path, "does not match a member of the keyring"); continue
            }
        }
    }

    /// Every stored policy must carry an administrator's valid signature.
    mutating func checkPolicy() {
        for _ in VaultPaths.fileNames(in: vault.paths.root.appendingPathComponent("policy")) { report.count("policies") }
        do { _ = try PolicyStore(paths: vault.paths).current(keyring: vault.keyring) } catch let error as VaultError {
            report.problem("policy", error.message)
        } catch let error as any UserFacingError {
            report.problem("policy", error.message)
        } catch {
            report.problem("policy", "unreadable")
        }
    }

    /// Anything in the vault that tamga did not write: symlinks above all.
    mutating func checkStrayFiles() {
        let known: Set<String> = ["config.json", "lock", "keyring", "members", "keys", "documents", "attachments", "log", "policy", "records", ".git", ".gitattributes"]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: vault.paths.root.path)) ?? [] where !known.contains(name) {
            if name.hasPrefix(".tmp-") { report.warning(name, "left by an interrupted write; safe to delete") } else {
                report.problem(name, "not part of a tamga vault")
            }
        }
        guard let walker = FileManager.default.enumerator(at: vault.paths.root, includingPropertiesForKeys: [.isSymbolicLinkKey]) else { return }
        for case let url as URL in walker {
            if url.pathComponents.contains(".git") { continue }
            if (try? url.resourceValues(forKeys: [.isSymbolicLinkKey]))?.isSymbolicLink == true {
                report.problem(url.path.replacingOccurrences(of: vault.paths.root.path + "/", with: ""), "a symbolic link inside the vault")
            }
        }
    }
}
