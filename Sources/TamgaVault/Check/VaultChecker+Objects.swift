import Foundation
import TamgaCore
import TamgaCrypto

extension VaultChecker {
    /// Every part: hash name, header, level folder, committed by the log, and
    /// (with the key) authentication and inner metadata. Every committed
    /// revision must have a part at every level.
    mutating func checkDocuments(index: CommitIndex) {
        var levelsByRevision: [String: Set<Level>] = [:]
        var partsByRevisionAndLevel: [String: [String]] = [:]
        var blindOfRevision: [String: String] = [:]
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
                    if goneByTheLog(path, index: index) { continue }
                    guard let header = checkObject(directory.appendingPathComponent(name), path: path, kind: .documentPart, level: level, blind: blind) else { continue }
                    let revision = Hex.encode(header.revision)
                    if index.isLive(path) {
                        levelsByRevision[revision, default: []].insert(level)
                        blindOfRevision[revision] = blind
                        partsByRevisionAndLevel["\(revision)/\(level.rawValue)", default: []].append(path)
                    } else {
                        warnNotLive(path, index: index)
                    }
                }
            }
        }
        // Every revision has its full source under internal. Lower levels
        // hold what was projected for them (a withheld part when nothing is
        // visible); a part that is missing there is derived data: the next
        // add or edit by an internal member projects it again.
        for (revision, levels) in levelsByRevision.sorted(by: { $0.key < $1.key }) {
            let folder = "documents/\(blindOfRevision[revision] ?? "?")"
            guard levels.contains(.internal) else {
                report.problem("\(folder)/internal", "revision \(revision.prefix(12))… lacks its internal part (deleted)"); continue
            }
            for level in [Level.state, .public] where !levels.contains(level) {
                report.warning("\(folder)/\(level.rawValue)", "revision \(revision.prefix(12))… has no \(level.rawValue) part "
                               + "(added by a contributor, or deleted); the next add or edit by an internal member projects it")
            }
        }
        // One revision at one level under two key epochs: `rekey` wrote the new
        // part and was stopped before deleting the old (or a copy merged in
        // the old one). Readers use one; `tamga rekey` removes the other.
        // Lower levels may hold several projections of one revision (a
        // refresh re-projects; the newest wins); the internal part is the
        // source itself, so two different ones there are a problem.
        for (key, paths) in partsByRevisionAndLevel where paths.count > 1 {
            let byDigest = Dictionary(grouping: paths.filter { plaintextDigests[$0] != nil }) { plaintextDigests[$0]! }
            if key.hasSuffix("/\(Level.internal.rawValue)"), byDigest.count > 1 {
                for path in paths.sorted() { report.problem(path, "another part claims the same revision with other content") }
                continue
            }
            for (_, alike) in byDigest where alike.count > 1 {
                for path in alike.sorted().dropFirst() {
                    report.warning(path, "a second copy of the same part (an interrupted rekey, or copied in from an older copy); run `tamga rekey` to remove it")
                }
            }
        }
    }

    /// Every object a signed log entry lists (and none removes) must exist:
    /// objects are written before their entry, so a missing one was deleted.
    mutating func checkLoggedObjects(_ index: CommitIndex) {
        for path in index.liveObjects.sorted()
        where !FileManager.default.fileExists(atPath: vault.paths.root.appendingPathComponent(path).path) {
            report.problem(path, "listed by the signed log but missing (deleted)")
        }
    }

    /// Whether the log says the file at `path` is gone and may be shredded
    /// (a destroyed document's, or superseded by an erasure or destruction):
    /// its content is not checked, since a shredding killed midway leaves it
    /// half overwritten, and only a warning pointing at `check --tidy` is
    /// given, never the "restore from a backup" a problem asks for, which
    /// would put a destroyed key back (attacker, session 37).
    mutating func goneByTheLog(_ path: String, index: CommitIndex) -> Bool {
        guard !index.isLive(path), index.isDestroyed(path) || index.mayShred(path) || Self.keptApart(path, index) else { return false }
        warnNotLive(path, index: index)
        return true
    }

    /// An attachment an erasure outdated because it was written apart from
    /// it (`CommitIndex.erasedObjects`): kept, never shredded. Erasures keep
    /// only parts and data keys of each other, so a kept attachment is one of these.
    static func keptApart(_ path: String, _ index: CommitIndex) -> Bool {
        path.hasPrefix("attachments/") && index.keptFromErasures.contains(path)
    }

    /// An object file no signed entry lists now: left by an interrupted
    /// command, superseded, or planted. Readers ignore it.
    mutating func warnNotLive(_ path: String, index: CommitIndex) {
        if index.isDestroyed(path) {
            report.warning(path, "its document was destroyed by a signed entry; ignored (`tamga check --tidy` overwrites and removes it)")
        } else if Self.keptApart(path, index) {
            report.warning(path, "an attachment written apart from an erasure of its document (attached or restricted on a copy that "
                + "had not seen the erasure): not read, since the erasure never checked it; the file is kept, but its data key was "
                + "superseded by the erasure, so it may no longer open. Attach the original again if you still hold it (docs/retention.md)")
        } else if index.keptFromErasures.contains(path) {
            report.problem(path, "written by an erasure made apart from another erasure of the same document (two copies, two "
                + "persons): neither erasure's revisions are read, since each still names the person the other erased; the files are "
                + "kept. Run `tamga person erase --recover` on a copy that made one of them (docs/retention.md)")
        } else if index.erasedObjects.contains(path) || (path.hasPrefix("datakeys/") && index.removed.contains(path)) {
            report.warning(path, "superseded by an erasure or destruction (a copy made before it); ignored (`tamga check --tidy` overwrites and removes it)")
        } else if index.removed.contains(path) {
            report.warning(path, "superseded by a rekey or refresh that stopped before deleting it; ignored (`tamga rekey` deletes it)")
        } else {
            report.warning(path, "not listed by any signed log entry (an interrupted command, or a planted file); ignored")
        }
    }

    /// Recommendation records: like parts, under their level's folder.
    mutating func checkRecords(index: CommitIndex) {
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
                if !index.isLive(path) { warnNotLive(path, index: index) }
                guard vault.levelKeys.canRead(level) else { report.skippedDecryption(); continue }
                if (try? VaultObject.open(bytes, keys: vault.levelKeys)) == nil { report.problem(path, "does not decrypt (damaged)") }
            }
        }
    }

    /// Checks one object file; returns its header when the structure is sound.
    mutating func checkObject(_ url: URL, path: String, kind: ObjectHeader.Kind, level: Level?, blind: String) -> ObjectHeader? {
        if kind == .attachment { return checkAttachmentObject(url, path: path, blind: blind) }
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
            let (metadata, content) = try PartCodec.decode(plaintext)
            guard metadata.level == header.level.rawValue, (try? vault.blindIDs(metadata.document))?.contains(blind) == true else {
                report.problem(path, "the part belongs to another document or level"); return nil
            }
            // The internal part holds the full source, whose keyed tag the
            // header carries: a part made without the index key cannot match.
            // A contributor's part carries zeros (it may not tag content), and
            // the log's authorization decides whether it counts.
            let untagged = header.contentTag == [UInt8](repeating: 0, count: 32)
            if header.level == .internal, !untagged, (try? vault.contentTag(content)) != header.contentTag {
                report.problem(path, "the content tag does not match the content (a part not written by a member)"); return nil
            }
            plaintextDigests[path] = plaintext.withUnsafeBytes { SHA256.hash($0) }
        } catch {
            report.problem(path, error.description); return nil
        }
        return header
    }


    /// Sealed key files: right size, a known holder; the member's own must
    /// open. Every holder has every key its clearance calls for. A sealed box
    /// authenticates only to its holder, so copies held by others are counted
    /// as such: their holder's own `tamga check` (or `tamga recover`) verifies them.
    mutating func checkSealedKeys() {
        let members = Set(vault.keyring.body.members.map(\.fingerprint))
        guard let walker = FileManager.default.enumerator(atPath: vault.paths.keys.path) else { return }
        var present: Set<String> = []
        for case let relative as String in walker {
            let url = vault.paths.keys.appendingPathComponent(relative)
            let path = "keys/\(relative)"
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            guard relative.hasSuffix(".sealed") else {
                if !url.lastPathComponent.hasPrefix(".tmp-") { report.problem(path, "not part of a tamga vault") }
                continue
            }
            present.insert(relative)
            report.count("sealed keys")
            let holder = String(url.lastPathComponent.dropLast(7))
            guard let bytes = try? DurableFile.readAll(url) else { report.problem(path, "unreadable"); continue }
            if bytes.count != 32 + SealedBox.overheadByteCount { report.problem(path, "wrong size for a sealed key") }
            if holder != SealedKeyFolder.recoveryHolder, !members.contains(holder) { report.problem(path, "sealed to someone not in the keyring") }
            if let record = removedOnly(holder) { report.warning(path, Self.removedLeftover(record)) }
            // A reshare lists what it wrote: another file is a swap, or a reshare interrupted before it rewrote this one.
            if holder == SealedKeyFolder.recoveryHolder, let listed = vault.keyring.body.recovery.sealed?[path],
               Hex.encode(SHA256.hash(bytes)) != listed {
                report.problem(path, "not the recovery sealed key the keyring lists (replaced, or an interrupted "
                               + "`tamga recovery reshare`: run it again, as an administrator)")
            }
            if holder == vault.member.fingerprint {
                if (try? SealedBox.open(bytes, with: vault.identity.encryption)) == nil {
                    report.problem(path, "does not open with the key it is sealed to")
                }
            } else {
                report.count(Self.heldByOthers)
            }
        }
        for expected in expectedSealedKeys() where !present.contains(expected) {
            report.problem("keys/\(expected)", "missing: a holder lacks a key its clearance calls for")
        }
    }

    /// A key file `tamga member invite` wrote in a colleague's copy and no
    /// administrator has added yet: whole, for this vault, its fingerprint
    /// that of its own keys, and unknown to the keyring (never added, so
    /// never removed). It unlocks nothing, so it is a warning, not a problem
    /// (issue 19 item 9).
    static func isPendingInvitation(_ file: MemberKeyFile, named name: String, bytes: [UInt8], vault: UnlockedVault) -> Bool {
        guard name == "\(file.fingerprint).key", file.vault == vault.vaultID, (try? file.encoded()) == bytes,
              let encryption = try? Hex.decode(file.encryptionKey), let signing = try? Hex.decode(file.signingKey),
              Fingerprint.of(encryptionKey: encryption, signingKey: signing) == file.fingerprint else { return false }
        return !vault.keyring.body.members.contains { $0.fingerprint == file.fingerprint }
    }

    /// The record of a fingerprint that was removed and is not active again.
    func removedOnly(_ fingerprint: String) -> MemberRecord? {
        let records = vault.keyring.body.members.filter { $0.fingerprint == fingerprint }
        return records.contains(where: \.active) ? nil : records.last
    }

    static func removedLeftover(_ member: MemberRecord) -> String {
        "held by \(member.displayName), who was removed (an interrupted `tamga member remove`, or copied in from an older copy); "
            + "run `tamga member remove \(member.name.shellQuoted)` again to delete it"
    }

    /// What the summary calls files only their holder's keys can verify.
    static let heldByOthers = "files held by others (only their holder can verify them)"

    /// The sealed key files the keyring in force calls for, relative to `keys/`.
    func expectedSealedKeys() -> [String] {
        let body = vault.keyring.body
        var holders: [(String, [Level], Bool)] = [(SealedKeyFolder.recoveryHolder, Level.allCases, true)]
        for member in body.members where member.active {
            holders.append((member.fingerprint, member.clearance.levels, member.clearance.mayExport))
        }
        var expected: [String] = []
        for (holder, levels, signs) in holders {
            for record in body.indexKeys { expected.append("index/\(record.epoch)/\(holder).sealed") }
            if signs { expected.append("signing/\(body.signingKeys.last?.epoch ?? 1)/\(holder).sealed") }
            for level in levels {
                for epoch in body.levels[level.rawValue] ?? [] {
                    expected.append("levels/\(level.rawValue)/\(epoch.epoch)/\(holder).sealed")
                }
            }
        }
        return expected
    }

    /// `config.json` must be exactly what tamga writes: nothing added, nothing changed.
    mutating func checkConfig() {
        report.count("config")
        guard let bytes = try? DurableFile.readAll(vault.paths.config) else {
            report.problem("config.json", "unreadable (a symbolic link or a permission problem)"); return
        }
        let format = vault.keyring.body.dataKeys == true ? VaultConfig.formatName : VaultConfig.formatWithoutDataKeys
        let expected = try? VaultConfig(format: format, vault: vault.vaultID).encoded()
        if bytes != expected { report.problem("config.json", "altered: it is not the configuration tamga wrote for this vault") }
    }

    mutating func checkMemberKeys() {
        for name in VaultPaths.fileNames(in: vault.paths.members) {
            let path = "members/\(name)"
            report.count("member keys")
            guard let bytes = try? DurableFile.readAll(vault.paths.members.appendingPathComponent(name)),
                  let file = try? MemberKeyFile.decode(bytes) else { report.problem(path, "not a member key file"); continue }
            if Self.isPendingInvitation(file, named: name, bytes: bytes, vault: vault) {
                report.warning(path, "a pending invitation, not in the keyring yet: an administrator adds it with "
                    + "`tamga member add NAME tamga-member:…` (the line `tamga member invite` printed), or delete the file if no one will")
                continue
            }
            guard name == "\(file.fingerprint).key", file.vault == vault.vaultID,
                  let record = vault.keyring.body.member(fingerprint: file.fingerprint),
                  record.encryptionKey == file.encryptionKey, record.signingKey == file.signingKey else {
                report.problem(path, "does not match a member of the keyring"); continue
            }
            guard (try? file.encoded()) == bytes else {
                report.problem(path, "altered: it is not the key file tamga wrote"); continue
            }
            if let removed = removedOnly(file.fingerprint) { report.warning(path, Self.removedLeftover(removed)) }
            // The passphrase-sealed part opens only with its member's passphrase.
            if file.fingerprint != vault.member.fingerprint { report.count(Self.heldByOthers) }
        }
    }

    /// The policy in force (set by the signed log) must be present and carry
    /// an administrator's valid signature; a policy file no authorized entry
    /// set is ignored by every reader, and named here.
    mutating func checkPolicy(_ index: VaultIndex?) {
        let set = Set(index.map { index in index.authorizedInOrder.flatMap { index.item($0)?.objects ?? [] } } ?? [])
        for name in VaultPaths.fileNames(in: vault.paths.root.appendingPathComponent("policy")) {
            report.count("policies")
            if index != nil, !set.contains("policy/\(name)") {
                report.warning("policy/\(name)", "no authorized log entry set this policy; ignored")
            }
        }
        do { _ = try PolicyStore(paths: vault.paths).current(vault) } catch let error as VaultError {
            report.problem("policy", error.message)
        } catch let error as any UserFacingError {
            report.problem("policy", error.message)
        } catch {
            report.problem("policy", "unreadable")
        }
    }

    /// Anything in the vault that tamga did not write: symlinks above all.
    mutating func checkStrayFiles() {
        let known: Set<String> = ["config.json", "lock", "keyring", "members", "keys", "documents", "attachments", "datakeys", "log", "policy", "records", ".git", ".gitattributes", ".gitignore"]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: vault.paths.root.path)) ?? [] where !known.contains(name) {
            if !name.hasPrefix(TemporaryFiles.prefix) { report.problem(name, "not part of a tamga vault") }
        }
        for path in TemporaryFiles.find(in: vault.paths.root) {
            report.warning(path, "left by an interrupted or failed write; ignored (`tamga check --tidy` deletes it)")
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
