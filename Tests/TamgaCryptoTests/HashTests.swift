import Foundation
import Testing
@testable import TamgaCrypto

/// Known answers computed independently with Python's hashlib (OpenSSL/
/// reference BLAKE2), and incremental = one-shot at awkward split points.
@Suite struct HashTests {
    @Test func blake2bKnownAnswers() throws {
        #expect(Hex.encode(try BLAKE2b.hash(Array("abc".utf8), outputByteCount: 64)) == "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923")
        #expect(Hex.encode(try BLAKE2b.hash([UInt8](), outputByteCount: 16)) == "cae66941d9efbd404e4d88758ea67670")
        let key64 = try SecretBytes(copying: Array(0..<64) as [UInt8])
        #expect(Hex.encode(try BLAKE2b.hash([UInt8](), outputByteCount: 64, key: key64)) == "10ebb67700b1868efb4417987acf4690ae9d972fb7a590c2f02871799aaa4786b5e996e8f0f4eb981fc214b005f42d2ff4233499391653df7aefcbc13fc51568")
        let key32 = try SecretBytes(copying: Array(0..<32) as [UInt8])
        #expect(Hex.encode(try BLAKE2b.hash(Array("tamga".utf8), key: key32)) == "e5cd5452abb30a824d70232b23fdb40f3114ad378d6873f0fa472db390f54a82")
    }

    @Test(arguments: [0, 1, 127, 128, 129, 1000])
    func incrementalMatchesOneShot(split: Int) throws {
        let data = SecureRandom.bytes(count: 1000)
        let key = try SecretBytes.random(count: 32)
        var blake = try BLAKE2bHasher(outputByteCount: 48, key: key)
        blake.update(Array(data[..<split])); blake.update(Array(data[split...]))
        #expect(blake.finalize() == (try BLAKE2b.hash(data, outputByteCount: 48, key: key)))
        var unkeyed = try BLAKE2bHasher()
        unkeyed.update(Array(data[..<split])); unkeyed.update(Array(data[split...]))
        #expect(unkeyed.finalize() == (try BLAKE2b.hash(data)))
        var sha = SHA256Hasher()
        sha.update(Array(data[..<split])); sha.update(Array(data[split...]))
        #expect(sha.finalize() == SHA256.hash(data))
        let longKey = SecureRandom.bytes(count: 100)
        var mac = HMACSHA256Hasher(key: longKey)
        mac.update(Array(data[..<split])); mac.update(Array(data[split...]))
        #expect(mac.finalize() == HMACSHA256.authenticationCode(for: data, using: longKey))
    }

    @Test func blake2bLengthLimits() throws {
        #expect(throws: CryptoError.invalidLength) { _ = try BLAKE2b.hash([1] as [UInt8], outputByteCount: 15) }
        #expect(throws: CryptoError.invalidLength) { _ = try BLAKE2b.hash([1] as [UInt8], outputByteCount: 65) }
        #expect(throws: CryptoError.invalidKey) { _ = try BLAKE2b.hash([1] as [UInt8], key: SecretBytes.random(count: 15)) }
        #expect(throws: CryptoError.invalidKey) { _ = try BLAKE2bHasher(key: SecretBytes.random(count: 65)) }
        #expect(try BLAKE2b.hash([1] as [UInt8], outputByteCount: 16).count == 16)
    }

    @Test func sha256KnownAnswer() {
        #expect(Hex.encode(SHA256.hash(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Hex.encode(SHA256.hash([UInt8]())) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func hkdfExtractExpandMatchesDerive() throws {
        let ikm = SecureRandom.bytes(count: 32), info = Array("age-encryption.org/v1/X25519".utf8)
        let prk = try HKDFSHA256.extract(salt: [UInt8](), inputKeyMaterial: ikm)
        let zeroSalt = try HKDFSHA256.extract(salt: [UInt8](repeating: 0, count: 32), inputKeyMaterial: ikm)
        #expect(prk.isEqual(to: zeroSalt))
        let okm = try HKDFSHA256.expand(pseudoRandomKey: prk, info: info, outputByteCount: 100)
        #expect(okm.isEqual(to: try HKDFSHA256.deriveKey(inputKeyMaterial: ikm, salt: [UInt8](), info: info, outputByteCount: 100)))
        #expect(throws: CryptoError.invalidLength) { _ = try HKDFSHA256.expand(pseudoRandomKey: prk, info: info, outputByteCount: 8161) }
    }

    /// crypto_kdf_derive_from_key is BLAKE2b keyed by the master key, with
    /// the id (little-endian) as salt and the context as personalisation.
    @Test func keyDerivationKnownAnswers() throws {
        let master = try SecretBytes(copying: Array(0..<32) as [UInt8])
        #expect(Hex.encode(try KeyDerivation.subkey(id: 1, context: "tmgpaylo", from: master)) == "e971480b224384b2ee8945510b8b1b2d6b39619596b32212856c83ef244d56f9")
        #expect(Hex.encode(try KeyDerivation.subkey(id: 2, context: "tmgcommi", from: master)) == "f90fe0cb7e2e8620338caec8ccede09cb0e8da69eda54fb1065299793912741c")
        #expect(throws: CryptoError.invalidLength) { _ = try KeyDerivation.subkey(id: 1, context: "tmgpayload", from: master) }
        #expect(throws: CryptoError.invalidLength) { _ = try KeyDerivation.subkey(id: 1, context: "tmgpaylo", from: master, byteCount: 8) }
        #expect(throws: CryptoError.invalidKey) { _ = try KeyDerivation.subkey(id: 1, context: "tmgpaylo", from: SecretBytes.random(count: 16)) }
    }
}
