import Foundation
import Testing
import TamgaCrypto
import TamgaTestSupport

@Suite struct MinisignTests {
    static let seed = try! SecretBytes(copying: [UInt8](repeating: 7, count: 32))
    static let signer = try! MinisignSigner(keyPair: SigningKeyPair(seed: seed))
    static let message = Array("VR-2014-017, state audience\n".utf8)

    @Test func signAndVerifyInMemory() throws {
        let signature = try Self.signer.sign(Self.message, trustedComment: "document:VR-2014-017\taudience:state")
        #expect(signature.algorithm == .prehashed)
        try Self.signer.publicKey.verify(signature, for: Self.message)
        let reparsed = try MinisignSignature(text: signature.text)
        #expect(reparsed == signature)
        #expect(reparsed.text == signature.text)
        try Self.signer.publicKey.verify(reparsed, for: Self.message)
    }

    @Test func tamgaKeyIDIsDerivedFromTheKey() throws {
        let again = try MinisignSigner(keyPair: SigningKeyPair(seed: Self.seed))
        #expect(again.publicKey.keyID == Self.signer.publicKey.keyID)
        let expected = try BLAKE2b.hash(Array("tamga/v1/minisign-keyid".utf8) + Self.signer.publicKey.publicKey, outputByteCount: 32)
        #expect(Self.signer.publicKey.keyID == Array(expected.prefix(8)))
        #expect(Self.signer.publicKey.keyIDText == Hex.encode(Array(expected.prefix(8).reversed())).uppercased())
        let other = try MinisignSigner(keyPair: SigningKeyPair.generate())
        #expect(other.publicKey.keyID != Self.signer.publicKey.keyID)
    }

    @Test func publicKeyTextRoundTrips() throws {
        let key = Self.signer.publicKey
        #expect(key.fileText.hasPrefix("untrusted comment: minisign public key \(key.keyIDText)\n"))
        #expect(try MinisignPublicKey(text: key.fileText) == key)
        #expect(try MinisignPublicKey(text: key.base64) == key)
        #expect(try MinisignPublicKey(text: key.fileText.replacingOccurrences(of: "\n", with: "\r\n")) == key)
    }

    /// minisign's own documentation example key (minisign.1 / README):
    /// the key id shown is the stored bytes reversed.
    @Test func readsMinisignsKeyFormat() throws {
        let key = try MinisignPublicKey(text: "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3")
        #expect(key.keyIDText == "E7620F1842B4E81F")
    }

    @Test(arguments: [
        "", "untrusted comment: x", "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3=",
        "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO", "comment\nRWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3",
        "RUQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3", "a\nb\nc",
    ])
    func refusesMalformedPublicKeys(text: String) {
        #expect(throws: MinisignError.malformedPublicKey) { _ = try MinisignPublicKey(text: text) }
    }

    @Test func alteredFileIsRefused() throws {
        let signature = try Self.signer.sign(Self.message, trustedComment: "ok")
        var altered = Self.message
        altered[0] ^= 1
        #expect(throws: MinisignError.invalidSignature) { try Self.signer.publicKey.verify(signature, for: altered) }
    }

    @Test func alteredTrustedCommentIsRefused() throws {
        let signature = try Self.signer.sign(Self.message, trustedComment: "audience:state")
        let text = signature.text.replacingOccurrences(of: "audience:state", with: "audience:public")
        let forged = try MinisignSignature(text: text)
        #expect(throws: MinisignError.invalidTrustedComment) { try Self.signer.publicKey.verify(forged, for: Self.message) }
    }

    @Test func wrongKeyIsRefused() throws {
        let signature = try Self.signer.sign(Self.message, trustedComment: "ok")
        let other = try MinisignSigner(keyPair: SigningKeyPair.generate())
        #expect(throws: MinisignError.keyMismatch) { try other.publicKey.verify(signature, for: Self.message) }
        // Same key id, other key: the signature itself fails.
        let impostor = try MinisignPublicKey(keyID: Self.signer.publicKey.keyID, publicKey: other.publicKey.publicKey)
        #expect(throws: MinisignError.invalidSignature) { try impostor.verify(signature, for: Self.message) }
    }

