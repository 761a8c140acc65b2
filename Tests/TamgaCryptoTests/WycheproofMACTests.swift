import Foundation
import Testing
@testable import TamgaCrypto

struct HMACVector: Decodable, Sendable, NamedVector {
    let tcId: Int, comment: String, flags: [String]
    let key: String, msg: String, tag: String
    let result: Expected
    var tagBits = 0

    enum CodingKeys: String, CodingKey { case tcId, comment, flags, key, msg, tag, result }

    struct Group: Decodable { let tagSize: Int; let tests: [HMACVector] }

    static func all() throws -> [HMACVector] {
        try Wycheproof.cases("hmac_sha256_test.json", as: Group.self) { group in
            group.tests.map { var test = $0; test.tagBits = group.tagSize; return test }
        }
    }
}

struct HKDFVector: Decodable, Sendable, NamedVector {
    let tcId: Int, comment: String, flags: [String]
    let ikm: String, salt: String, info: String, size: Int, okm: String
    let result: Expected

    struct Group: Decodable { let tests: [HKDFVector] }

    static func all() throws -> [HKDFVector] {
        try Wycheproof.cases("hkdf_sha256_test.json", as: Group.self) { $0.tests }
    }
}

/// Wycheproof HMAC-SHA-256. Groups with tagSize < 256 test truncated tags:
/// compare the tag's length prefix of the full HMAC.
@Suite struct WycheproofHMACSHA256Tests {
    @Test("Wycheproof HMAC-SHA-256 vector", arguments: try HMACVector.all())
    func vector(_ vector: HMACVector) throws {
        let key = try bytes(vector.key), message = try bytes(vector.msg), tag = try bytes(vector.tag)
        let full = HMACSHA256.authenticationCode(for: message, using: key)
        #expect(full.count == 32)
        let matches = Array(full.prefix(vector.tagBits / 8)) == tag
        #expect(matches == (vector.result == .valid))
        if vector.tagBits == 256 {
            let valid = HMACSHA256.isValidAuthenticationCode(tag, for: message, using: key)
            #expect(valid == (vector.result == .valid))
        }
    }
}

/// Wycheproof HKDF-SHA-256, including the 255 × 32 output limit.
@Suite struct WycheproofHKDFSHA256Tests {
    @Test("Wycheproof HKDF-SHA-256 vector", arguments: try HKDFVector.all())
    func vector(_ vector: HKDFVector) throws {
        let derive = {
            try HKDFSHA256.deriveKey(
                inputKeyMaterial: bytes(vector.ikm), salt: bytes(vector.salt), info: bytes(vector.info),
                outputByteCount: vector.size)
        }
        switch vector.result {
        case .valid, .acceptable:
            #expect(Hex.encode(try derive()) == vector.okm)
        case .invalid:
            #expect(throws: CryptoError.invalidLength) { _ = try derive() }
        }
    }
}
