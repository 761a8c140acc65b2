import TamgaCore

/// The authenticated, unencrypted header of every vault object
/// (docs/VAULT-FORMAT.md, Objects). It says which key opens the object and
/// what the object claims to be; all of it is bound into the authentication
/// of every chunk and into the key commitment, so none of it can be changed
/// or swapped between objects without the object failing to open.
public struct ObjectHeader: Sendable, Equatable {
    public static let magic: [UInt8] = Array("TAMGA1".utf8)
    public static let maximumParents = 16
    public static let sealedKeyByteCount = 80
    public static let commitmentByteCount = 32

    public enum Kind: UInt8, Sendable {
        case documentPart = 1
        case attachment = 2
        case logBody = 3
        /// A recommendation's response or verification (`records/<level>/`).
        case record = 4
        /// A document key's secret (`datakeys/<blind>/<level>/`, `DocumentKeys`):
        /// its public key is the content tag.
        case dataKey = 5
    }

    public var kind: Kind
    public var level: Level
    public var epoch: UInt32
    /// BLAKE2b-128 of the level public key of that epoch.
    public var keyID: [UInt8]
    /// Random per revision; 16 zero bytes where there is none.
    public var revision: [UInt8]
    public var parents: [[UInt8]]
    /// Keyed hash of the document source (finds "same content again" without decrypting); zeros if none.
    public var contentTag: [UInt8]
    /// The per-object file key, sealed to the level public key.
    public var sealedFileKey: [UInt8]

    public init(kind: Kind, level: Level, epoch: UInt32, keyID: [UInt8], revision: [UInt8],
                parents: [[UInt8]], contentTag: [UInt8], sealedFileKey: [UInt8]) {
        self.kind = kind
        self.level = level
        self.epoch = epoch
        self.keyID = keyID
        self.revision = revision
        self.parents = parents
        self.contentTag = contentTag
        self.sealedFileKey = sealedFileKey
    }

    /// The bytes that the commitment covers (everything before it).
    public func encodedWithoutCommitment() -> [UInt8] {
        var out = Self.magic
        out.append(kind.rawValue)
        out.append(UInt8(level.restriction))
        out.append(contentsOf: withUnsafeBytes(of: epoch.bigEndian, Array.init))
        out.append(contentsOf: keyID)
        out.append(contentsOf: revision)
        out.append(UInt8(parents.count))
        for parent in parents { out.append(contentsOf: parent) }
        out.append(contentsOf: contentTag)
        out.append(contentsOf: sealedFileKey)
        return out
    }

    /// Parses a header from the front of `bytes`. Returns the header and the
    /// offset of the commitment that follows it. Throws on anything malformed.
    public static func decode(_ bytes: [UInt8]) throws(ObjectFormatError) -> (ObjectHeader, commitmentOffset: Int) {
        var reader = ByteReader(bytes)
        guard try reader.take(6) == magic else { throw .badMagic }
        guard let kind = Kind(rawValue: try reader.byte()) else { throw .unknownType }
        let levelRank = try reader.byte()
        guard let level = Level.allCases.first(where: { $0.restriction == Int(levelRank) }) else { throw .unknownLevel }
        let epochBytes = try reader.take(4)
        let epoch = epochBytes.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        let keyID = try reader.take(16)
        let revision = try reader.take(16)
        let parentCount = Int(try reader.byte())
        guard parentCount <= maximumParents else { throw .tooManyParents }
        var parents: [[UInt8]] = []
        for _ in 0..<parentCount { parents.append(try reader.take(16)) }
        let contentTag = try reader.take(32)
        let sealed = try reader.take(sealedKeyByteCount)
        let header = ObjectHeader(kind: kind, level: level, epoch: epoch, keyID: keyID, revision: revision,
                                  parents: parents, contentTag: contentTag, sealedFileKey: sealed)
        return (header, reader.offset)
    }
}

/// Why bytes are not a well-formed object. The reader says only this much:
/// enough for `tamga check` to name the problem, nothing about the content.
public enum ObjectFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    case truncated
    case badMagic
    case unknownType
    case unknownLevel
    case tooManyParents
    case commitmentMismatch
    case noKey
    case payload(String)
    case metadata
    case mismatch(String)

    public var description: String {
        switch self {
        case .truncated: "the object is cut off"
        case .badMagic: "not a tamga object (bad magic)"
        case .unknownType: "unknown object type"
        case .unknownLevel: "unknown level"
        case .tooManyParents: "too many parent revisions"
        case .commitmentMismatch: "the key commitment does not match (the header was altered)"
        case .noKey: "no key held opens this object"
        case .payload(let why): "the encrypted payload is damaged (\(why))"
        case .metadata: "the object's inner metadata is malformed"
        case .mismatch(let what): "the object is not what its place claims (\(what))"
        }
    }
}

/// A cursor over bytes that throws instead of reading past the end.
struct ByteReader {
    let bytes: [UInt8]
    private(set) var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func take(_ count: Int) throws(ObjectFormatError) -> [UInt8] {
        guard count >= 0, offset + count <= bytes.count else { throw .truncated }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    mutating func byte() throws(ObjectFormatError) -> UInt8 {
        try take(1)[0]
    }
}