    @Test func legacySignaturesVerify() throws {
        // "Ed": Ed25519 over the message itself, as minisign wrote before 0.8.
        let pair = try SigningKeyPair(seed: Self.seed)
        let raw = pair.signature(for: Self.message)
        let global = pair.signature(for: raw + Array("legacy".utf8))
        let signature = try MinisignSignature(
            algorithm: .legacy, keyID: Self.signer.publicKey.keyID, signature: raw,
            untrustedComment: "old", trustedComment: "legacy", globalSignature: global)
        let parsed = try MinisignSignature(text: signature.text)
        #expect(parsed.algorithm == .legacy)
        try Self.signer.publicKey.verify(parsed, for: Self.message)
        #expect(throws: MinisignError.invalidSignature) { try Self.signer.publicKey.verify(parsed, for: Self.message + [0]) }
    }

    @Test func unknownAlgorithmIsRefused() throws {
        let signature = try Self.signer.sign(Self.message, trustedComment: "ok")
        var lines = signature.text.split(separator: "\n").map(String.init)
        var bytes = try #require(Data(base64Encoded: lines[1])).map { $0 }
        bytes[1] = UInt8(ascii: "X")
        lines[1] = Data(bytes).base64EncodedString()
        #expect(throws: MinisignError.unsupportedAlgorithm) { _ = try MinisignSignature(text: lines.joined(separator: "\n")) }
    }

    @Test func commentsMustBeOneLine() throws {
        #expect(throws: MinisignError.invalidComment) { _ = try Self.signer.sign(Self.message, trustedComment: "a\nb") }
        #expect(throws: MinisignError.invalidComment) {
            _ = try Self.signer.sign(Self.message, trustedComment: String(repeating: "x", count: 8193))
        }
    }

    /// Every cut, every single-byte change and every appended line of a good
    /// signature file either parses to something that fails verification or
    /// is refused as malformed, and nothing crashes.
    @Test func garbageNeverCrashesOrVerifies() throws {
        let signature = try Self.signer.sign(Self.message, trustedComment: "t")
        let good = Array(signature.text.utf8)
        var variants: [[UInt8]] = (0..<good.count).map { Array(good[0..<$0]) }
        for index in good.indices {
            for replacement: UInt8 in [0x00, 0x0A, 0x20, 0x3D, 0x41, 0xFF] where good[index] != replacement {
                var copy = good
                copy[index] = replacement
                variants.append(copy)
            }
        }
        variants.append(good + Array("extra\n".utf8))
        variants.append(Array(repeating: 0x0A, count: 100))
        for variant in variants {
            guard let parsed = try? MinisignSignature(bytes: variant) else { continue }
            // The untrusted comment is, as its name says, not authenticated.
            if parsed.signature == signature.signature, parsed.trustedComment == signature.trustedComment,
               parsed.globalSignature == signature.globalSignature, parsed.keyID == signature.keyID { continue }
            #expect(throws: MinisignError.self) { try Self.signer.publicKey.verify(parsed, for: Self.message) }
        }
    }

    @Test func signsAndVerifiesFilesInPieces() throws {
        let folder = try TemporaryFolder("tamga-minisign")
        let url = folder.url.appendingPathComponent("big")
        var bytes = [UInt8](repeating: 0, count: 200_000)
        for index in bytes.indices { bytes[index] = UInt8(truncatingIfNeeded: index &* 31) }
        try Data(bytes).write(to: url)
        let signature = try Self.signer.sign(fileAt: url, trustedComment: "file")
        try Self.signer.publicKey.verify(signature, fileAt: url)
        try Self.signer.publicKey.verify(signature, for: bytes)
        #expect(throws: MinisignError.ioFailed(errno: ENOENT)) {
            try Self.signer.publicKey.verify(signature, fileAt: folder.url.appendingPathComponent("missing"))
        }
    }
}
