import Foundation
import TamgaCore
import TamgaCrypto

/// Seals and opens vault objects (docs/VAULT-FORMAT.md, Objects).
///
/// One random file key per object, sealed to the level public key; the stream
/// key and a key commitment are derived from it, so the header (which says
/// which key opens the object and what it is) cannot be altered, and no second
/// key can open the same bytes to a different plaintext.
public enum VaultObject {
    static let streamKeyID: UInt64 = 1
    static let commitmentKeyID: UInt64 = 2

    /// Encrypts `plaintext` under a fresh file key sealed to `levelKey`.
    public static func seal(_ plaintext: some ContiguousBytes, header: ObjectHeaderFields, levelKey: [UInt8]) throws -> [UInt8] {
        let fileKey = try SecureRandom.secretBytes(count: 32)
        var prefix = try headerPrefix(header, fileKey: fileKey, levelKey: levelKey)
        let associatedData = SHA256.hash(prefix)
        let streamKey = try KeyDerivation.subkey(id: streamKeyID, context: "tmgpaylo", from: fileKey)
        prefix.append(contentsOf: try SecretStream.encrypt(plaintext, using: streamKey, authenticating: associatedData))
        return prefix
    }

    /// The header and commitment bytes of a new object.
    static func headerPrefix(_ fields: ObjectHeaderFields, fileKey: SecretBytes, levelKey: [UInt8]) throws -> [UInt8] {
        let header = ObjectHeader(
            kind: fields.kind, level: fields.level, epoch: fields.epoch,
            keyID: try keyID(of: levelKey), revision: fields.revision, parents: fields.parents,
            contentTag: fields.contentTag, sealedFileKey: try SealedBox.seal(fileKey, to: levelKey))
        var bytes = header.encodedWithoutCommitment()
        bytes.append(contentsOf: try commitment(over: bytes, fileKey: fileKey))
        return bytes
    }

    /// Reads only the header (no key needed): what `check` and writers look at.
    public static func header(of bytes: [UInt8]) throws(ObjectFormatError) -> ObjectHeader {
        try ObjectHeader.decode(bytes).0
    }

    /// Decrypts an object with whichever of `keys` its header names. Nothing is
    /// released unless every chunk authenticates and the stream ends properly.
    public static func open(_ bytes: [UInt8], keys: LevelKeySet) throws(ObjectFormatError) -> (ObjectHeader, SecretBytes) {
        let (header, commitmentOffset) = try ObjectHeader.decode(bytes)
        guard let keyPair = keys.keyPair(level: header.level, keyID: header.keyID) else { throw .noKey }
        let streamStart = commitmentOffset + ObjectHeader.commitmentByteCount
        guard bytes.count >= streamStart else { throw .truncated }
        let prefix = Array(bytes[0..<commitmentOffset])
        let fileKey: SecretBytes
        do { fileKey = try SealedBox.open(header.sealedFileKey, with: keyPair) } catch { throw .commitmentMismatch }
        guard let expected = try? commitment(over: prefix, fileKey: fileKey),
              constantTimeEqual(expected, Array(bytes[commitmentOffset..<streamStart])) else {
            throw .commitmentMismatch
        }
        let associatedData = SHA256.hash(bytes[0..<streamStart])
        do {
            let streamKey = try KeyDerivation.subkey(id: streamKeyID, context: "tmgpaylo", from: fileKey)
            let plaintext = try SecretStream.decrypt(Array(bytes[streamStart...]), using: streamKey, authenticating: associatedData)
            return (header, plaintext)
        } catch {
            throw .payload(error.description)
        }
    }

    /// BLAKE2b-128 of a level public key: the key id in a header.
    public static func keyID(of publicKey: [UInt8]) throws -> [UInt8] {
        try BLAKE2b.hash(publicKey, outputByteCount: 16)
    }

    static func commitment(over prefix: [UInt8], fileKey: SecretBytes) throws -> [UInt8] {
        let commitmentKey = try KeyDerivation.subkey(id: commitmentKeyID, context: "tmgcommi", from: fileKey)
        return try BLAKE2b.hash(prefix, outputByteCount: 32, key: commitmentKey)
    }

    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}

/// The parts of a header a writer chooses (the key id and sealed key are filled in).
public struct ObjectHeaderFields: Sendable {
    public var kind: ObjectHeader.Kind
    public var level: Level
    public var epoch: UInt32
    public var revision: [UInt8]
    public var parents: [[UInt8]]
    public var contentTag: [UInt8]

    public init(kind: ObjectHeader.Kind, level: Level, epoch: UInt32,
                revision: [UInt8] = [UInt8](repeating: 0, count: 16),
                parents: [[UInt8]] = [], contentTag: [UInt8] = [UInt8](repeating: 0, count: 32)) {
        self.kind = kind
        self.level = level
        self.epoch = epoch
        self.revision = revision
        self.parents = parents
        self.contentTag = contentTag
    }
}
