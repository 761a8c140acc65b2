import Foundation
import TamgaCore
import TamgaCrypto
#if canImport(Glibc)
import Glibc
#endif

/// `tamga rekey` for evidence files (issue 17): after `member remove`, every
/// attachment of the level not under the newest key epoch is re-encrypted,
/// with a new file key, so the removed member's old level key opens no photo
/// or scan that is in the vault now. (Re-wrapping the old file key would not
/// do: whoever held the old level key could have kept it.)
///
/// Streamed chunk by chunk in constant memory: each chunk of the old stream
/// is verified and decrypted into the new stream's buffer and encrypted
/// again; the plaintext never touches the disk. The chunk boundaries stay
/// the same, so the metadata still leads the first chunk.
///
/// The object's name (its hash) changes, and redactions and restrictions are
/// recorded against the old name: each re-encryption is its own log entry
/// (`attachment-rekey`, `hash` the new object, `replaces` the old), from
/// which `EvidenceLog.names` follows an attachment back to every name it had.
/// Order (crash safety) as for documents: the new file, then the entry that
/// lists it and removes the old one, then the old file deleted.
public enum AttachmentRekey {
    static let action = "attachment-rekey"

    /// Re-encrypts every live attachment of `level` under an older epoch; returns how many.
    /// One that does not open (damaged, or sealed to a key nobody here
    /// holds: a modified client can make one) is left and named at the end,
    /// after every other is done: a single bad file must not keep the rest
    /// under a removed member's key (attacker, session 29).
    /// `leftAlone` hears each one left; without it they end in one error thrown after the rest.
    static func run(_ vault: UnlockedVault, level: Level, leftAlone: ((_ path: String, _ problem: String) -> Void)? = nil) throws -> Int {
        let current = try vault.currentKey(level)
        let index = try vault.commitIndex()
        let restriction = try RestrictedViewing.keys(in: vault)
        let keys = try RestrictedViewing.attachmentKeys(for: vault, from: restriction)
        var count = 0
        var problems: [(path: String, problem: String)] = []
        for blind in VaultPaths.fileNames(in: vault.paths.attachments) {
            let directory = vault.paths.attachments(blind: blind)
            for name in VaultPaths.fileNames(in: directory) where !name.hasPrefix(".") {
                let path = "attachments/\(blind)/\(name)"
                guard index.isLive(path) else { continue }
                let url = directory.appendingPathComponent(name)
                guard let header = try? AttachmentReader.header(of: url), header.kind == .attachment else {
                    problems.append((path, "its header does not read as an attachment's")); continue
                }
                do {
                    if RestrictedViewing.isRestricted(header, keys: restriction) {
                        if header.level == level,
                           try rekeyRestricted(url, header: header, path: path, blind: blind, vault: vault, restriction: restriction, keys: keys) {
                            count += 1
                        }
                        continue
                    }
                    guard header.level == level else { continue }
                    guard keys.keyPair(level: level, keyID: header.keyID) != nil else {
                        problems.append((path, "it is sealed to a key no member here holds (no level key, no restricted image's)")); continue
                    }
                    // Sealed to a level below internal (stored before session 28): moved under internal's key.
                    if level != .internal, vault.member.clearance == .internal {
                        try AttachmentReseal.run(url, header: header, path: path, blind: blind, vault: vault, keys: keys)
                        count += 1
                        continue
                    }
                    guard Int(header.epoch) != current.epoch else { continue }
                    let sealing = try vault.sealingKey(blind: blind, level: level)
                    let made = try reencrypt(url, keys: keys, to: (sealing.epoch, sealing.publicKey), in: directory)
                    try vault.log(LogAction(action: action, document: made.document, level: level.rawValue, hash: made.object, replaces: name),
                                  objects: (sealing.newObject.map { [$0] } ?? []) + ["attachments/\(blind)/\(made.object)"], removed: [path])
                    try DurableFile.remove(url)
                    count += 1
                } catch let error as StorageError {
                    throw error
                } catch let error as VaultError {
                    if case .damaged(_, let problem) = error { problems.append((path, problem)) } else { throw error }
                } catch {
                    problems.append((path, "\(error)"))
                }
            }
        }
        if let leftAlone {
            for problem in problems { leftAlone(problem.path, problem.problem) }
        } else if let first = problems.first {
            throw VaultError.damaged(path: first.path, problem: first.problem + (problems.count > 1 ? " (and \(problems.count - 1) more)" : "")
                + "; \(count) other attachment(s) were re-encrypted; run `tamga check`")
        }
        return count
    }

