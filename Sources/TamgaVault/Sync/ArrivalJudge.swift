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
    }
}
