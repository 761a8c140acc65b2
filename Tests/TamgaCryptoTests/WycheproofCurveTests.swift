import Foundation
import Testing
@testable import TamgaCrypto

struct X25519Vector: Decodable, Sendable, NamedVector {
    let tcId: Int, comment: String, flags: [String]
    let `public`: String, `private`: String, shared: String
    let result: Expected

    struct Group: Decodable { let tests: [X25519Vector] }

    static func all() throws -> [X25519Vector] {
        try Wycheproof.cases("x25519_test.json", as: Group.self) { $0.tests }
    }
}

struct Ed25519Vector: Decodable, Sendable, NamedVector {
    let tcId: Int, comment: String, flags: [String]
    let msg: String, sig: String
    let result: Expected
    var publicKey = ""

    enum CodingKeys: String, CodingKey { case tcId, comment, flags, msg, sig, result }

    struct Group: Decodable {
        struct Key: Decodable { let pk: String }
        let publicKey: Key
        let tests: [Ed25519Vector]
    }

    static func all() throws -> [Ed25519Vector] {
        try Wycheproof.cases("ed25519_test.json", as: Group.self) { group in
            group.tests.map { var test = $0; test.publicKey = group.publicKey.pk; return test }
        }
    }
}

/// Wycheproof X25519: valid cases must match; "acceptable" ones must match
/// too, except that libsodium refuses an all-zero shared secret, which is
/// allowed (and required) only where the flags say ZeroSharedSecret.
@Suite struct WycheproofX25519Tests {
    @Test("Wycheproof X25519 vector", arguments: try X25519Vector.all())
    func vector(_ vector: X25519Vector) throws {
        let secret = try SecretBytes(copying: bytes(vector.private))
        let point = try bytes(vector.public)
        if vector.flags.contains("ZeroSharedSecret") {
            #expect(vector.result != .valid)
            #expect(throws: CryptoError.invalidKey) { _ = try X25519.sharedSecret(secretKey: secret, publicKey: point) }
            return
        }
        switch vector.result {
        case .valid, .acceptable:
            let shared = try X25519.sharedSecret(secretKey: secret, publicKey: point)
            #expect(Hex.encode(shared) == vector.shared)
        case .invalid:
            let shared = try? X25519.sharedSecret(secretKey: secret, publicKey: point)
            #expect(shared.map { Hex.encode($0) } != vector.shared)
        }
    }
}

/// Wycheproof Ed25519 (malleability, non-canonical encodings, truncation).
@Suite struct WycheproofEd25519Tests {
    @Test("Wycheproof Ed25519 vector", arguments: try Ed25519Vector.all())
    func vector(_ vector: Ed25519Vector) throws {
        let valid = Ed25519.isValidSignature(
            try bytes(vector.sig), for: try bytes(vector.msg), publicKey: try bytes(vector.publicKey))
        #expect(valid == (vector.result == .valid))
    }
}
