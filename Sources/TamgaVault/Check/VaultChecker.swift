import Foundation
import TamgaCore
import TamgaCrypto

/// `tamga check`: verifies everything that can be verified with the keys the
/// member holds, and names every file that fails. Structure (hash names,
/// headers, the keyring chain, log signatures and chain, that every revision
/// has all its parts) needs no key; authentication of each object needs the
/// level key, so a member cleared `internal` checks everything.
public struct VaultChecker {
    public let vault: UnlockedVault
    var report = CheckReport()
    /// Revision ids of the document parts and attachments found, damaged or not.
    /// The verified keyring chain (checkKeyring), for verifying log signatures.
    var keyrings: [KeyringBody] = []
    /// SHA-256 of each decrypted document part's plaintext, by path.
    var plaintextDigests: [String: [UInt8]] = [:]
    /// Restriction keys from the log and the keys that open attachments, read once.
    var restriction: (RestrictedViewing.Keys, LevelKeySet)?

    public init(vault: UnlockedVault) { self.vault = vault }

    public static func check(_ vault: UnlockedVault) -> CheckReport {
        var checker = VaultChecker(vault: vault)
        checker.run()
        return checker.report
    }

    mutating func run() {
        checkConfig()
        checkKeyring()
        let index = checkLog()
        checkDocuments(index: index)
        checkAttachments(index: index)
        warnSameAttachments()
        checkRecords(index: index)
        checkDataKeys(index: index)
        checkLoggedObjects(index)
        checkSealedKeys()
        checkMemberKeys()
        let authorized = checkAuthorization()
        checkPolicy(authorized)
        checkStrayFiles()
    }

    private mutating func checkKeyring() {
        do {
            let (chain, refused) = try KeyringStore(paths: vault.paths).verifiedChainReport()
            keyrings = chain.map(\.body)
            for refusal in refused { report.problem(refusal.file, "refused: \(refusal.reason); every reader ignores it") }
            for _ in chain { report.count("keyrings") }
            if chain.last?.fileHash != vault.keyring.fileHash {
                report.problem("keyring", "the keyring in force changed while checking")
            }
        } catch let error as VaultError {
            report.problem("keyring", error.message)
        } catch {
            report.problem("keyring", "unreadable")
        }
    }

    /// Verifies every log entry; returns the committed revision ids.
    private mutating func checkLog() -> CommitIndex {
        let names = VaultPaths.fileNames(in: vault.paths.log)
        var entries: [AuditLog.Entry] = []
        for name in names {
            let path = "log/\(name)"
            report.count("log entries")
            guard let bytes = try? DurableFile.readAll(vault.paths.log.appendingPathComponent(name)) else {
                report.problem(path, "unreadable (a symbolic link or a permission problem)"); continue
            }
            guard name == "\(Hex.encode(SHA256.hash(bytes))).json" else { report.problem(path, "the file does not match its hash"); continue }
            guard let entry = AuditLog.parse(bytes, name: String(name.dropLast(5))) else { report.problem(path, "not a log entry"); continue }
            entries.append(entry)
        }
        let keyrings = self.keyrings.isEmpty ? [vault.keyring.body] : self.keyrings
        let byName = Dictionary(entries.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for entry in entries {
            let path = "log/\(entry.name).json"
            if entry.body.vault != vault.vaultID { report.problem(path, "belongs to another vault") }
            if !AuditLog.isSignatureValid(entry, keyrings: keyrings) { report.problem(path, "bad signature or unknown signer") }
            for previous in entry.body.previous {
                guard let parent = byName[previous] else {
                    report.problem(path, "names a previous entry that is missing (\(previous.prefix(12))…): a log entry was deleted"); continue
                }
                if parent.body.sequence >= entry.body.sequence { report.problem(path, "sequence does not increase along the chain") }
            }
            if vault.levelKeys.canRead(.internal) {
                do { _ = try AuditLog.action(of: entry, keys: vault.levelKeys) } catch let error as VaultError {
                    report.problem(path, error.message)
                } catch { report.problem(path, "the sealed action does not open") }
            } else {
                report.skippedDecryption()
            }
        }
        let roots = entries.filter { $0.body.previous.isEmpty }
        if entries.count > 0, roots.count != 1 { report.problem("log", "the log has \(roots.count) first entries; expected exactly one") }
        checkLocalHead(AuditLog.heads(of: entries), entries: byName)
        return CommitIndex(entries: entries)
    }

    /// Names every entry that verifies but that its signer was not allowed to
    /// write: readers ignore it, so its presence means someone tried.
    mutating func checkAuthorization() -> VaultIndex? {
        let index: VaultIndex
        do { index = try VaultIndex.load(vault, freshness: .report) } catch let error as any UserFacingError {
            report.problem("log", "the log could not be judged: \(error.message)"); return nil
        } catch { report.problem("log", "the log could not be judged"); return nil }
        var members: [String: MemberRecord] = [:]
        for keyring in keyrings + [vault.keyring.body] { for member in keyring.members { members[member.fingerprint] = member } }
        for (name, reason) in index.refused.sorted(by: { $0.key < $1.key }) {
            let item = index.item(name)
            let member = item.flatMap { members[$0.actor] }
            report.problem("log/\(name).json", "unauthorized: entry by \(member?.displayName ?? item?.actor ?? "an unknown signer"), "
                + "action \(item?.action ?? "unknown (sealed)"), clearance \(member?.clearance.rawValue ?? "none"): \(reason); "
                + "every reader ignores it")
        }
        for gap in index.missingKeyrings {
            report.problem("keyring/\(gap.keyring).json", "missing: log/\(gap.entry).json by an administrator binds it "
                + "(the newest keyring was deleted, or has not arrived yet)")
        }
        // A document that does not read (or no longer validates) stops every export and projection:
        // `check` must not say ok meanwhile (retention attacker 39, F5).
        for (blind, problem) in index.damaged.sorted(by: { $0.key < $1.key }) {
            report.problem("documents/\(blind)", "\(problem); its persons cannot be read, so nothing is exported or projected until it is repaired")
        }
        if vault.levelKeys.canRead(.internal) {
            var conflicts: [RegistryError] = []
            _ = PersonRegistry(declarations: index.declarations, conflicts: &conflicts)
            for conflict in conflicts {
                report.warning("persons", "\(conflict.message): every spelling of both is withheld, the role that names the person "
                    + "to fewer audiences and only the consent both give count; edit one document to use another id, or the same name and role")
            }
        }
        checkProjectionFreshness(index)
        if LogFreshness.missing(index, memory: LocalMemory(vaultID: vault.vaultID, root: vault.paths.root, member: vault.member.fingerprint)).isEmpty { LogFreshness.remember(index, vault: vault) }
        return index
    }

    /// Names every stored State or public part made before a change it has
    /// not seen (issue 16): readers are refused it until a refresh.
    private mutating func checkProjectionFreshness(_ index: VaultIndex) {
        for (path, change) in index.projectionFreshness.staleParts(in: index.commits) {
            report.warning(path, "stale: made before log/\(change).json changed names, consent or the policy; State and public "
                + "readers are refused it until a member cleared internal runs `tamga refresh`")
        }
    }

    private mutating func checkLocalHead(_ heads: [String], entries: [String: AuditLog.Entry]) {
        let memory = LocalMemory(vaultID: vault.vaultID, root: vault.paths.root, member: vault.member.fingerprint)
        for seen in memory.lastSeenHeads() where entries[seen] == nil {
            report.problem("log", "log/\(seen).json, which this machine saw before, is gone: the log went backwards "
                + "(if you restored an older copy on purpose: `tamga check --accept-older`)")
        }
    }
}
