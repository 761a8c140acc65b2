import TamgaCore
import TamgaCrypto

/// The level secret keys an unlocked member holds, by level and key id.
/// A `state` member's set has no internal key at all: clearance is what is
/// in this set, not a check in the command line.
public struct LevelKeySet: Sendable {
    private var pairs: [Level: [(keyID: [UInt8], epoch: Int, pair: X25519KeyPair)]] = [:]
    /// The vault's document keys (issue 18), asked for any key id that is
    /// not a level key: they open with the level keys in this set, so a
    /// member holds exactly the document keys of the levels they hold.
    public var documentKeys: DocumentKeys?

    public init() {}

    public mutating func insert(_ pair: X25519KeyPair, level: Level, epoch: Int) throws {
        pairs[level, default: []].append((try VaultObject.keyID(of: pair.publicKey), epoch, pair))
    }

    public func keyPair(level: Level, keyID: [UInt8]) -> X25519KeyPair? {
        guard let levelPairs = pairs[level] else { return nil }
        if let pair = levelPairs.first(where: { $0.keyID == keyID })?.pair { return pair }
        return documentKeys?.keyPair(level: level, keyID: keyID, levelKeys: self)
    }

    /// The same keys without the document keys: what opens a data-key file.
    var withoutDocumentKeys: LevelKeySet {
        var copy = self
        copy.documentKeys = nil
        return copy
    }

    /// The key pair of one epoch of a level, if this set holds it.
    public func keyPair(level: Level, epoch: Int) -> X25519KeyPair? {
        pairs[level]?.first { $0.epoch == epoch }?.pair
    }

    /// The levels this set can read.
    public var levels: Set<Level> { Set(pairs.keys) }

    public func canRead(_ level: Level) -> Bool { pairs[level] != nil }
}
