import Foundation
import Testing
@testable import TamgaCrypto

@Suite struct X25519Tests {
    /// RFC 7748 section 6.1.
    @Test func rfc7748KnownAnswer() throws {
        let alice = try X25519KeyPair(secretKey: SecretBytes(copying: Hex.decode(
            "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")))
        let bob = try X25519KeyPair(secretKey: SecretBytes(copying: Hex.decode(
            "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb")))
        #expect(Hex.encode(alice.publicKey) == "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a")
        #expect(Hex.encode(bob.publicKey) == "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f")
        let shared = "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"
        #expect(Hex.encode(try alice.sharedSecret(with: bob.publicKey)) == shared)
        #expect(Hex.encode(try bob.sharedSecret(with: alice.publicKey)) == shared)
    }

    @Test func generatedPairsAgreeAndBadPointsAreRefused() throws {
        let a = try X25519KeyPair.generate(), b = try X25519KeyPair.generate()
        #expect(try a.sharedSecret(with: b.publicKey).isEqual(to: b.sharedSecret(with: a.publicKey)))
        #expect(try X25519KeyPair(secretKey: a.secretKey).publicKey == a.publicKey)
        #expect(throws: CryptoError.invalidKey) { _ = try a.sharedSecret(with: [UInt8](repeating: 0, count: 32)) }
        #expect(throws: CryptoError.invalidKey) { _ = try a.sharedSecret(with: [UInt8](repeating: 9, count: 31)) }
        #expect(throws: CryptoError.invalidKey) { _ = try X25519KeyPair(secretKey: SecretBytes.random(count: 16)) }
    }
}

@Suite struct SealedBoxTests {
    @Test func roundTripAndRefusals() throws {
        let level = try X25519KeyPair.generate(), stranger = try X25519KeyPair.generate()
        let fileKey = try SecretBytes.random(count: 32)
        let sealed = try SealedBox.seal(fileKey, to: level.publicKey)
        #expect(sealed.count == 80)
        #expect(try SealedBox.open(sealed, with: level).isEqual(to: fileKey))
        #expect(throws: CryptoError.authenticationFailed) { _ = try SealedBox.open(sealed, with: stranger) }
        for index in sealed.indices {
            var damaged = sealed
            damaged[index] ^= 1
            #expect(throws: CryptoError.authenticationFailed) { _ = try SealedBox.open(damaged, with: level) }
        }
        #expect(throws: CryptoError.authenticationFailed) { _ = try SealedBox.open(Array(sealed.prefix(47)), with: level) }
        #expect(throws: CryptoError.invalidKey) { _ = try SealedBox.seal(fileKey, to: [UInt8](repeating: 0, count: 32)) }
        #expect(throws: CryptoError.invalidKey) { _ = try SealedBox.seal(fileKey, to: [UInt8](repeating: 1, count: 33)) }
    }
}

@Suite struct Ed25519Tests {
    /// RFC 8032 section 7.1, test 1 (empty message).
    @Test func rfc8032KnownAnswer() throws {
        let pair = try SigningKeyPair(seed: SecretBytes(copying: Hex.decode(
            "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")))
        #expect(Hex.encode(pair.publicKey) == "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        let signature = pair.signature(for: [UInt8]())
        #expect(Hex.encode(signature) == "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")
        #expect(Ed25519.isValidSignature(signature, for: [UInt8](), publicKey: pair.publicKey))
    }

    @Test func signVerifyAndSeedStorage() throws {
        let pair = try SigningKeyPair.generate()
        let message = Array("keyring v7".utf8)
        let signature = pair.signature(for: message)
        #expect(Ed25519.isValidSignature(signature, for: message, publicKey: pair.publicKey))
        let restored = try SigningKeyPair(seed: SecretBytes(copying: pair.seed))
        #expect(restored.publicKey == pair.publicKey)
        #expect(restored.signature(for: message) == signature)
        #expect(!Ed25519.isValidSignature(signature, for: Array("keyring v8".utf8), publicKey: pair.publicKey))
        var damaged = signature
        damaged[10] ^= 1
        #expect(!Ed25519.isValidSignature(damaged, for: message, publicKey: pair.publicKey))
        #expect(!Ed25519.isValidSignature(signature.dropLast(), for: message, publicKey: pair.publicKey))
        #expect(!Ed25519.isValidSignature(signature, for: message, publicKey: try SigningKeyPair.generate().publicKey))
        #expect(throws: CryptoError.invalidKey) { _ = try SigningKeyPair(seed: SecretBytes.random(count: 64)) }
    }
}
