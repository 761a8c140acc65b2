import Foundation
import Testing
import TamgaCore
import TamgaCrypto
@testable import TamgaVault

/// The object format's reader rules (docs/VAULT-FORMAT.md, Objects).
@Suite struct ObjectFormatTests {
    static func sample() throws -> (bytes: [UInt8], keys: LevelKeySet) {
        let pair = try X25519KeyPair.generate()
        var keys = LevelKeySet()
        try keys.insert(pair, level: .state, epoch: 1)
        let bytes = try VaultObject.seal(Array("a small part".utf8),
                                         header: ObjectHeaderFields(kind: .documentPart, level: .state, epoch: 1,
                                                                    revision: SecureRandom.bytes(count: 16), parents: [SecureRandom.bytes(count: 16)]),
                                         levelKey: pair.publicKey)
        return (bytes, keys)
    }

    @Test func roundTrip() throws {
        let (bytes, keys) = try Self.sample()
        let (header, plaintext) = try VaultObject.open(bytes, keys: keys)
        #expect(header.level == .state)
        #expect(header.parents.count == 1)
        #expect(plaintext.constantTimeEquals(Array("a small part".utf8)))
    }

    @Test func everyFlippedByteIsRefused() throws {
        let (bytes, keys) = try Self.sample()
        var accepted: [Int] = []
        for index in bytes.indices {
            var damaged = bytes
            damaged[index] ^= 0x01
            if (try? VaultObject.open(damaged, keys: keys)) != nil { accepted.append(index) }
        }
        #expect(accepted.isEmpty, "flips accepted at offsets \(accepted)")
    }

    @Test func everyTruncationAndExtensionIsRefused() throws {
        let (bytes, keys) = try Self.sample()
        for length in 0..<bytes.count {
            #expect((try? VaultObject.open(Array(bytes[0..<length]), keys: keys)) == nil, "accepted a cut at \(length)")
        }
        #expect((try? VaultObject.open(bytes + [0], keys: keys)) == nil)
    }

    @Test func aHeaderNamingAnotherLevelIsRefused() throws {
        let (bytes, keys) = try Self.sample()
        var relabelled = bytes
        relabelled[7] = UInt8(Level.public.restriction)
        #expect(throws: ObjectFormatError.self) { try VaultObject.open(relabelled, keys: keys) }
    }

    @Test func garbageNeverCrashes() throws {
        let (_, keys) = try Self.sample()
        var generator = SystemRandomNumberGenerator()
        for length in [0, 1, 6, 7, 45, 200, 400] {
            let garbage = Array("TAMGA1".utf8) + (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect((try? VaultObject.open(garbage, keys: keys)) == nil)
        }
    }
}
