import Foundation
import Testing
import TamgaCrypto

@Suite struct AgeTests {
    static let identity = try! AgeX25519Identity(
        parsing: "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0")

    static func plaintext(_ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 8) }
    }

    static func open(_ file: [UInt8], with identities: [any AgeIdentity]) throws(AgeError) -> [UInt8] {
        try AgeReader.decrypt(file, identities: identities).withUnsafeBytes { Array($0) }
    }

    @Test func keysRoundTrip() throws {
        #expect(Self.identity.recipient.description == "age1xmwwc06ly3ee5rytxm9mflaz2u56jjj36s0mypdrwsvlul66mv4q47ryef")
        #expect(try AgeX25519Recipient(parsing: Self.identity.recipient.description) == Self.identity.recipient)
        #expect(Self.identity.exportSecretKeyText() == "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0")
        let fresh = try AgeX25519Identity.generate()
        #expect(try AgeX25519Identity(parsing: fresh.exportSecretKeyText()).recipient == fresh.recipient)
    }

    @Test(arguments: [
        ("age1pq1x34nzsvr0rxjsgdn8zgyhfe8j7ceq5r9rdelkjuh3y235jzxshfg87pzf5", AgeError.Kind.unsupportedRecipientType),
        ("age1tag1qt8lw0ual6avlwmwatk888yqnmdamm7xfd0wak53ut6elz5c4swx2yqdj4e", .unsupportedRecipientType),
        ("AGE1XMWWC06LY3EE5RYTXM9MFLAZ2U56JJJ36S0MYPDRWSVLUL66MV4Q47RYEF", .invalidKey),
        ("age1xmwwc06ly3ee5rytxm9mflaz2u56jjj36s0mypdrwsvlul66mv4q47ryeg", .invalidKey),
        ("age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqs3290gq", .invalidKey),
        ("", .invalidKey), ("ssh-ed25519 AAAA", .invalidKey),
    ])
    func refusesBadRecipients(text: String, kind: AgeError.Kind) {
        let error = #expect(throws: AgeError.self) { _ = try AgeX25519Recipient(parsing: text) }
        #expect(error?.kind == kind)
    }

    @Test func refusesBadIdentitiesWithoutQuotingThem() {
        let secret = "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM1"
        for text in [secret, secret.lowercased(), "AGE-SECRET-KEY-PQ-1HZLGZUPT4ETPKDEV8HSGFDCYZ4E522W0A7PU2LHT8EH9W6YLNC3SW78XKG"] {
            let error = #expect(throws: AgeError.self) { _ = try AgeX25519Identity(parsing: text) }
            #expect(error?.kind == (text.contains("-PQ-") ? .unsupportedRecipientType : .invalidKey))
            #expect(error.map { !$0.description.contains("EGTZVFFV") && !$0.description.contains("egtzvffv") } ?? false)
        }
    }

    @Test(arguments: [0, 1, 47, 48, 65_535, 65_536, 65_537, 2 * 65_536, 200_000], [false, true])
    func roundTrip(size: Int, armored: Bool) throws {
        let message = Self.plaintext(size)
        let file = try AgeWriter.encrypt(message, to: [Self.identity.recipient], armored: armored)
        #expect(try Self.open(file, with: [Self.identity]) == message)
        if armored {
            let text = String(decoding: file, as: UTF8.self)
            #expect(text.hasPrefix("-----BEGIN AGE ENCRYPTED FILE-----\n"))
            #expect(text.hasSuffix("-----END AGE ENCRYPTED FILE-----\n"))
            #expect(text.split(separator: "\n").allSatisfy { $0.count <= 64 })
        } else {
            #expect(file.starts(with: Array("age-encryption.org/v1\n-> X25519 ".utf8)))
        }
        // Chunk count: 16 bytes of tag per started 64 KiB, one chunk when empty.
        if !armored {
            let (_, offset) = try AgeHeader.parse(file)
            let chunks = max(1, (size + 65_535) / 65_536)
            #expect(file.count - offset == 16 + size + 16 * chunks)
        }
    }

    @Test func severalRecipientsEachOpen() throws {
        let others = try (0..<3).map { _ in try AgeX25519Identity.generate() }
        let file = try AgeWriter.encrypt(Self.plaintext(1000), to: [Self.identity.recipient] + others.map(\.recipient))
        for identity in others + [Self.identity] {
            #expect(try Self.open(file, with: [identity]) == Self.plaintext(1000))
        }
        let stranger = try AgeX25519Identity.generate()
        #expect(throws: AgeError(.noMatch, "no identity matched any of the file's recipients")) {
            _ = try Self.open(file, with: [stranger])
        }
    }

    @Test func passphraseRoundTrip() throws {
        let passphrase = try SecretBytes(copying: Array("correct horse battery staple".utf8))
        let recipient = try AgeScryptRecipient(passphrase: passphrase, workFactor: 10)
        let file = try AgeWriter.encrypt(Self.plaintext(5000), to: [recipient], armored: true)
        #expect(try Self.open(file, with: [AgeScryptIdentity(passphrase: passphrase)]) == Self.plaintext(5000))
        let wrong = AgeScryptIdentity(passphrase: try SecretBytes(copying: Array("wrong".utf8)))
        let error = #expect(throws: AgeError.self) { _ = try Self.open(file, with: [wrong]) }
        #expect(error?.kind == .noMatch)
        let low = AgeScryptIdentity(passphrase: passphrase, maximumWorkFactor: 9)
        #expect((#expect(throws: AgeError.self) { _ = try Self.open(file, with: [low]) })?.kind == .header)
        // The writer refuses a passphrase beside a key, as the spec requires.
        let mixed = #expect(throws: AgeError.self) {
            _ = try AgeWriter.encrypt([1], to: [recipient, Self.identity.recipient])
        }
        #expect(mixed?.kind == .invalidArgument)
    }

    /// Every cut at and around chunk boundaries is a payload failure, every
    /// flipped bit anywhere is refused, and none of it crashes.
    @Test func truncationAndTamperingAreRefused() throws {
        let file = try AgeWriter.encrypt(Self.plaintext(2 * 65_536 + 10), to: [Self.identity.recipient])
        let (_, offset) = try AgeHeader.parse(file)
        let payloadStart = offset + 16
        for cut in [payloadStart, payloadStart + 1, payloadStart + 65_552, payloadStart + 65_552 + 16,
                    payloadStart + 2 * 65_552, file.count - 1] {
            let error = #expect(throws: AgeError.self) { _ = try Self.open(Array(file[0..<cut]), with: [Self.identity]) }
            #expect(error?.kind == .payload, "cut at \(cut)")
        }
        #expect((#expect(throws: AgeError.self) { _ = try Self.open(file + [0], with: [Self.identity]) })?.kind == .payload)
        let small = try AgeWriter.encrypt(Self.plaintext(100), to: [Self.identity.recipient])
        for index in small.indices {
            var altered = small
            altered[index] ^= 0x01
            #expect(throws: AgeError.self) { _ = try Self.open(altered, with: [Self.identity]) }
        }
    }

    @Test func identityFiles() throws {
        let text = """
        # created: 2026-01-01T00:00:00Z\r
        # public key: \(Self.identity.recipient)
        \(Self.identity.exportSecretKeyText())\r

        \(try AgeX25519Identity.generate().exportSecretKeyText())
        """
        let identities = try AgeIdentityFile.parse(Array(text.utf8))
        #expect(identities.count == 2)
        #expect(identities[0].recipient == Self.identity.recipient)
        let bad = #expect(throws: AgeError.self) { _ = try AgeIdentityFile.parse(Array("# c\nAGE-SECRET-KEY-1XYZ\n".utf8)) }
        #expect(bad?.kind == .invalidKey && bad?.message.contains("line 2") == true)
        #expect((#expect(throws: AgeError.self) { _ = try AgeIdentityFile.parse(Array("# only\n\n".utf8)) })?.kind == .invalidKey)
    }

    @Test func streamingWriterMatchesTheReader() throws {
        var file: [UInt8] = []
        let writer = try AgeWriter(recipients: [Self.identity.recipient], armored: true) { file += $0 }
        for piece in stride(from: 0, to: 150_000, by: 7_777) { try writer.write(Self.plaintext(150_000)[piece..<min(piece + 7_777, 150_000)].map { $0 }) }
        try writer.finish()
        var received: [UInt8] = []
        try AgeReader.decrypt(file, identities: [Self.identity]) { received += $0 }
        #expect(received == Self.plaintext(150_000))
    }

    /// A cheap stand-in for the coming fuzzer: every prefix of the header
    /// region and thousands of single-byte mutations of testkit files and of
    /// an armored file give an `AgeError` (never a crash), or, where the
    /// change is one the format tolerates (whitespace around armor), the
    /// very same plaintext: no mutation yields different plaintext.
    @Test func mutatedFilesNeverCrash() throws {
        let armored = try AgeWriter.encrypt(Self.plaintext(300), to: [Self.identity.recipient], armored: true)
        let vectors = try ["x25519", "scrypt", "x25519_multiple_recipients", "stream_two_chunks"].map {
            try AgeTestkitVector.load(name: $0).file
        }
        let passphrase = AgeScryptIdentity(passphrase: try SecretBytes(copying: Array("password".utf8)), maximumWorkFactor: 12)
        var generator = SystemRandomNumberGenerator()
        func open(_ bytes: [UInt8]) -> [UInt8]? {
            try? AgeReader.decrypt(bytes, identities: [Self.identity, passphrase]).withUnsafeBytes { Array($0) }
        }
        for file in vectors + [armored] {
            let original = try #require(open(file))
            for cut in 0..<min(file.count, 400) {
                #expect(open(Array(file[0..<cut])) == nil || cut >= file.count - 1)
            }
            for _ in 0..<400 {
                var mutated = file
                let index = Int.random(in: 0..<min(file.count, 600), using: &generator)
                mutated[index] = [0x00, 0x0A, 0x0D, 0x20, 0x2D, 0x3D, 0xFF, UInt8.random(in: 0...255, using: &generator)].randomElement(using: &generator)!
                if let result = open(mutated) { #expect(result == original) }
            }
        }
        _ = try? AgeReader.decrypt([], identities: [])
        _ = try? AgeReader.decrypt(Array(repeating: 0x20, count: 5000), identities: [Self.identity])
        _ = try? AgeReader.decrypt(Array("-----BEGIN AGE ENCRYPTED FILE-----\n".utf8), identities: [Self.identity])
    }
}
