import Foundation
import TamgaCore
import TamgaCrypto

extension ArrivalVerifier {
    /// The rules, applied to the target tree written out under `root`
    /// (its keyrings, log, policies and key files, plus the objects that arrive).
    struct Judge {
        let root: URL
        var report: Report
        var paths: VaultPaths { VaultPaths(root: root) }
        /// The verified keyring chain of the target, oldest first.
        var chain: [KeyringStore.Verified] = []
        /// What the target's counted log entries commit.
        var commits = CommitIndex(revisions: [], objects: [], removed: [])
        /// On `sync`: the log entries the remote's tree holds (nil elsewhere).
        var upstream: Set<String>?
        /// Folders destroyed by arriving tombstones that a member removal on
        /// this side had not seen: their files' deletion is named as such.
        var removedApart: Set<String> = []


        /// How many arriving keyrings replace the recovery key (set by `judgeFiles`):
        /// from two on, history may carry a `recovery.sealed` that a later reshare replaced.
        var recoveryRotationsArriving = 0

        /// The arriving objects' SHA-256 and first bytes, by path (`GitTree.digests`).
        let objects: [String: (hash: String, head: [UInt8])]

        init(root: URL, report: Report, objects: [String: (hash: String, head: [UInt8])]) {
            self.root = root
            self.report = report
            self.objects = objects
        }

        mutating func problem(_ path: String, _ reason: String) { report.problems.append(SyncProblem(path, reason)) }

        /// Arriving keyrings must extend the verified chain.
        mutating func judgeKeyrings(_ changes: [GitTree.Change]) {
            do {
                let chainReport = try KeyringStore(paths: paths).chainReport()
                chain = chainReport.chain
                let refused = Dictionary(chainReport.refused.map { ($0.file, $0.reason) }, uniquingKeysWith: { first, _ in first })
                for change in changes where change.status != .deleted && VaultFileKind(path: change.path) == .keyring {
                    if let reason = refused[change.path] { problem(change.path, "refused keyring: \(reason)") }
                }
            } catch let error as any UserFacingError {
                problem("keyring", "the keyring chain does not verify: \(error.message)")
            } catch {
                problem("keyring", "the keyring chain does not verify")
            }
            guard let vaultID = chain.first?.vaultID else { return }
            let config = try? VaultConfig.load(paths)
            if config?.vault != vaultID { problem("config.json", "missing, or names another vault than the keyring") }
        }

