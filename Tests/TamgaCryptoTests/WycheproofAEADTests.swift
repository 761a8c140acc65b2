import Foundation
import Testing
@testable import TamgaCrypto

struct XChaChaVector: Decodable, Sendable, NamedVector {
    let tcId: Int, comment: String, flags: [String]
    let key: String, iv: String, aad: String, msg: String, ct: String, tag: String
    let result: Expected

    struct Group: Decodable { let tests: [XChaChaVector] }

    static func all() throws -> [XChaChaVector] {
        try Wycheproof.cases("xchacha20_poly1305_test.json", as: Group.self) { $0.tests }
    }
}

/// Wycheproof XChaCha20-Poly1305: every case, checked against its result.
@Suite struct WycheproofXChaCha20Poly1305Tests {
    @Test("Wycheproof XChaCha20-Poly1305 vector", arguments: try XChaChaVector.all())
    func vector(_ vector: XChaChaVector) throws {
        let key = try SecretBytes(copying: bytes(vector.key))
        let nonce = try bytes(vector.iv), ad = try bytes(vector.aad), message = try bytes(vector.msg)
        let sealed = try bytes(vector.ct) + bytes(vector.tag)
        switch vector.result {
        case .valid, .acceptable:
            let ours = try XChaCha20Poly1305.seal(message, using: key, nonce: nonce, authenticating: ad)
            #expect(ours == sealed)
            let opened = try XChaCha20Poly1305.open(sealed, using: key, nonce: nonce, authenticating: ad)
            #expect(opened.constantTimeEquals(message))
        case .invalid:
            #expect(throws: CryptoError.self) {
                _ = try XChaCha20Poly1305.open(sealed, using: key, nonce: nonce, authenticating: ad)
            }
        }
    }
}