    /// A restricted image (`RestrictedViewing`) whose viewers include a
    /// member no longer active: re-encrypted under a new restriction key
    /// granted to the viewers still active, so the removed one's grant opens
    /// nothing that is in the vault now. Only a viewer holds the key to do
    /// it; for anyone else it is left (`restrictedAwaitingViewer` counts it).
    /// Returns whether it was re-encrypted.
    static func rekeyRestricted(_ url: URL, header: ObjectHeader, path: String, blind: String, vault: UnlockedVault,
                                restriction: RestrictedViewing.Keys, keys: LevelKeySet) throws -> Bool {
        guard keys.keyPair(level: header.level, keyID: header.keyID) != nil else { return false }
        // The viewers are the image's own record of them (only viewers open it), not the log's claims.
        let metadata = try AttachmentReader.metadata(of: url, keys: keys)
        let members = vault.keyring.body.members
        let (remaining, stale): ([MemberRecord], Bool)
        if let recorded = metadata.evidence?.viewers {
            let kept = members.filter { recorded.contains($0.fingerprint) && $0.active && $0.clearance == .internal }
            (remaining, stale) = (kept, kept.count < recorded.count)
        } else {
            (remaining, stale) = RestrictedViewing.viewers(of: Hex.encode(header.keyID), keys: restriction, members: members)
        }
        guard stale else { return false }
        let grant = try RestrictedViewing.grant(to: remaining.isEmpty ? [vault.member] : remaining)
        let made = try AttachmentRewrite.run(url, header: header, path: path, keys: keys,
                                             to: (epoch: 0, publicKey: grant.keyPair.publicKey), vault: vault) { metadata in
            var details = metadata.evidence ?? AttachmentDetails(restricted: true)
            details.viewers = grant.sealed.keys.sorted()
            metadata.evidence = details
        }
        try vault.log(LogAction(action: action, document: made.metadata.document, level: header.level.rawValue, hash: made.object,
                                replaces: url.lastPathComponent, viewers: grant.sealed, restrictionKey: grant.keyID),
                      objects: ["attachments/\(blind)/\(made.object)"], removed: [path])
        try DurableFile.remove(url)
        return true
    }

    /// Restricted images a removed member could still open and this member,
    /// not being their viewer, cannot re-encrypt: a viewer must run `tamga rekey`.
    public static func restrictedAwaitingViewer(_ vault: UnlockedVault) throws -> Int {
        let restriction = try RestrictedViewing.keys(in: vault)
        let keys = try RestrictedViewing.attachmentKeys(for: vault, from: restriction)
        let index = try vault.commitIndex()
        let members = vault.keyring.body.members
        var count = 0
        for blind in VaultPaths.fileNames(in: vault.paths.attachments) {
            let directory = vault.paths.attachments(blind: blind)
            for name in VaultPaths.fileNames(in: directory) where !name.hasPrefix(".") && index.isLive("attachments/\(blind)/\(name)") {
                guard let header = try? AttachmentReader.header(of: directory.appendingPathComponent(name)),
                      RestrictedViewing.isRestricted(header, keys: restriction),
                      keys.keyPair(level: header.level, keyID: header.keyID) == nil else { continue }
                if RestrictedViewing.viewers(of: Hex.encode(header.keyID), keys: restriction, members: members).stale { count += 1 }
            }
        }
        return count
    }