        /// Arriving entries must be well formed, signed by a member the keyring
        /// knows, chained to entries that exist, and authorized.
        mutating func judgeLog(_ changes: [GitTree.Change]) {
            let arriving = Set(changes.filter { $0.status != .deleted && VaultFileKind(path: $0.path) == .logEntry }
                .map { String($0.path.dropFirst(4).dropLast(5)) })
            report.entries = arriving.count
            let keyrings = chain.map(\.body)
            let vaultID = chain.first?.vaultID
            var items: [String: VaultIndex.Item] = [:]
            for file in VaultPaths.fileNames(in: paths.log) where file.hasSuffix(".json") {
                let name = String(file.dropLast(5))
                let path = "log/\(file)"
                let isNew = arriving.contains(name)
                guard let bytes = try? DurableFile.readAll(paths.log.appendingPathComponent(file)),
                      Hex.encode(SHA256.hash(bytes)) == name else {
                    if isNew { problem(path, "the file does not match its hash") }
                    continue
                }
                guard let entry = AuditLog.parse(bytes, name: name) else {
                    if isNew { problem(path, "not a log entry") }
                    continue
                }
                guard entry.body.vault == vaultID else { if isNew { problem(path, "belongs to another vault") }; continue }
                guard AuditLog.isSignatureValid(entry, keyrings: keyrings) else {
                    if isNew { problem(path, "bad signature, or signed by no member of the keyring") }
                    continue
                }
                items[name] = VaultIndex.Item(entry.body)
            }
            let derived = IndexMemo.Derived(entries: items, chain: chain, keyringFiles: Set(VaultPaths.fileNames(in: paths.keyring)))
            commits = derived.commits
            let asking = EntryAuthorization.askingEntries(items.filter { !arriving.contains($0.key) }, refused: derived.refused,
                                                          rules: derived.rules).counted
            // A keyring only this copy's unpushed entries bind (a member removal made here, not yet synced):
            // then a removed member's arriving entry was written before this side's removal reached the remote
            // (attacker 38, #10). Otherwise the remote already held the removal, and the entry is unauthorized.
            let unpushedKeyringChange = upstream.map { upstream in
                let remote = Set(items.filter { upstream.contains($0.key) }.map(\.value.keyring))
                return items.contains { !upstream.contains($0.key) && !arriving.contains($0.key) && !remote.contains($0.value.keyring) }
            } ?? false
            for name in arriving.sorted() {
                guard let item = items[name] else { continue }
                let path = "log/\(name).json"
                for parent in item.previous where items[parent] == nil {
                    problem(path, "names a previous entry that is missing or invalid (\(parent.prefix(12))…)")
                }
                if item.previous.compactMap({ items[$0] }).contains(where: { $0.sequence >= item.sequence }) {
                    problem(path, "its sequence does not increase along the chain")
                }
                if let reason = derived.refused[name] {
                    if reason == EntryAuthorization.removedReason, unpushedKeyringChange {
                        // Not a forgery: a member removal on this side had not seen it (attacker 38, #10).
                        problem(path, Self.removedApart)
                        removedApart.formUnion(item.destroyed)
                    } else {
                        problem(path, "unauthorized: \(reason)")
                    }
                }
                // A destruction written on predecessors from before a policy that asks for approval (EntryAuthorization+Approval).
                if !item.destroyed.isEmpty || !item.erased.isEmpty, let policy = asking.first(where: { !derived.graph.isAncestor($0, of: name) }) {
                    problem(path, "a destruction written apart from the policy that asks for a second administrator's approval "
                            + "(log/\(policy.prefix(12))…): it must come after it, carrying out another member's request")
                }
                // An approval of a request this side already holds a withdrawal of (attacker session 38, #5).
                // On `sync`, only a withdrawal the remote holds counts (attacker session 39, F8).
                if let request = item.approves, let withdrawal = Self.withdrawal(of: request, in: items, notIn: arriving,
                                                                                 derived: derived, upstream: upstream) {
                    problem(path, "carries out a request that was withdrawn before it arrived here (log/\(withdrawal.prefix(12))…): the "
                            + "approver's copy had not seen the withdrawal. Nothing from it was merged; that copy must be cloned again")
                } else if let request = item.approves, let upstream, derived.refused[name] == nil,
                          let late = Self.lateWithdrawal(of: request, in: items, notIn: arriving, derived: derived, upstream: upstream) {
                    report.notes.append(Self.tooLate(withdrawal: late, approval: name, erasure: !item.erased.isEmpty))
                }
                // An approval made on a copy that had not seen a member removal already here (attacker session 38, S3).
                if item.approves != nil, let removal = Self.removalUnseen(by: item, in: items, notIn: arriving, derived: derived,
                                                                          chain: chain, upstream: upstream) {
                    problem(path, "carries out a request on a copy that had not seen a member removal already here (log/"
                            + "\(removal.prefix(12))…): the removal re-keyed every document, so the request was outdated. Nothing "
                            + "from it was merged; the approver's copy must be cloned again (`tamga clone`), and the request asked again")
                }
                if item.changesRedaction { report.changesRedaction = true }
            }
            // This copy's own approvals not pushed yet, against what the remote holds (attacker session 39, F1).
            if let upstream, !arriving.isEmpty {
                for (name, item) in items.sorted(by: { $0.key < $1.key }) where item.approves != nil && !arriving.contains(name)
                    && !upstream.contains(name) && derived.refused[name] == nil {
                    if let reason = Self.ownApprovalRefusal(name, item, in: items, derived: derived, chain: chain, upstream: upstream,
                                                            graph: derived.graph) {
                        problem("log/\(name).json", reason)
                    }
                }
            }
        }

