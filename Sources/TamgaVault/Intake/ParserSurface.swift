import Foundation
import TamgaCore
import TamgaCrypto

/// The parsers that read bytes an attacker may control, behind one entry
/// point, so the fuzzer (`Fuzz/`) and the regression tests that replay its
/// findings exercise exactly the same code. Every input must be accepted or
/// refused with an error: never a crash, a hang or unbounded memory.
public enum ParserSurface: String, CaseIterable, Sendable {
    case document, policy, object, age, minisign

    /// Feeds `bytes` to this parser and discards the outcome.
    public func exercise(_ bytes: [UInt8]) {
        switch self {
        case .document:
            if let parsed = try? DocumentParser.parse(bytes, file: "fuzz"), let policy = Self.shippedPolicy {
                _ = try? parsed.validated(against: policy)
            }
        case .policy:
            _ = try? Policy.load(yaml: String(decoding: bytes, as: UTF8.self), file: "fuzz")
        case .object:
            _ = try? VaultObject.open(bytes, keys: Self.objectKeys)
        case .age:
            if let identity = Self.ageIdentity { _ = try? AgeReader.decrypt(bytes, identities: [identity]) }
        case .minisign:
            _ = try? MinisignSignature(bytes: bytes)
            _ = try? MinisignPublicKey(text: String(decoding: bytes, as: UTF8.self))
        }
    }

    static let shippedPolicy: Policy? = try? ShippedPolicy.load()

    /// A fixed key pair, so inputs can get past the header to the commitment and stream.
    static let objectKeys: LevelKeySet = {
        var keys = LevelKeySet()
        if let secret = try? SecretBytes(copying: [UInt8](repeating: 7, count: 32)),
           let pair = try? X25519KeyPair(secretKey: secret) {
            for level in Level.allCases { try? keys.insert(pair, level: level, epoch: 1) }
        }
        return keys
    }()

    static let ageIdentity: AgeX25519Identity? = {
        guard let secret = try? SecretBytes(copying: [UInt8](repeating: 9, count: 32)) else { return nil }
        return try? AgeX25519Identity(secretKey: secret)
    }()
}
