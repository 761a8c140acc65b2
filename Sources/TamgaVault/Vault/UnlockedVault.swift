import Foundation
import TamgaCore
import TamgaCrypto

/// A vault opened by one member: the verified keyring in force, the member's
/// identity and exactly the keys their clearance unsealed. Everything that
/// reads or writes documents goes through one of these.
public struct UnlockedVault: Sendable {
    public let paths: VaultPaths
    public let keyring: KeyringStore.Verified
    public let member: MemberRecord
    public let identity: MemberIdentity
    /// Level secret keys, all epochs this member holds.
    public let levelKeys: LevelKeySet
    /// The index key of every epoch this member holds, oldest first.
    public let indexKeys: [(epoch: Int, key: SecretBytes)]
    /// The newest index key: new document folders are named with it.
    public var indexKey: SecretBytes { indexKeys.last!.key }
    /// The NPM export-signing key; nil for contributors.
    public let exportSigning: SigningKeyPair?
    /// Set when `--accept-older` opened a keyring older than the one this machine saw.
    public internal(set) var acceptedOlderKeyring = false
    /// Set when two administrators' keyrings fork the chain and this machine
    /// reads the branch it saw (`KeyringChainReport.unresolvedFork`): nothing
    /// may be encrypted or logged until the fork is resolved.
    public internal(set) var keyringFork: String?
    /// This process's copy of the vault index (see `VaultIndex`).
    let indexMemo = IndexMemo()
    /// What the log says of evidence files, read once per state of the log (`EvidenceLog`).
    let evidenceMemo = EvidenceLogMemo()

    /// Whether new parts and attachments are sealed to document keys (format 3, `DocumentKeys`).
    public let usesDocumentKeys: Bool

    public var vaultID: String { keyring.vaultID }

    /// `levelKeys` gains this vault's document keys, whatever set is given:
    /// the resolver reads `datakeys/` of `paths`, never of another copy.
    public init(paths: VaultPaths, keyring: KeyringStore.Verified, member: MemberRecord, identity: MemberIdentity,
                levelKeys: LevelKeySet, indexKeys: [(epoch: Int, key: SecretBytes)], exportSigning: SigningKeyPair?,
                usesDocumentKeys: Bool? = nil) {
        self.paths = paths
        self.keyring = keyring
        self.member = member
        self.identity = identity
        var keys = levelKeys
        keys.documentKeys = DocumentKeys(folder: paths.dataKeys)
        self.levelKeys = keys
        self.indexKeys = indexKeys
        self.exportSigning = exportSigning
        self.usesDocumentKeys = usesDocumentKeys ?? (keyring.body.dataKeys == true)
    }