        /// Objects, key files and settings: each kind's rule for arriving,
        /// changing and leaving.
        mutating func judgeFiles(_ changes: [GitTree.Change], baseIsEmpty: Bool) {
            let newest = chain.last?.body
            recoveryRotationsArriving = recoveryRotations(changes)
            for change in changes {
                let path = change.path
                let kind = VaultFileKind(path: path)
                switch (kind, change.status) {
                case (.unknown, _), (_, .typeChanged): continue
                // Judged with the chain and the log (judgeKeyrings, judgeLog, and below for policies).
                case (.keyring, .added), (.logEntry, .added), (.policy, .added): continue
                case (.object(.dataKey, _), .added) where !baseIsEmpty: problem(path, DataKeyRef.notOnMain)
                case (.object(let objectKind, let level), .added): judgeObject(path, kind: objectKind, level: level)
                case (.object(.dataKey, _), .deleted): continue // leaving main for refs/tamga/datakeys (DataKeyJudge.dropped)
                case (.object, .deleted):
                    if let blind = EntryAuthorization.blind(path), removedApart.contains(blind) {
                        problem(path, "deleted by a destruction this copy does not count (its signer was removed here without the "
                                + "removal having seen it; see the log entry above)")
                    } else if !commits.isSuperseded(path), !commits.isDestroyed(path) {
                        problem(path, "deleted, but no signed log entry removes it")
                    }
                case (.sealedKey(let folder, let epoch, let holder), .deleted):
                    let stillHeld = newest?.member(fingerprint: holder)?.active == true || holder == "recovery"
                    let superseded = folder == "signing" && epoch < (newest?.signingKeys.map(\.epoch).max() ?? 0)
                    if stillHeld && !superseded { problem(path, "deletes the sealed key of a member who is still active") }
                case (.sealedKey(let folder, let epoch, let holder), .added):
                    let size = (try? DurableFile.readAll(root.appendingPathComponent(path)))?.count
                    if size != ObjectHeader.sealedKeyByteCount { problem(path, "not a sealed key") }
                    if !mayHold(folder, holder) { problem(path, "a sealed key for someone the keyring does not clear for it") }
                    if let reason = sealedKeyRefusal(folder: folder, epoch: epoch, holder: holder, changes: changes) { problem(path, reason) }
                    if holder == SealedKeyFolder.recoveryHolder, let reason = recoveryRefusal(path, changes: changes, rewrite: false) {
                        problem(path, reason)
                    }
                case (.sealedKey(_, _, let holder), .modified) where holder == SealedKeyFolder.recoveryHolder:
                    if let reason = recoveryRefusal(path, changes: changes, rewrite: true) { problem(path, reason) }
                case (.sealedKey, _):
                    // Sealed keys are written once; one replaced with garbage would lock its holder out.
                    problem(path, "rewrites a sealed key, which is written once")
                case (.memberKey(let fingerprint), .deleted):
                    // Only a removed member's key file may go (`member remove` deletes it); any
                    // other deletion would lock its member out of every copy that syncs.
                    if newest?.member(fingerprint: fingerprint)?.active != false {
                        problem(path, "deletes the key file of a member who is not removed (a key moved out "
                                + "of a synced vault stays in its git history; change that member's passphrase instead)")
                    }
                case (.memberKey, .modified):
                    problem(path, "rewrites a member's key file, which is written once (it would lock the member out)")
                case (.memberKey(let fingerprint), _):
                    let bytes = (try? DurableFile.readAll(root.appendingPathComponent(path))) ?? []
                    if !Self.keyFileGives(fingerprint, bytes, vault: chain.first?.vaultID) {
                        problem(path, "not this vault's key file for \(fingerprint) (its public keys do not give its fingerprint)")
                    }
                case (.gitSetting, .deleted): continue
                case (.gitSetting, _): judgeSetting(path, baseIsEmpty: baseIsEmpty)
                case (.config, .added) where baseIsEmpty: continue
                case (_, .deleted): problem(path, "deletes a file that is written once")
                default: problem(path, "rewrites a file that is written once")
                }
            }
            // A policy must be named by its hash and listed by a counted entry.
            for change in changes where change.status == .added && VaultFileKind(path: change.path) == .policy {
                let bytes = try? DurableFile.readAll(root.appendingPathComponent(change.path))
                if bytes.map({ Hex.encode(SHA256.hash($0)) + ".json" }) != URL(fileURLWithPath: change.path).lastPathComponent {
                    problem(change.path, "the file does not match its hash")
                } else if !commits.objects.contains(change.path) {
                    problem(change.path, "no signed log entry lists it (planted)")
                }
            }
        }

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
}