    /// Writes the re-encrypted copy of `url` into `directory` under its hash;
    /// returns that name and the document it belongs to. On failure nothing is left behind.
    static func reencrypt(_ url: URL, keys: LevelKeySet, to key: (epoch: Int, publicKey: [UInt8]),
                          in directory: URL) throws -> (object: String, document: String) {
        let opened = try AttachmentReader.open(url, keys: keys)
        defer { close(opened.fd) }
        let fileKey = try SecureRandom.secretBytes(count: 32)
        let fields = ObjectHeaderFields(kind: .attachment, level: opened.header.level, epoch: UInt32(key.epoch),
                                        revision: opened.header.revision, parents: opened.header.parents,
                                        contentTag: opened.header.contentTag)
        let prefix = try VaultObject.headerPrefix(fields, fileKey: fileKey, levelKey: key.publicKey)
        let temporary = directory.appendingPathComponent(".tmp-rekey-\(UInt64.random(in: .min ... .max))")
        let output = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard output >= 0 else { throw StorageError(operation: "create", path: temporary.path, code: errno) }
        TemporaryFileRegistry.register(temporary.path)
        defer { TemporaryFileRegistry.unregister(temporary.path) }
        var hasher = SHA256Hasher()
        var oldHasher = opened.fileHasher()
        var document: String?
        do {
            try AttachmentStore.writeAll(prefix, fd: output, hasher: &hasher, path: temporary.path)
            let chunkSize = SecretStream.defaultChunkSize
            var headerBytes = [UInt8](repeating: 0, count: SecretStream.headerByteCount)
            guard try headerBytes.withUnsafeMutableBytes({ try AttachmentReader.readFully(opened.fd, into: $0) }) == headerBytes.count else {
                throw CryptoError.truncatedStream
            }
            oldHasher.update(headerBytes)
            let oldKey = try AttachmentReader.streamKey(opened.fileKey)
            let puller = try headerBytes.withUnsafeBytes { header in
                try SecretStreamPuller(key: oldKey, header: header, chunkSize: chunkSize)
            }
            var cipher = [UInt8](repeating: 0, count: chunkSize + SecretStream.overheadByteCount)
            var ended = false
            let oldData = opened.associatedData
            // One old chunk per call, verified and decrypted straight into the new stream's buffer.
            func pullNext(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
                guard !ended else { return 0 }
                let count = try cipher.withUnsafeMutableBytes { try AttachmentReader.readFully(opened.fd, into: $0) }
                cipher.withUnsafeBytes { oldHasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[..<count])) }
                guard count > 0 else { try puller.finish(); ended = true; return 0 }
                let (plain, isFinal) = try cipher.withUnsafeBytes { raw in
                    try oldData.withUnsafeBytes { data in
                        try puller.pull(UnsafeRawBufferPointer(rebasing: raw[..<count]), authenticating: data, into: buffer)
                    }
                }
                if document == nil {
                    document = try? AttachmentReader.parseMetadata(UnsafeRawBufferPointer(rebasing: buffer[..<plain])).metadata.document
                }
                if isFinal {
                    var probe: UInt8 = 0
                    guard try withUnsafeMutableBytes(of: &probe, { try AttachmentReader.readFully(opened.fd, into: $0) }) == 0 else {
                        throw CryptoError.trailingData
                    }
                    ended = true
                }
                return plain
            }
            try SecretStream.encrypt(
                reading: { buffer throws(CryptoError) in
                    do { return try pullNext(into: buffer) } catch let error as CryptoError { throw error } catch {
                        throw .ioFailed(errno: EIO)
                    }
                },
                writing: { bytes throws(CryptoError) in
                    do throws(StorageError) { try AttachmentStore.writeAll(bytes, fd: output, hasher: &hasher, path: temporary.path) } catch {
                        throw .ioFailed(errno: error.code)
                    }
                },
                using: try AttachmentReader.streamKey(fileKey), authenticating: SHA256.hash(prefix), chunkSize: chunkSize)
            try AttachmentReader.checkName(of: url, opened.fd, &oldHasher)
            guard fsync(output) == 0 else { throw StorageError(operation: "fsync", path: temporary.path, code: errno) }
            close(output)
        } catch {
            close(output); unlink(temporary.path); throw error
        }
        guard let document else {
            unlink(temporary.path)
            throw VaultError.damaged(path: url.lastPathComponent, problem: ObjectFormatError.metadata.description)
        }
        let name = Hex.encode(hasher.finalize())
        guard rename(temporary.path, directory.appendingPathComponent(name).path) == 0 else {
            let code = errno; unlink(temporary.path)
            throw StorageError(operation: "rename", path: name, code: code)
        }
        try DurableFile.syncDirectory(directory)
        return (name, document)
    }
}