    /// Finds the member's key file, asks for the passphrase only then, and
    /// opens what the member is cleared for.
    public static func unlock(
        _ paths: VaultPaths, memberName: String?, allowTestParameters: Bool, acceptingOlderKeyring: Bool = false,
        passphrase: () throws -> SecretBytes
    ) throws -> UnlockedVault {
        // Decrypted evidence a killed tamga left behind goes first, whatever this command is.
        PrivateWorkspace.removeAbandoned()
        let (report, memory, olderThanSeen) = try verifiedKeyring(paths, acceptingOlderKeyring: acceptingOlderKeyring)
        let (chain, keyring) = (report.chain, report.chain.last!)
        var asked: SecretBytes?
        func askedPassphrase() throws -> SecretBytes {
            if let asked { return asked }
            let fresh = try passphrase()
            asked = fresh
            return fresh
        }
        // Names are not in the keyring in clear: a name this machine does not
        // know yet is found by trying the key files here with the passphrase.
        let (candidates, byTrial) = try chooseMember(memberName, keyring: keyring, paths: paths, memory: memory)
        for record in candidates {
            let keyURL = MemberKeyLocation.find(record.fingerprint, paths: paths, vaultID: keyring.vaultID) ?? paths.memberKey(fingerprint: record.fingerprint)
            let keyPath = keyURL.path.hasPrefix(paths.root.path + "/") ? "members/\(record.fingerprint).key" : keyURL.path
            let keyFile: MemberKeyFile
            do { keyFile = try MemberKeyFile.decode(try DurableFile.readAll(keyURL)) } catch let error as StorageError {
                throw error
            } catch {
                throw VaultError.damaged(path: keyPath, problem: "not a member key file")
            }
            let identity: MemberIdentity, name: String
            do {
                (identity, name) = try keyFile.openNamed(passphrase: try askedPassphrase(), vault: keyring.vaultID,
                                                         allowTestParameters: allowTestParameters)
            } catch VaultError.wrongPassphrase {
                if byTrial { continue }
                throw VaultError.wrongPassphraseFor(keyFile: keyPath)
            }
            if byTrial, name != memberName { continue }
            guard Hex.encode(identity.encryption.publicKey) == record.encryptionKey,
                  Hex.encode(identity.signing.publicKey) == record.signingKey else {
                throw VaultError.keyringRejected(problem: "the keyring lists other public keys for \(keyPath)")
            }
            var member = record
            member.name = name
            var unlocked = try open(paths: paths, keyring: keyring, member: member, identity: identity)
            unlocked.acceptedOlderKeyring = acceptingOlderKeyring && olderThanSeen
            unlocked.keyringFork = report.unresolvedFork ?? KeyringForkMarker.pending(root: paths.root)
            memory.rememberKeyring(sequence: chain.count, hash: keyring.fileHash, replacing: acceptingOlderKeyring)
            memory.rememberMembers([(name, record.fingerprint)] + unlocked.keyring.body.members.map { ($0.name, $0.fingerprint) })
            return unlocked
        }
        throw VaultError.unknownMember(name: memberName ?? "(none with a key file here)")
    }

    /// The keyring chain of `paths`, verified as unlocking verifies it: it
    /// belongs to this vault, agrees with config.json's format, and still
    /// holds the keyring this machine saw last (unless an older one is
    /// accepted on purpose). Also returns this machine's memory and whether
    /// the keyring in force is older than the one it saw.
    static func verifiedKeyring(_ paths: VaultPaths, acceptingOlderKeyring: Bool) throws
        -> (report: KeyringChainReport, memory: LocalMemory, olderThanSeen: Bool) {
        let config = try VaultConfig.load(paths)
        let report = try KeyringStore(paths: paths).chainReport()
        let (chain, refusedKeyrings) = (report.chain, report.refused)
        let keyring = chain.last!
        guard keyring.vaultID == config.vault else {
            throw VaultError.keyringRejected(problem: "the keyring chain does not belong to the vault id in config.json")
        }
        guard config.usesDocumentKeys == (keyring.body.dataKeys == true) else {
            throw VaultError.damaged(path: "config.json", problem: "altered: it says format \(config.format), but the signed keyring "
                + (keyring.body.dataKeys == true ? "says this vault seals each document to data keys of its own (format 3)"
                                                : "says this vault has no data keys (format 2)")
                + "; put back the config.json tamga wrote (from another copy of the vault)")
        }
        // A keyring this machine saw before must still be in the chain: an
        // older keyring put back (one that still lists a removed member, or
        // older level keys) is valid on its own and only memory can tell.
        let memory = LocalMemory(vaultID: keyring.vaultID, root: paths.root)
        let olderThanSeen = memory.lastSeenKeyring().map { seen in
            seen.sequence > chain.count || chain[seen.sequence - 1].fileHash != seen.hash
        } ?? false
        if let seen = memory.lastSeenKeyring(), !acceptingOlderKeyring {
            guard seen.sequence <= chain.count, chain[seen.sequence - 1].fileHash == seen.hash else {
                throw VaultError.rollback(problem: "keyring/\(seen.hash).json (sequence \(seen.sequence)), which this machine saw before, "
                    + "is no longer in the keyring chain, whose newest is sequence \(chain.count); an older keyring was put back"
                    + (refusedKeyrings.isEmpty ? "" : ", or a keyring was damaged or replaced ("
                        + refusedKeyrings.map { "\($0.file): \($0.reason)" }.joined(separator: "; ") + ")") + ". "
                    + "If you restored an older copy on purpose, run `tamga check --accept-older`")
            }
        }
        return (report, memory, olderThanSeen)
    }

