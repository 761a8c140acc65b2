import Foundation
import TamgaCore
import TamgaCrypto

/// `tamga recovery reshare`: a NEW recovery key, split into new shares.
///
/// It never re-splits the old secret: shares of one secret fit together
/// whichever split they came from, so someone holding old shares could add
/// them to new ones. A new key makes every old share useless, including the
/// ones seen together at a `tamga recover`.
///
/// Every key the recovery holder is sealed (as `init` and member removal
/// seal them: every epoch of every level, every index epoch, the current
/// export-signing key) is re-sealed to the new key, in place of the old
/// `recovery.sealed`. The new keyring, signed by the administrator, names the
/// new key and the SHA-256 of each new sealed file, so that a synced copy
/// accepts these rewrites only as the administrator wrote them.
public struct RecoveryRotation: Sendable {
    public let vault: UnlockedVault

    public init(vault: UnlockedVault) throws {
        try vault.requireKeyringAdministrator(for: "issuing recovery shares")
        self.vault = vault
    }

    /// What a reshare made: the shares are printed once and never stored.
    public struct Result: Sendable {
        public let shares: [String]
        public let threshold: Int
        /// How many sealed keys now open with the new recovery key.
        public let sealedKeys: Int
    }

    /// One secret the recovery holder must hold, and where its sealed copy goes.
    struct Held {
        let folder: URL
        /// The sealed file's path in the vault, as sync names it.
        let path: String
        let secret: SecretBytes
    }

    /// Makes the new recovery key and shares. Everything is opened and sealed
    /// in memory first, so a key this administrator cannot open stops the
    /// reshare before anything is written. The keyring is written before the
    /// sealed files: if interrupted between them, the keyring names a key
    /// whose shares were never shown, the old shares no longer fit it, and
    /// running the reshare again finishes the job.
    public func reshare(threshold: Int, shareCount: Int) throws -> Result {
        try RecoveryShares.validate(threshold: threshold, shares: shareCount)
        try KeyringStore(paths: vault.paths).chainReport().requireWritable()
        let held = try heldSecrets()
        let master = try SecureRandom.secretBytes(count: 32)
        let recovery = try RecoveryKey.identity(from: master)
        var boxes: [(held: Held, box: [UInt8])] = []
        for item in held {
            boxes.append((item, try SealedBox.seal(item.secret, to: recovery.encryption.publicKey)))
        }
        var next = vault.keyring.body
        next.issued = Timestamp.now()
        next.logHeads = try VaultIndex.load(vault).heads
        next.recovery = RecoveryRecord(
            encryptionKey: Hex.encode(recovery.encryption.publicKey),
            signingKey: Hex.encode(recovery.signing.publicKey),
            threshold: threshold, shares: shareCount,
            sealed: Dictionary(uniqueKeysWithValues: boxes.map { ($0.held.path, Hex.encode(SHA256.hash($0.box))) }))
        let written = try KeyringStore(paths: vault.paths).append(next, after: vault.keyring, signedBy: vault.identity.signing,
                                                                  signerName: vault.member.fingerprint)
        // Each file replaced whole (a temporary file renamed over the old one).
        for (item, box) in boxes {
            try DurableFile.write(box, to: item.folder, name: "\(SealedKeyFolder.recoveryHolder).sealed", replace: true)
        }
        try vault.log(LogAction(action: "recovery-reshare", member: vault.member.name, clearance: Clearance.internal.rawValue,
                                note: "new recovery key, \(threshold) of \(shareCount) shares; the old shares no longer rebuild it"),
                      binding: written)
        LocalMemory(vaultID: vault.vaultID, root: vault.paths.root).rememberKeyring(sequence: written.body.sequence, hash: written.fileHash)
        vault.indexMemo.invalidate()
        let shares = try RecoveryShares.split(master, threshold: threshold, shares: shareCount, vaultID: vault.vaultID)
        return Result(shares: shares, threshold: threshold, sealedKeys: boxes.count)
    }

    /// Every secret the keyring in force has sealed to the recovery holder
    /// (the same set `tamga check` expects: `expectedSealedKeys`), opened
    /// with this administrator's keys and checked against the keyring.
    func heldSecrets() throws -> [Held] {
        let body = vault.keyring.body
        let paths = vault.paths
        var held: [Held] = []
        for level in Level.allCases {
            for epoch in body.levels[level.rawValue] ?? [] {
                guard let pair = vault.levelKeys.keyPair(level: level, epoch: epoch.epoch),
                      Hex.encode(pair.publicKey) == epoch.publicKey else {
                    throw VaultError.notCleared(member: vault.member.name, needed: "\(level.rawValue) epoch \(epoch.epoch) (it holds no copy to re-seal)")
                }
                held.append(Held(folder: paths.levelKeys(level, epoch: epoch.epoch),
                                 path: "keys/levels/\(level.rawValue)/\(epoch.epoch)/recovery.sealed", secret: pair.secretKey))
            }
        }
        for record in body.indexKeys {
            guard let key = vault.indexKeys.first(where: { $0.epoch == record.epoch })?.key else {
                throw VaultError.notCleared(member: vault.member.name, needed: "index epoch \(record.epoch) (it holds no copy to re-seal)")
            }
            held.append(Held(folder: paths.indexKeys(epoch: record.epoch), path: "keys/index/\(record.epoch)/recovery.sealed", secret: key))
        }
        guard let signing = vault.exportSigning else {
            throw VaultError.notCleared(member: vault.member.name, needed: "the export-signing key (it holds no copy to re-seal)")
        }
        let epoch = body.signingKeys.last?.epoch ?? 1
        held.append(Held(folder: paths.signingKeys(epoch: epoch), path: "keys/signing/\(epoch)/recovery.sealed", secret: signing.seed))
        return held
    }
}
