import Foundation
import Testing
@testable import TamgaCrypto

@Suite struct XChaCha20Poly1305Tests {
    let key: SecretBytes
    init() throws { key = try SecretBytes.random(count: 32) }

    @Test func roundTripWithRandomNonces() throws {
        let message = Array("visit report: cell 4".utf8)
        let sealed = try XChaCha20Poly1305.seal(message, using: key, authenticating: Array("doc-1".utf8))
        #expect(sealed.count == 24 + message.count + 16)
        let again = try XChaCha20Poly1305.seal(message, using: key, authenticating: Array("doc-1".utf8))
        #expect(sealed != again)
        let opened = try XChaCha20Poly1305.open(sealed, using: key, authenticating: Array("doc-1".utf8))
        #expect(opened.constantTimeEquals(message))
        #expect(try XChaCha20Poly1305.open(XChaCha20Poly1305.seal([UInt8](), using: key), using: key).count == 0)
    }

    /// Every byte position (nonce, ciphertext, tag) of a short box matters.
    @Test func flippedByteAnywhereFails() throws {
        let sealed = try XChaCha20Poly1305.seal(Array("short".utf8), using: key, authenticating: [7] as [UInt8])
        for index in sealed.indices {
            var damaged = sealed
            damaged[index] ^= 0x01
            #expect(throws: CryptoError.authenticationFailed) {
                _ = try XChaCha20Poly1305.open(damaged, using: key, authenticating: [7] as [UInt8])
            }
        }
    }

    @Test func wrongKeyADOrLengthFails() throws {
        let sealed = try XChaCha20Poly1305.seal(Array("x".utf8), using: key, authenticating: Array("a".utf8))
        let other = try SecretBytes.random(count: 32)
        #expect(throws: CryptoError.authenticationFailed) { _ = try XChaCha20Poly1305.open(sealed, using: other, authenticating: Array("a".utf8)) }
        #expect(throws: CryptoError.authenticationFailed) { _ = try XChaCha20Poly1305.open(sealed, using: key, authenticating: Array("b".utf8)) }
        #expect(throws: CryptoError.authenticationFailed) { _ = try XChaCha20Poly1305.open(sealed, using: key) }
        #expect(throws: CryptoError.authenticationFailed) { _ = try XChaCha20Poly1305.open(Array(sealed.prefix(39)), using: key) }
        #expect(throws: CryptoError.invalidKey) { _ = try XChaCha20Poly1305.seal([1] as [UInt8], using: SecretBytes.random(count: 31)) }
        #expect(throws: CryptoError.invalidLength) {
            _ = try XChaCha20Poly1305.seal([1] as [UInt8], using: key, nonce: [UInt8](repeating: 0, count: 12))
        }
    }
}

@Suite struct ChaCha20Poly1305Tests {
    /// RFC 8439 section 2.8.2.
    @Test func rfc8439KnownAnswer() throws {
        let key = try SecretBytes(copying: Hex.decode("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f"))
        let nonce = try Hex.decode("070000004041424344454647")
        let ad = try Hex.decode("50515253c0c1c2c3c4c5c6c7")
        let message = Array("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.".utf8)
        let expected = "d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d63dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b3692ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc3ff4def08e4b7a9de576d26586cec64b6116"
            + "1ae10b594f09e26a7e902ecbd0600691"
        let sealed = try ChaCha20Poly1305.seal(message, using: key, nonce: nonce, authenticating: ad)
        #expect(Hex.encode(sealed) == expected)
        #expect(try ChaCha20Poly1305.open(sealed, using: key, nonce: nonce, authenticating: ad).constantTimeEquals(message))
        for index in sealed.indices {
            var damaged = sealed
            damaged[index] ^= 0x80
            #expect(throws: CryptoError.authenticationFailed) {
                _ = try ChaCha20Poly1305.open(damaged, using: key, nonce: nonce, authenticating: ad)
            }
        }
        #expect(throws: CryptoError.invalidLength) {
            _ = try ChaCha20Poly1305.seal(message, using: key, nonce: [UInt8](repeating: 0, count: 24))
        }
    }

    @Test func bufferPointerFormsRoundTrip() throws {
        let key = try SecretBytes.random(count: 32)
        let nonce = [UInt8](repeating: 0, count: 11) + [1]
        let message = [UInt8](repeating: 0x41, count: 1000)
        var sealed = [UInt8](repeating: 0, count: 1016)
        var opened = [UInt8](repeating: 0, count: 1000)
        let written = try message.withUnsafeBytes { m in
            try nonce.withUnsafeBytes { n in
                try sealed.withUnsafeMutableBytes { out in
                    try ChaCha20Poly1305.seal(bufferPointer: m, using: key, nonce: n,
                                              authenticating: UnsafeRawBufferPointer(start: nil, count: 0), into: out)
                }
            }
        }
        #expect(written == 1016)
        let read = try sealed.withUnsafeBytes { c in
            try nonce.withUnsafeBytes { n in
                try opened.withUnsafeMutableBytes { out in
                    try ChaCha20Poly1305.open(bufferPointer: c, using: key, nonce: n,
                                              authenticating: UnsafeRawBufferPointer(start: nil, count: 0), into: out)
                }
            }
        }
        #expect(read == 1000 && opened == message)
    }
}