    /// Opens the sealed keys of `identity` (also used by recovery, whose holder name is `recovery`).
    static func open(paths: VaultPaths, keyring: KeyringStore.Verified, member: MemberRecord,
                     identity: MemberIdentity, holder: String? = nil) throws -> UnlockedVault {
        let holder = holder ?? member.fingerprint
        var levelKeys = LevelKeySet()
        for level in member.clearance.levels {
            for epoch in keyring.body.levels[level.rawValue] ?? [] {
                guard let secret = try SealedKeyFolder(paths.levelKeys(level, epoch: epoch.epoch))
                    .open(holder: holder, with: identity.encryption) else { continue }
                let pair = try X25519KeyPair(secretKey: secret)
                guard Hex.encode(pair.publicKey) == epoch.publicKey else {
                    throw VaultError.keyringRejected(problem: "the \(level.rawValue) key of epoch \(epoch.epoch) in "
                        + "keys/levels/\(level.rawValue)/\(epoch.epoch)/\(holder).sealed does not match the keyring")
                }
                try levelKeys.insert(pair, level: level, epoch: epoch.epoch)
            }
        }
        var indexKeys: [(epoch: Int, key: SecretBytes)] = []
        for record in keyring.body.indexKeys.sorted(by: { $0.epoch < $1.epoch }) {
            let path = "keys/index/\(record.epoch)/\(holder).sealed"
            guard let key = try SealedKeyFolder(paths.indexKeys(epoch: record.epoch)).open(holder: holder, with: identity.encryption) else {
                throw VaultError.damaged(path: path, problem: "missing: no index key of epoch \(record.epoch) for this member")
            }
            guard try IndexKeyCommitment.of(key) == record.commitment else {
                throw VaultError.keyringRejected(problem: "the index key in \(path) is not the one the keyring commits to (the file was replaced)")
            }
            indexKeys.append((record.epoch, key))
        }
        guard !indexKeys.isEmpty else { throw VaultError.keyringRejected(problem: "the keyring commits to no index key") }
        var exportSigning: SigningKeyPair?
        let signingEpoch = keyring.body.signingKeys.last?.epoch ?? 1
        if member.clearance.mayExport,
           let seed = try SealedKeyFolder(paths.signingKeys(epoch: signingEpoch)).open(holder: holder, with: identity.encryption) {
            let pair = try SigningKeyPair(seed: seed)
            guard Hex.encode(pair.publicKey) == keyring.body.signingKey else {
                throw VaultError.keyringRejected(problem: "the export-signing key in keys/signing/\(signingEpoch)/\(holder).sealed does not match the keyring")
            }
            exportSigning = pair
        }
        // Members cleared internal may know who is who: the names sealed in the keyring open with their keys.
        let revealed = KeyringStore.Verified(body: KeyringNames.reveal(keyring.body, keys: levelKeys),
                                             fileHash: keyring.fileHash, vaultID: keyring.vaultID, signer: keyring.signer)
        return UnlockedVault(paths: paths, keyring: revealed, member: member, identity: identity,
                             levelKeys: levelKeys, indexKeys: indexKeys, exportSigning: exportSigning)
    }

    /// The members `--member` may mean: the one this machine knows by that
    /// name, or by that fingerprint (or its first 8+ hex digits); else every
    /// active member with a key file here (tried in turn with the
    /// passphrase). Without `--member`, the only active member whose key
    /// file is on this machine.
    private static func chooseMember(_ name: String?, keyring: KeyringStore.Verified, paths: VaultPaths,
                                     memory: LocalMemory) throws -> (records: [MemberRecord], byTrial: Bool) {
        let active = keyring.body.members.filter(\.active)
        let present = active.filter { MemberKeyLocation.find($0.fingerprint, paths: paths, vaultID: keyring.vaultID) != nil }
        guard let name else {
            guard present.count == 1 else {
                if present.isEmpty { throw VaultError.unknownMember(name: "(none with a key file here)") }
                throw VaultError.chooseMember(names: present.map(\.displayName))
            }
            return (present, false)
        }
        if let fingerprint = memory.memberFingerprint(named: name), let record = active.first(where: { $0.fingerprint == fingerprint }) {
            return ([record], false)
        }
        let hex = name.lowercased().filter { !$0.isWhitespace }
        if hex.count >= 8, hex.allSatisfy(\.isHexDigit) {
            let matching = active.filter { $0.fingerprint.hasPrefix(hex) }
            if matching.count == 1 { return (matching, false) }
        }
        guard !present.isEmpty else { throw VaultError.unknownMember(name: name) }
        return (present, true)
    }

