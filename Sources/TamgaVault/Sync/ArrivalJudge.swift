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
                guard let entry = try? AuditLog(paths: paths).entry(named: name) else {
                    if isNew { problem(path, "not a log entry") }
                    continue
                }
                guard entry.body.vault == vaultID else { if isNew { problem(path, "belongs to another vault") }; continue }
                guard AuditLog.isSignatureValid(entry, keyrings: keyrings) else {
                    if isNew { problem(path, "bad signature, or signed by no member of the keyring") }
                    continue
                }
                items[name] = VaultIndex.Item(
                    sequence: entry.body.sequence, previous: entry.body.previous, revisions: entry.body.revisions,
                    objects: entry.body.objects ?? [], removed: entry.body.removed ?? [], actor: entry.body.actor,
                    keyring: entry.body.keyring, changesRedaction: entry.body.changesRedaction == true,
                    vouchesProjections: entry.body.vouchesProjections == true)
            }
            let derived = IndexMemo.Derived(entries: items, chain: chain, keyringFiles: Set(VaultPaths.fileNames(in: paths.keyring)))
            commits = derived.commits
            for name in arriving.sorted() {
                guard let item = items[name] else { continue }
                let path = "log/\(name).json"
                for parent in item.previous where items[parent] == nil {
                    problem(path, "names a previous entry that is missing or invalid (\(parent.prefix(12))…)")
                }
                if item.previous.compactMap({ items[$0] }).contains(where: { $0.sequence >= item.sequence }) {
                    problem(path, "its sequence does not increase along the chain")
                }
                if let reason = derived.refused[name] { problem(path, "unauthorized: \(reason)") }
                if item.changesRedaction { report.changesRedaction = true }
            }
        }

        /// Objects, key files and settings: each kind's rule for arriving,
        /// changing and leaving.
        mutating func judgeFiles(_ changes: [GitTree.Change], baseIsEmpty: Bool) {
            let newest = chain.last?.body
            for change in changes {
                let path = change.path
                let kind = VaultFileKind(path: path)
                switch (kind, change.status) {
                case (.unknown, _), (_, .typeChanged): continue
                // Judged with the chain and the log (judgeKeyrings, judgeLog, and below for policies).
                case (.keyring, .added), (.logEntry, .added), (.policy, .added): continue
                case (.object(let objectKind, let level), .added):
                    judgeObject(path, kind: objectKind, level: level)
                case (.object, .deleted):
                    if !commits.removed.contains(path) { problem(path, "deleted, but no signed log entry removes it") }
                case (.sealedKey(let folder, let epoch, let holder), .deleted):
                    let stillHeld = newest?.member(fingerprint: holder)?.active == true || holder == "recovery"
                    let superseded = folder == "signing" && epoch < (newest?.signingKeys.map(\.epoch).max() ?? 0)
                    if stillHeld && !superseded { problem(path, "deletes the sealed key of a member who is still active") }
                case (.sealedKey(let folder, _, let holder), .added):
                    let size = (try? DurableFile.readAll(root.appendingPathComponent(path)))?.count
                    if size != ObjectHeader.sealedKeyByteCount { problem(path, "not a sealed key") }
                    if !mayHold(folder, holder) { problem(path, "a sealed key for someone the keyring does not clear for it") }
                case (.sealedKey, _):
                    // Sealed keys are written once; one replaced with garbage would lock its holder out.
                    problem(path, "rewrites a sealed key, which is written once")
                case (.memberKey(let fingerprint), .deleted):
                    report.notes.append("members/\(fingerprint).key left the vault (`tamga key move-out` in another copy)")
                case (.memberKey, .modified):
                    problem(path, "rewrites a member's key file, which is written once (it would lock the member out)")
                case (.memberKey(let fingerprint), _):
                    let file = (try? DurableFile.readAll(root.appendingPathComponent(path))).flatMap { try? MemberKeyFile.decode($0) }
                    if file?.fingerprint != fingerprint || file?.vault != chain.first?.vaultID { problem(path, "not this vault's key file for \(fingerprint)") }
                case (.gitSetting, .deleted): continue
                case (.gitSetting, _):
                    let text = (try? DurableFile.readAll(root.appendingPathComponent(path))).map { String(decoding: $0, as: UTF8.self) }
                    let expected = path == ".gitignore" ? VaultFileKind.gitignore : VaultFileKind.gitattributes
                    if text != expected { problem(path, "not the content tamga writes (it could change how git writes vault files)") }
                case (.config, .added) where baseIsEmpty: continue
                case (_, .deleted): problem(path, "deletes a file that is written once")
                default: problem(path, "rewrites a file that is written once")
                }
            }
            // Files a counted entry lists must be there (a push that drops one is refused).
            for change in changes where change.status == .added && VaultFileKind(path: change.path).isHashNamed {
                if case .policy = VaultFileKind(path: change.path), !commits.objects.contains(change.path) {
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

        /// An arriving object: named by its hash, a header of its folder's
        /// kind and level, listed by a counted entry.
        mutating func judgeObject(_ path: String, kind: ObjectHeader.Kind, level: Level?) {
            guard let (hash, head) = objects[path].map({ ($0.hash, $0.head) }) else { problem(path, "unreadable"); return }
            guard hash == URL(fileURLWithPath: path).lastPathComponent else { problem(path, "the file does not match its hash"); return }
            guard let header = try? VaultObject.header(of: head), header.kind == kind, level == nil || header.level == level else {
                problem(path, "not an encrypted object of its folder's kind and level"); return
            }
            if !commits.objects.contains(path) {
                problem(path, "no signed log entry lists it (planted, or its entry did not arrive)")
            } else if commits.removed.contains(path) {
                problem(path, "a signed entry removed (superseded) it; it cannot come back")
            }
        }

        /// Blobs the new commits carry that the target does not hold: only an
        /// object some counted entry removed (a superseded part), hash-checked.
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
            var checked: [(blob: String, path: String)] = []
            for line in named {
                let blob = String(line.prefix(40))
                guard transient.contains(blob), line.count > 41 else { continue }
                let path = String(line.dropFirst(41))
                switch VaultFileKind(path: path) {
                case .object where commits.removed.contains(path): checked.append((blob, path))
                // Key files are written once: another version in history means one was rewritten.
                case .sealedKey, .memberKey:
                    if targetPaths.contains(path) { problem(path, "a commit carries another version of this key file (it was rewritten)") }
                default: problem(path, "a commit carries a version of this file that the vault does not hold (history must hold only the vault)")
                }
            }
            let digests = try tree.digests(checked.enumerated().map { ($0.element.blob, "\($0.offset)/" + $0.element.path) })
            for (offset, file) in checked.enumerated() {
                let hash = digests["\(offset)/" + file.path]?.hash
                if hash != URL(fileURLWithPath: file.path).lastPathComponent {
                    problem(file.path, "a commit carries a version of this file that does not match its hash")
                }
            }
        }
    }
}
