import TamgaCore
import TamgaCrypto

/// The level secret keys an unlocked member holds, by level and key id.
/// A `state` member's set has no internal key at all: clearance is what is
/// in this set, not a check in the command line.
public struct LevelKeySet: Sendable {
    private var pairs: [Level: [(keyID: [UInt8], epoch: Int, pair: X25519KeyPair)]] = [:]

    public init() {}

    public mutating func insert(_ pair: X25519KeyPair, level: Level, epoch: Int) throws {
        pairs[level, default: []].append((try VaultObject.keyID(of: pair.publicKey), epoch, pair))
    }

    public func keyPair(level: Level, keyID: [UInt8]) -> X25519KeyPair? {
        pairs[level]?.first { $0.keyID == keyID }?.pair
    }

    /// The key pair of one epoch of a level, if this set holds it.
    public func keyPair(level: Level, epoch: Int) -> X25519KeyPair? {
        pairs[level]?.first { $0.epoch == epoch }?.pair
    }

    /// The levels this set can read.
    public var levels: Set<Level> { Set(pairs.keys) }

    public func canRead(_ level: Level) -> Bool { pairs[level] != nil }
}