    /// The public key to encrypt new objects of `level` to: the newest epoch in the verified keyring.
    public func currentKey(_ level: Level) throws -> (epoch: Int, publicKey: [UInt8]) {
        // A fork may hide a removal: encrypting to this branch's keys could reach a removed member.
        if let fork = keyringFork ?? KeyringForkMarker.pending(root: paths.root) { throw VaultError.keyringRejected(problem: fork) }
        return try Self.newestKey(level, in: keyring)
    }

    static func newestKey(_ level: Level, in keyring: KeyringStore.Verified) throws -> (epoch: Int, publicKey: [UInt8]) {
        guard let epoch = keyring.body.currentEpoch(of: level.rawValue),
              let key = try? Hex.decode(epoch.publicKey), key.count == 32 else {
            throw VaultError.keyringRejected(problem: "no \(level.rawValue) key in the keyring")
        }
        return (epoch.epoch, key)
    }

    /// The folder name of a document: a keyed hash of its id, under the
    /// oldest index key epoch whose folder the signed log commits objects in
    /// (the folder it was made in), else the newest epoch (a new document).
    /// Folders that merely exist decide nothing: an empty folder planted by
    /// someone who can compute a newer epoch's name, or a contributor's copy
    /// there, must not take the document's place.
    public func blindID(_ documentID: String) throws -> String {
        let candidates = try blindIDs(documentID)
        let live = try VaultIndex.load(self).liveBlinds
        return candidates.first { live.contains($0) } ?? candidates.last!
    }

    /// The document's folder name under every index epoch held, oldest first.
    public func blindIDs(_ documentID: String) throws -> [String] {
        try indexKeys.map { try Self.blindID(documentID, key: $0.key) }
    }

    static func blindID(_ documentID: String, key: SecretBytes) throws -> String {
        Hex.encode(try BLAKE2b.hash(Array("tamga/v1/doc\0\(documentID)".utf8), outputByteCount: 16, key: key))
    }

    /// Keyed hash of a document's source: finds "same content again" without
    /// decrypting. Keyed with a key derived from the first internal key
    /// epoch, which only members cleared internal hold: the index key, which
    /// every clearance holds, would let a State member or a contributor test
    /// guesses of an interview's text against its header (issue 14).
    public func contentTag(_ source: some ContiguousBytes) throws -> [UInt8] {
        // The domain is in the derived key, so the source is hashed where it lies, never copied.
        try source.withUnsafeBytes { try BLAKE2b.hash($0, outputByteCount: 32, key: try tagKey("tamga/v2/content-tag-key")) }
    }

    /// A key for header tags that only members cleared internal can compute
    /// (derived from the first internal key epoch, which they all hold).
    func tagKey(_ domain: String) throws -> SecretBytes {
        guard let first = levelKeys.keyPair(level: .internal, epoch: 1) else {
            throw VaultError.notCleared(member: member.name, needed: "content tags (internal)")
        }
        var derived = try BLAKE2b.hash(Array(domain.utf8), outputByteCount: 32, key: first.secretKey)
        return try SecretBytes(copyingAndWiping: &derived)
    }

