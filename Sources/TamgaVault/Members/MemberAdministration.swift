import Foundation
import TamgaCore
import TamgaCrypto

/// Adding and removing members: each change is a new signed keyring plus the
/// sealed keys that follow from it, and a log entry. Only an administrator
/// cleared `internal` may do it (they hold every level key to seal onwards).
public struct MemberAdministration: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) throws {
        try vault.requireKeyringAdministrator(for: "member administration")
        self.vault = vault
    }

    /// Adds a member with `clearance`, sealing to them every epoch of every level it allows.
    public func add(name: String, key: MemberPublicKey, clearance: Clearance, administrator: Bool) throws {
        try checkAddition(name: name, key: key, clearance: clearance, administrator: administrator)
        var next = vault.keyring.body
        next.issued = Timestamp.now()
        next.logHeads = try VaultIndex.load(vault).heads
        next.members.append(MemberRecord(
            name: name, fingerprint: key.fingerprint, encryptionKey: Hex.encode(key.encryptionKey),
            signingKey: Hex.encode(key.signingKey), clearance: clearance, administrator: administrator, active: true))
        let written = try KeyringStore(paths: vault.paths).append(next, after: vault.keyring, signedBy: vault.identity.signing,
                                                                  signerName: vault.member.fingerprint)
        try sealKeys(to: key.encryptionKey, holder: key.fingerprint, clearance: clearance)
        try vault.log(LogAction(action: "member-add", member: name, clearance: clearance.rawValue,
                                note: administrator ? "administrator" : nil), binding: written)
        rememberChange(written)
    }

    /// The rules an addition must pass, checked before anything is written
    /// (and by a front end's confirmation step, which writes nothing): a
    /// valid name no active member has, a key no active member holds, and an
    /// administrator only with clearance internal.
    public func checkAddition(name: String, key: MemberPublicKey, clearance: Clearance, administrator: Bool) throws {
        try MemberName.validate(name)
        let body = vault.keyring.body
        guard body.activeMember(named: name) == nil else { throw VaultError.memberExists(name: name) }
        guard body.members.first(where: { $0.fingerprint == key.fingerprint && $0.active }) == nil else {
            throw VaultError.invalidArgument("that key already belongs to a member")
        }
        // A removed member's key is not taken back: readers judge entries by the member's first record and by
        // what their removal had seen, so whatever they signed after a return would be refused everywhere
        // (session 43 attacker, second round, C). A returning member makes a new key.
        guard !body.members.contains(where: { $0.fingerprint == key.fingerprint }) else {
            throw VaultError.invalidArgument("that key belonged to a member who was removed: a returning member makes a new key "
                + "with `tamga member invite` and is added with it")
        }
        guard !administrator || clearance == .internal else {
            throw VaultError.invalidArgument("an administrator must be cleared internal")
        }
    }

    /// What removing `name` would do, checked without writing: the levels
    /// that get a new key epoch (those their clearance held). Refuses what
    /// `remove` refuses: an unknown member and oneself. A removal that stopped
    /// after its keyring was written rotates nothing more (`[]`).
    public func removalPlan(name: String) throws -> [Level] {
        let members = vault.keyring.body.members
        guard let removed = members.first(where: { $0.name == name && $0.active }) else {
            let active = Set(members.filter(\.active).map(\.fingerprint))
            guard members.contains(where: { $0.name == name && !$0.active && !active.contains($0.fingerprint) && leftovers(of: $0.fingerprint) })
            else { throw VaultError.unknownMember(name: name) }
            return []
        }
        guard removed.fingerprint != vault.member.fingerprint else {
            throw VaultError.invalidArgument("you cannot remove yourself; ask another administrator")
        }
        return removed.clearance.levels
    }

    /// Seals the index key, the levels of `clearance` (every epoch) and, for
    /// exporters, the NPM signing key to one holder.
    func sealKeys(to publicKey: [UInt8], holder: String, clearance: Clearance) throws {
        let paths = vault.paths
        for (epoch, key) in vault.indexKeys {
            try SealedKeyFolder(paths.indexKeys(epoch: epoch)).seal(key, to: publicKey, holder: holder)
        }
        if clearance.mayExport, let signing = vault.exportSigning {
            let epoch = vault.keyring.body.signingKeys.last?.epoch ?? 1
            try SealedKeyFolder(paths.signingKeys(epoch: epoch)).seal(signing.seed, to: publicKey, holder: holder)
        }
        for level in clearance.levels {
            for epoch in vault.keyring.body.levels[level.rawValue] ?? [] {
                let folder = SealedKeyFolder(paths.levelKeys(level, epoch: epoch.epoch))
                guard let secret = try folder.open(holder: vault.member.fingerprint, with: vault.identity.encryption) else {
                    throw VaultError.notCleared(member: vault.member.name, needed: "\(level.rawValue) epoch \(epoch.epoch)")
                }
                try folder.seal(secret, to: publicKey, holder: holder)
            }
        }
    }

    /// Removes a member: a new keyring without them, a new key epoch of every
    /// level they held (sealed to the remaining holders and the recovery key),
    /// and their sealed copies of old epochs deleted. Copies they already took
    /// cannot be recalled; `tamga rekey` re-encrypts old parts.
    public func remove(name: String) throws -> [Level] {
        var next = vault.keyring.body
        guard let index = next.members.firstIndex(where: { $0.name == name && $0.active }) else {
            // A removal stopped after its keyring was written: finish it.
            let active = Set(next.members.filter(\.active).map(\.fingerprint))
            let unfinished = next.members.filter {
                $0.name == name && !$0.active && !active.contains($0.fingerprint) && leftovers(of: $0.fingerprint)
            }
            guard !unfinished.isEmpty else { throw VaultError.unknownMember(name: name) }
            for removed in unfinished { try deleteKeys(of: removed) }
            try vault.log(LogAction(action: "member-remove", member: name, clearance: unfinished[0].clearance.rawValue,
                                    note: "finished an interrupted removal"))
            return []
        }
        let removed = next.members[index]
        guard removed.fingerprint != vault.member.fingerprint else {
            throw VaultError.invalidArgument("you cannot remove yourself; ask another administrator")
        }
        next.members[index].active = false
        next.issued = Timestamp.now()
        // What the remover had seen: the removed member's entries count only up to here (EntryAuthorization).
        next.logHeads = try VaultIndex.load(vault).heads
        let rotated = removed.clearance.levels
        var newPairs: [Level: (Int, X25519KeyPair)] = [:]
        for level in rotated {
            let epoch = (next.levels[level.rawValue]?.map(\.epoch).max() ?? 0) + 1
            let pair = try X25519KeyPair.generate()
            next.levels[level.rawValue, default: []].append(LevelEpoch(epoch: epoch, publicKey: Hex.encode(pair.publicKey)))
            newPairs[level] = (epoch, pair)
        }
        // Seal the new epochs before the keyring that announces them, so no
        // writer ever encrypts to an epoch nobody can open.
        let recoveryKey = try Hex.decode(next.recovery.encryptionKey)
        for (level, (epoch, pair)) in newPairs {
            let folder = SealedKeyFolder(vault.paths.levelKeys(level, epoch: epoch))
            try folder.seal(pair.secretKey, to: recoveryKey, holder: SealedKeyFolder.recoveryHolder)
            for member in next.members where member.active && member.clearance.levels.contains(level) {
                try folder.seal(pair.secretKey, to: try Hex.decode(member.encryptionKey), holder: member.fingerprint)
            }
        }
        try rotateExportKey(in: &next, recoveryKey: recoveryKey)
        try rotateIndexKey(in: &next, recoveryKey: recoveryKey)
        let written = try KeyringStore(paths: vault.paths).append(next, after: vault.keyring, signedBy: vault.identity.signing,
                                                                  signerName: vault.member.fingerprint)
        try deleteKeys(of: removed)
        try vault.log(LogAction(action: "member-remove", member: name, clearance: removed.clearance.rawValue,
                                note: "new export key" + (rotated.isEmpty ? "" : ", new epoch of " + rotated.map(\.rawValue).joined(separator: ", "))),
                      binding: written)
        rememberChange(written)
        return rotated
    }

    /// This machine remembers the keyring it just wrote and the log heads
    /// after it, so that putting back an older copy is noticed here too.
    /// Best effort: the change is done and logged; memory only helps later.
    private func rememberChange(_ keyring: KeyringStore.Verified) {
        LocalMemory(vaultID: vault.vaultID, root: vault.paths.root).rememberKeyring(sequence: keyring.body.sequence, hash: keyring.fileHash)
        vault.indexMemo.invalidate()
        _ = try? VaultIndex.load(vault)
    }

    /// A new export-signing key on every removal (anyone removed might have
    /// kept the old seed, or, before format 2, been sealed it as a State
    /// member): sealed to the remaining members cleared internal and the
    /// recovery key before the keyring announces it, and certified by the old
    /// key so that recipients can follow the change.
    private func rotateExportKey(in next: inout KeyringBody, recoveryKey: [UInt8]) throws {
        guard let old = vault.exportSigning else {
            throw VaultError.notCleared(member: vault.member.name, needed: "rotating the export-signing key (it holds none)")
        }
        let fresh = try SigningKeyPair.generate()
        let epoch = (next.signingKeys.last?.epoch ?? 1) + 1
        let publicKey = Hex.encode(fresh.publicKey)
        let folder = SealedKeyFolder(vault.paths.signingKeys(epoch: epoch))
        try folder.seal(fresh.seed, to: recoveryKey, holder: SealedKeyFolder.recoveryHolder)
        for member in next.members where member.active && member.clearance.mayExport {
            try folder.seal(fresh.seed, to: try Hex.decode(member.encryptionKey), holder: member.fingerprint)
        }
        let certificate = old.signature(for: ExportKeyRecord.certifiedBytes(vault: vault.vaultID, epoch: epoch, publicKey: publicKey))
        next.signingKeys.append(ExportKeyRecord(epoch: epoch, publicKey: publicKey, certificate: Hex.encode(certificate), issued: next.issued))
        next.signingKey = publicKey
    }

    /// A new index key epoch on every removal: documents added afterwards get
    /// folder names the removed member cannot compute. Folders already made
    /// keep their names (readers try every epoch they hold).
    private func rotateIndexKey(in next: inout KeyringBody, recoveryKey: [UInt8]) throws {
        let fresh = try SecureRandom.secretBytes(count: 32)
        let epoch = (next.indexKeys.map(\.epoch).max() ?? 0) + 1
        let folder = SealedKeyFolder(vault.paths.indexKeys(epoch: epoch))
        try folder.seal(fresh, to: recoveryKey, holder: SealedKeyFolder.recoveryHolder)
        for member in next.members where member.active {
            try folder.seal(fresh, to: try Hex.decode(member.encryptionKey), holder: member.fingerprint)
        }
        next.indexKeys.append(IndexKeyRecord(epoch: epoch, commitment: try IndexKeyCommitment.of(fresh)))
    }

    /// The removed member's sealed copies of every epoch and their key file.
    private func deleteKeys(of removed: MemberRecord) throws {
        for level in Level.allCases {
            for epoch in vault.keyring.body.levels[level.rawValue] ?? [] {
                try SealedKeyFolder(vault.paths.levelKeys(level, epoch: epoch.epoch)).remove(holder: removed.fingerprint)
            }
        }
        for epoch in VaultPaths.fileNames(in: vault.paths.indexKeys) {
            try SealedKeyFolder(vault.paths.indexKeys.appendingPathComponent(epoch)).remove(holder: removed.fingerprint)
        }
        // Retired export keys sign nothing again: every holder's copy goes, not only the removed member's.
        let current = try KeyringStore(paths: vault.paths).current().body.signingKeys.last?.epoch ?? 1
        for epoch in VaultPaths.fileNames(in: vault.paths.signingKeys) {
            let folder = SealedKeyFolder(vault.paths.signingKeys.appendingPathComponent(epoch))
            for holder in folder.holders where Int(epoch) != current || holder == removed.fingerprint { try folder.remove(holder: holder) }
        }
        try DurableFile.remove(vault.paths.memberKey(fingerprint: removed.fingerprint))
    }

    /// Whether a removed member still has sealed keys or a key file here.
    private func leftovers(of fingerprint: String) -> Bool {
        let paths = vault.paths
        var folders = VaultPaths.fileNames(in: paths.indexKeys).map { SealedKeyFolder(paths.indexKeys.appendingPathComponent($0)) }
        folders += VaultPaths.fileNames(in: paths.signingKeys).map { SealedKeyFolder(paths.signingKeys.appendingPathComponent($0)) }
        for level in Level.allCases {
            for epoch in vault.keyring.body.levels[level.rawValue] ?? [] {
                folders.append(SealedKeyFolder(paths.levelKeys(level, epoch: epoch.epoch)))
            }
        }
        return folders.contains { $0.holders.contains(fingerprint) }
            || FileManager.default.fileExists(atPath: paths.memberKey(fingerprint: fingerprint).path)
    }
}
