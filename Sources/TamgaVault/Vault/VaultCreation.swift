import Foundation
import TamgaCore
import TamgaCrypto
#if canImport(Glibc)
import Glibc
#endif

/// `tamga init`: a new vault with its first administrator, one key pair per
/// level, the index key, the NPM's export-signing key and a recovery key split
/// into Shamir shares.
///
/// The vault is built in a hidden sibling folder and renamed into place at the
/// end, so an interrupted `init` leaves no half-made vault behind.
public enum VaultCreation {
    public struct Result: Sendable {
        public let vaultID: String
        public let administratorFingerprint: String
        /// The recovery shares, each printed once and never stored.
        public let shares: [String]
        public let threshold: Int
    }

    public static func create(
        at paths: VaultPaths, administrator name: String, passphrase: SecretBytes,
        strength: KeyStrength, threshold: Int = 3, shareCount: Int = 5, documentKeys: Bool = true
    ) throws -> Result {
        try MemberName.validate(name)
        try RecoveryShares.validate(threshold: threshold, shares: shareCount)
        try refuseExisting(paths.root)
        let parent = paths.root.deletingLastPathComponent()
        try DurableFile.makeDirectory(parent)
        let staging = VaultPaths(root: parent.appendingPathComponent(".tamga-init-\(UInt64.random(in: .min ... .max))"))
        do {
            let result = try build(staging, name: name, passphrase: passphrase, strength: strength,
                                   threshold: threshold, shareCount: shareCount, documentKeys: documentKeys)
            guard rename(staging.root.path, paths.root.path) == 0 else {
                throw StorageError(operation: "rename", path: paths.root.path, code: errno)
            }
            try DurableFile.syncDirectory(parent)
            return result
        } catch {
            try? FileManager.default.removeItem(at: staging.root)
            throw error
        }
    }

    private static func build(
        _ paths: VaultPaths, name: String, passphrase: SecretBytes, strength: KeyStrength,
        threshold: Int, shareCount: Int, documentKeys: Bool
    ) throws -> Result {
        try DurableFile.makeDirectory(paths.root)
        let administrator = try MemberIdentity.generate()
        let master = try SecureRandom.secretBytes(count: 32)
        let recovery = try RecoveryKey.identity(from: master)
        let signing = try SigningKeyPair.generate()
        let indexKey = try SecureRandom.secretBytes(count: 32)
        var levelPairs: [Level: X25519KeyPair] = [:]
        for level in Level.allCases { levelPairs[level] = try X25519KeyPair.generate() }

        let record = MemberRecord(
            name: name, fingerprint: administrator.fingerprint,
            encryptionKey: Hex.encode(administrator.encryption.publicKey),
            signingKey: Hex.encode(administrator.signing.publicKey),
            clearance: .internal, administrator: true, active: true)
        let body = KeyringBody(
            vault: "", sequence: 1, previous: nil, issued: Timestamp.now(), members: [record],
            levels: Dictionary(uniqueKeysWithValues: levelPairs.map {
                ($0.key.rawValue, [LevelEpoch(epoch: 1, publicKey: Hex.encode($0.value.publicKey))])
            }),
            signingKey: Hex.encode(signing.publicKey),
            signingKeys: [ExportKeyRecord(epoch: 1, publicKey: Hex.encode(signing.publicKey), certificate: nil, issued: Timestamp.now())],
            indexKeys: [IndexKeyRecord(epoch: 1, commitment: try IndexKeyCommitment.of(indexKey))],
            recovery: RecoveryRecord(
                encryptionKey: Hex.encode(recovery.encryption.publicKey),
                signingKey: Hex.encode(recovery.signing.publicKey),
                threshold: threshold, shares: shareCount),
            dataKeys: documentKeys ? true : nil)
        let keyring = try KeyringStore(paths: paths).append(body, after: nil, signedBy: administrator.signing, signerName: record.fingerprint)

        let keyFile = try MemberKeyFile.create(identity: administrator, name: name, vault: keyring.vaultID,
                                               passphrase: passphrase, strength: strength)
        try DurableFile.write(try keyFile.encoded(), to: paths.members, name: "\(record.fingerprint).key")

        let holders: [(String, [UInt8])] = [
            (record.fingerprint, administrator.encryption.publicKey),
            (SealedKeyFolder.recoveryHolder, recovery.encryption.publicKey),
        ]
        for (holder, publicKey) in holders {
            for (level, pair) in levelPairs {
                try SealedKeyFolder(paths.levelKeys(level, epoch: 1)).seal(pair.secretKey, to: publicKey, holder: holder)
            }
            try SealedKeyFolder(paths.indexKeys(epoch: 1)).seal(indexKey, to: publicKey, holder: holder)
            try SealedKeyFolder(paths.signingKeys(epoch: 1)).seal(signing.seed, to: publicKey, holder: holder)
        }
        try DurableFile.write(try VaultConfig(format: documentKeys ? VaultConfig.formatName : VaultConfig.formatWithoutDataKeys,
                                              vault: keyring.vaultID).encoded(),
                              to: paths.root, name: "config.json")
        try AuditLog(paths: paths).append(
            LogAction(action: "init", member: name, clearance: Clearance.internal.rawValue),
            actor: administrator, vaultID: keyring.vaultID, keyring: keyring.fileHash,
            internalKey: (1, levelPairs[.internal]!.publicKey))

        LocalMemory(vaultID: keyring.vaultID).rememberMembers([(name, record.fingerprint)])
        let shares = try RecoveryShares.split(master, threshold: threshold, shares: shareCount, vaultID: keyring.vaultID)
        return Result(vaultID: keyring.vaultID, administratorFingerprint: record.fingerprint,
                      shares: shares, threshold: threshold)
    }

    /// `init` never writes into a folder that holds anything.
    private static func refuseExisting(_ root: URL) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else { return }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? ["?"]
        guard isDirectory.boolValue, contents.isEmpty else { throw VaultError.alreadyAVault(path: root.path) }
        // An empty folder is replaced by the rename; remove it first so rename works on every file system.
        try? FileManager.default.removeItem(at: root)
    }
}

/// Member names: what people type and what the log records.
public enum MemberName {
    public static func validate(_ name: String) throws {
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || " .-_'".unicodeScalars.contains(scalar)
        }
        guard (1...64).contains(name.count), allowed, name.first != " ", name.last != " " else {
            throw VaultError.invalidArgument("a member name must be 1 to 64 letters, digits, spaces, or . - _ ' (got \(name.count) characters)")
        }
    }
}