    /// Appends a log entry as this member.
    @discardableResult
    /// `binding` names the keyring the entry binds when it is not the one
    /// this vault was opened with (a member change logs under the keyring it just wrote).
    public func log(_ action: LogAction, revisions: [String] = [], objects: [String] = [], removed: [String] = [],
                    destroyed: [String] = [], erased: [String] = [], approval: LogEntryBody.Approval = .none,
                    binding: KeyringStore.Verified? = nil) throws -> String {
        let bound = try keyringToBind(binding)
        let index = try VaultIndex.load(self)
        let name = try AuditLog(paths: paths).append(action, revisions: revisions, objects: objects, removed: removed, destroyed: destroyed,
                                                     erased: erased, approval: approval, actor: identity,
                                                     vaultID: vaultID, keyring: bound.fileHash,
                                                     internalKey: try (bound.fileHash == keyring.fileHash ? currentKey(.internal)
                                                                       : Self.newestKey(.internal, in: bound)),
                                                     heads: index.heads, sequence: index.nextSequence)
        indexMemo.recordAppended(name)
        // The entry just written names every head it saw, so it is the head
        // now: remembered at once, or deleting this command's own entry (a
        // black-out just recorded) would go unseen (attacker, session 28).
        LogFreshness.rememberAppended(name, vault: self)
        return name
    }

    /// A long-running process (`tamga serve`, an `edit` waiting on the
    /// editor) keeps the keyring of its unlock. After a member change made
    /// elsewhere (another terminal, another copy arriving by sync), readers
    /// refused its entries (they bound an older keyring than the entries
    /// before them: the write was silently lost), and after a removal what
    /// it sealed went to the epoch the removed member still holds, while a
    /// removed member's own open session went on writing (web red team 40,
    /// F2). So an entry binds the newest keyring; when that keyring rotated a
    /// level, index or export key, or removed or changed this member, nothing
    /// sealed under the old one may be committed: refused. A member added
    /// since changes nothing sealed here. Cheap when nothing changed: the
    /// keyring folder's names are compared first.
    func keyringToBind(_ binding: KeyringStore.Verified?) throws -> KeyringStore.Verified {
        let bound = binding ?? keyring
        // A sync refused a member change made apart since this session unlocked (attacker 41, K3).
        if keyringFork == nil, let pending = KeyringForkMarker.pending(root: paths.root) { throw VaultError.keyringRejected(problem: pending) }
        guard keyringFork == nil, !acceptedOlderKeyring else { return bound }
        let files = Set(VaultPaths.fileNames(in: paths.keyring))
        if let known = indexMemo.keyringChecked(files: files, bound: bound.fileHash) { return known }
        let newest = try KeyringStore(paths: paths).current()
        guard newest.fileHash == bound.fileHash || !Self.supersedes(newest.body, bound.body, member: member.fingerprint) else {
            throw VaultError.invalidArgument("the vault's members changed since it was unlocked here (a member was removed or a "
                + "clearance changed, in another terminal or on another copy): nothing was recorded; unlock again "
                + "(in the browser: Lock, then unlock) and repeat it")
        }
        indexMemo.rememberKeyringChecked(files: files, bound: bound.fileHash, bind: newest)
        return newest
    }

    /// Whether `newer` changed what a writer under `older` would seal or sign with, or this member's standing.
    static func supersedes(_ newer: KeyringBody, _ older: KeyringBody, member fingerprint: String) -> Bool {
        for level in Level.allCases where newer.currentEpoch(of: level.rawValue)?.epoch != older.currentEpoch(of: level.rawValue)?.epoch {
            return true
        }
        if newer.signingKey != older.signingKey || newer.indexKeys.count != older.indexKeys.count { return true }
        guard let now = newer.member(fingerprint: fingerprint), let then = older.member(fingerprint: fingerprint) else { return true }
        return !now.active || now.clearance != then.clearance || now.administrator != then.administrator
    }

    /// Tells this process's index that it holds the vault's write lock, so
    /// that later reads take in only the entries it appends (see `IndexMemo`).
    public func holdingWriteLock(_ lock: VaultLock) {
        indexMemo.holdWriteLock()
        // Once released, other writers may append again: the next read scans
        // the log folder (a long-running process, the web front end, keeps
        // this vault open across many locks; review, session 28).
        lock.whenReleased { [indexMemo] in indexMemo.releaseWriteLock() }
    }

    /// What the log commits: read once per command.
    public func commitIndex() throws -> CommitIndex {
        try VaultIndex.load(self).commits
    }
}
