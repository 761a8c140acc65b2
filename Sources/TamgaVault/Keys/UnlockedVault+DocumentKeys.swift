import Foundation
import TamgaCore
import TamgaCrypto

extension UnlockedVault {
    /// What a new object of one document and level is sealed to: the
    /// document's data key of the newest level epoch (format 3), else the
    /// level key itself (format 2). `newObject` is the data-key file made for
    /// it, which the caller lists in the same log entry as the object.
    struct SealingKey {
        let epoch: Int
        let publicKey: [UInt8]
        let newObject: String?
    }

    /// The key to seal a new part or attachment of the document filed under
    /// `blind` at `level` to. A live data key of the newest epoch is reused
    /// only when its committing entry was signed by someone who may know its
    /// secret anyway: a member cleared internal, or (for a contributor's own
    /// document) this very contributor. A contributor made the secret of the
    /// data keys it wrote, so a member cleared internal never seals a later
    /// revision to one of those (a modified client could have kept it);
    /// after a member leaves, the level's new epoch gives every document new
    /// data keys as it is rekeyed.
    func sealingKey(blind: String, level: Level, batch: DataKeyBatch? = nil) throws -> SealingKey {
        let current = try currentKey(level)
        guard usesDocumentKeys else { return SealingKey(epoch: current.epoch, publicKey: current.publicKey, newObject: nil) }
        if let made = batch?.made(blind: blind, level: level, epoch: current.epoch) {
            return SealingKey(epoch: current.epoch, publicKey: made, newObject: nil)
        }
        if batch?.fresh != true, let reusable = try reusableDataKey(blind: blind, level: level, epoch: current.epoch, levelKey: current.publicKey) {
            return SealingKey(epoch: current.epoch, publicKey: reusable, newObject: nil)
        }
        let pair = try X25519KeyPair.generate()
        let fields = ObjectHeaderFields(kind: .dataKey, level: level, epoch: UInt32(current.epoch), contentTag: pair.publicKey)
        let object = try VaultObject.seal(pair.secretKey, header: fields, levelKey: current.publicKey)
        let name = Hex.encode(SHA256.hash(object))
        let folder = paths.dataKeys(blind: blind, level: level)
        try DurableFile.write(object, to: folder, name: name)
        try levelKeys.documentKeys?.remember(pair, file: folder.appendingPathComponent(name))
        let path = "datakeys/\(blind)/\(level.rawValue)/\(name)"
        batch?.record(pair.publicKey, blind: blind, level: level, epoch: current.epoch, object: path)
        return SealingKey(epoch: current.epoch, publicKey: pair.publicKey, newObject: path)
    }

    /// The public key of a live data key of `blind` at `level` sealed to the
    /// level key of `epoch`, committed by a signer this member may share it with.
    private func reusableDataKey(blind: String, level: Level, epoch: Int, levelKey: [UInt8]) throws -> [UInt8]? {
        let index = try VaultIndex.load(self)
        let levelKeyID = try VaultObject.keyID(of: levelKey)
        let folder = paths.dataKeys(blind: blind, level: level)
        for name in VaultPaths.fileNames(in: folder).sorted() {
            let path = "datakeys/\(blind)/\(level.rawValue)/\(name)"
            // Cheapest first: the signer is found by a walk over the log's entries.
            guard index.commits.isLive(path),
                  let bytes = try? DurableFile.readAll(folder.appendingPathComponent(name)), name == Hex.encode(SHA256.hash(bytes)),
                  let header = try? VaultObject.header(of: bytes), header.kind == .dataKey, header.level == level,
                  Int(header.epoch) == epoch, header.keyID == levelKeyID, header.contentTag.count == 32,
                  let signer = index.committer(of: path), mayShareDataKey(writtenBy: signer) else { continue }
            return header.contentTag
        }
        return nil
    }

    /// Whether a data key written by `signer` (a fingerprint) may seal what this member writes.
    private func mayShareDataKey(writtenBy signer: String) -> Bool {
        if member.clearance == .contributor { return signer == member.fingerprint }
        guard let record = keyring.body.member(fingerprint: signer) else { return false }
        return record.active && record.clearance == .internal
    }
}

/// The data keys one operation made and has not logged yet (a rekey or a
/// refresh writes many parts of one document before its single entry): the
/// later parts reuse them, so one operation makes one data key per document
/// and level, not one per part. Never kept past the operation's entry.
final class DataKeyBatch: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: [String: [UInt8]] = [:]
    private var objects: [String] = []
    /// Never reuse a live data key: an erasure (issue 18) seals the rewritten
    /// revisions to new keys so that deleting the old ones shuts the old revisions.
    let fresh: Bool

    init(fresh: Bool = false) { self.fresh = fresh }

    func made(blind: String, level: Level, epoch: Int) -> [UInt8]? {
        lock.withLock { keys["\(blind)/\(level.rawValue)/\(epoch)"] }
    }

    func record(_ publicKey: [UInt8], blind: String, level: Level, epoch: Int, object: String) {
        lock.withLock {
            keys["\(blind)/\(level.rawValue)/\(epoch)"] = publicKey
            objects.append(object)
        }
    }

    /// The data-key files this batch wrote (relative to the vault): what an
    /// operation that stops before its entry removes (web red team 42, L1:
    /// a failed erasure left them, and its page said nothing was changed).
    var written: [String] { lock.withLock { objects } }
}
