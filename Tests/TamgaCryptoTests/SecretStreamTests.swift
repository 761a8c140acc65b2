import Foundation
import Testing
@testable import TamgaCrypto

/// Small chunks keep the exhaustive damage sweeps fast; one case uses the
/// real 64 KiB default.
@Suite struct SecretStreamTests {
    let key: SecretBytes
    let ad = Array("sha256-of-object-header".utf8)
    init() throws { key = try SecretBytes.random(count: 32) }

    static let sizes = [0, 1, 15, 16, 17, 32, 3 * 16 + 5, 4 * 16]

    @Test(arguments: sizes)
    func roundTrip(size: Int) throws {
        let message = SecureRandom.bytes(count: size)
        let sealed = try SecretStream.encrypt(message, using: key, authenticating: ad, chunkSize: 16)
        #expect(sealed.count == SecretStream.ciphertextByteCount(plaintextCount: size, chunkSize: 16))
        let opened = try SecretStream.decrypt(sealed, using: key, authenticating: ad, chunkSize: 16)
        #expect(opened.constantTimeEquals(message))
    }

    @Test func defaultChunkSizeRoundTrip() throws {
        let message = SecureRandom.bytes(count: 3 * 65536 + 5)
        let sealed = try SecretStream.encrypt(message, using: key)
        #expect(sealed.count == 24 + message.count + 4 * 17)
        #expect(try SecretStream.decrypt(sealed, using: key).constantTimeEquals(message))
    }

    /// Header, every chunk, every tag byte: no position may be changed.
    @Test func flippedByteAnywhereFails() throws {
        let sealed = try SecretStream.encrypt(SecureRandom.bytes(count: 40), using: key, authenticating: ad, chunkSize: 16)
        #expect(sealed.count == 24 + 40 + 3 * 17)
        for index in sealed.indices {
            var damaged = sealed
            damaged[index] ^= 0x20
            #expect(throws: CryptoError.authenticationFailed) {
                _ = try SecretStream.decrypt(damaged, using: key, authenticating: ad, chunkSize: 16)
            }
        }
    }

    @Test func wrongKeyOrADFails() throws {
        let sealed = try SecretStream.encrypt(SecureRandom.bytes(count: 40), using: key, authenticating: ad, chunkSize: 16)
        #expect(throws: CryptoError.authenticationFailed) {
            _ = try SecretStream.decrypt(sealed, using: SecretBytes.random(count: 32), authenticating: ad, chunkSize: 16)
        }
        #expect(throws: CryptoError.authenticationFailed) {
            _ = try SecretStream.decrypt(sealed, using: key, authenticating: Array("other".utf8), chunkSize: 16)
        }
    }

    /// Cut at every chunk boundary (including right after the header, and
    /// with the final chunk dropped): truncated.
    @Test func truncationAtChunkBoundariesFails() throws {
        let sealed = try SecretStream.encrypt(SecureRandom.bytes(count: 48), using: key, authenticating: ad, chunkSize: 16)
        for cut in [0, 10, 24, 24 + 33, 24 + 66] {
            #expect(throws: CryptoError.truncatedStream) {
                _ = try SecretStream.decrypt(Array(sealed.prefix(cut)), using: key, authenticating: ad, chunkSize: 16)
            }
        }
        // Inside a chunk: the shortened chunk no longer authenticates.
        #expect(throws: CryptoError.authenticationFailed) {
            _ = try SecretStream.decrypt(Array(sealed.dropLast(1)), using: key, authenticating: ad, chunkSize: 16)
        }
        // A tail shorter than the chunk overhead.
        #expect(throws: CryptoError.truncatedStream) {
            _ = try SecretStream.decrypt(Array(sealed.prefix(24 + 33 + 5)), using: key, authenticating: ad, chunkSize: 16)
        }
    }

    @Test func bytesAfterTheFinalChunkFail() throws {
        let sealed = try SecretStream.encrypt(SecureRandom.bytes(count: 32), using: key, authenticating: ad, chunkSize: 16)
        let lastChunk = Array(sealed.suffix(33))
        #expect(throws: CryptoError.trailingData) {
            _ = try SecretStream.decrypt(sealed + lastChunk, using: key, authenticating: ad, chunkSize: 16)
        }
        #expect(throws: CryptoError.trailingData) {
            _ = try SecretStream.decrypt(sealed + [UInt8](repeating: 0, count: 17), using: key, authenticating: ad, chunkSize: 16)
        }
        // Stray bytes glued to a short final chunk break its authentication.
        let short = try SecretStream.encrypt(SecureRandom.bytes(count: 20), using: key, authenticating: ad, chunkSize: 16)
        #expect(throws: CryptoError.authenticationFailed) {
            _ = try SecretStream.decrypt(short + [0], using: key, authenticating: ad, chunkSize: 16)
        }
    }

    @Test func reorderedOrDuplicatedChunksFail() throws {
        let sealed = try SecretStream.encrypt(SecureRandom.bytes(count: 40), using: key, authenticating: ad, chunkSize: 16)
        let header = Array(sealed[..<24]), c1 = Array(sealed[24..<57]), c2 = Array(sealed[57..<90])
        let c3 = Array(sealed[90...])
        for reordered in [header + c2 + c1 + c3, header + c1 + c1 + c3, header + c1 + c3] {
            #expect(throws: CryptoError.self) {
                _ = try SecretStream.decrypt(reordered, using: key, authenticating: ad, chunkSize: 16)
            }
        }
        #expect(throws: CryptoError.authenticationFailed) {
            _ = try SecretStream.decrypt(header + c2 + c1 + c3, using: key, authenticating: ad, chunkSize: 16)
        }
    }

    /// Streams only a key holder could build, which the framing rules refuse.
    @Test func malformedFramingIsRefused() throws {
        let push = UInt8(1), rekey = UInt8(2), message = SecretStream.tagMessage, final = SecretStream.tagFinal
        let full = [UInt8](repeating: 7, count: 16)
        let cases: [([(bytes: [UInt8], tag: UInt8)], CryptoError)] = [
            ([(full, push), ([1], final)], .malformedStream),             // TAG_PUSH
            ([(full, rekey), ([1], final)], .malformedStream),            // TAG_REKEY
            ([([1, 2, 3], message), ([1], final)], .truncatedStream),     // short chunk: misframed
            ([(full, final), ([1], final)], .trailingData),               // FINAL in the middle
            ([(full, message), ([], final)], .malformedStream),           // empty final after data
            ([(full, message)], .truncatedStream),                        // no FINAL at all
        ]
        for (chunks, expected) in cases {
            let stream = try craft(chunks)
            #expect(throws: expected) {
                _ = try SecretStream.decrypt(stream, using: key, authenticating: ad, chunkSize: 16)
            }
        }
        #expect(try SecretStream.decrypt(craft([([], final)]), using: key, authenticating: ad, chunkSize: 16).count == 0)

        // A non-final chunk of the wrong size, handed to the puller directly.
        let short = try craft([([1, 2, 3], message)])
        let puller = try short.withUnsafeBytes { try SecretStreamPuller(key: key, header: .init(rebasing: $0[..<24]), chunkSize: 16) }
        var output = [UInt8](repeating: 9, count: 16)
        let adCopy = ad
        #expect(throws: CryptoError.malformedStream) {
            _ = try short.withUnsafeBytes { c in
                try adCopy.withUnsafeBytes { a in
                    try output.withUnsafeMutableBytes { try puller.pull(.init(rebasing: c[24...]), authenticating: a, into: $0) }
                }
            }
        }
        #expect(output.prefix(3) == [0, 0, 0])   // the refused chunk's plaintext was zeroed
    }

    @Test func pusherEnforcesFraming() throws {
        let pusher = try SecretStreamPusher(key: key, chunkSize: 16)
        var output = [UInt8](repeating: 0, count: 64)
        func push(_ count: Int, final: Bool) throws -> Int {
            let input = [UInt8](repeating: 1, count: count)
            return try input.withUnsafeBytes { i in
                try output.withUnsafeMutableBytes { try pusher.push(i, isFinal: final, into: $0) }
            }
        }
        #expect(throws: CryptoError.invalidLength) { _ = try push(15, final: false) }
        #expect(throws: CryptoError.invalidLength) { _ = try push(17, final: true) }
        #expect(try push(16, final: false) == 33)
        #expect(throws: CryptoError.invalidLength) { _ = try push(0, final: true) }
        #expect(try push(3, final: true) == 20)
        #expect(throws: CryptoError.operationFailed) { _ = try push(3, final: true) }
        #expect(throws: CryptoError.invalidKey) { _ = try SecretStreamPusher(key: SecretBytes.random(count: 16)) }
    }

    @Test func pullerRefusesShortChunksAndUseAfterFailure() throws {
        let sealed = try SecretStream.encrypt([1, 2, 3] as [UInt8], using: key, chunkSize: 16)
        let puller = try sealed.withUnsafeBytes { try SecretStreamPuller(key: key, header: .init(rebasing: $0[..<24]), chunkSize: 16) }
        var output = [UInt8](repeating: 0, count: 16)
        #expect(throws: CryptoError.truncatedStream) {
            _ = try sealed.withUnsafeBytes { c in
                try output.withUnsafeMutableBytes { try puller.pull(.init(rebasing: c[24..<40]), into: $0) }
            }
        }
        #expect(throws: CryptoError.operationFailed) { try puller.finish() }
    }

    /// header ‖ chunks with arbitrary tags, through the internal unchecked push.
    private func craft(_ chunks: [(bytes: [UInt8], tag: UInt8)]) throws -> [UInt8] {
        let pusher = try SecretStreamPusher(key: key, chunkSize: 16)
        var stream = pusher.header
        for chunk in chunks {
            var out = [UInt8](repeating: 0, count: chunk.bytes.count + 17)
            let adCopy = ad
            _ = try chunk.bytes.withUnsafeBytes { input in
                try adCopy.withUnsafeBytes { adBytes in
                    try out.withUnsafeMutableBytes { try pusher.push(input, tag: chunk.tag, authenticating: adBytes, into: $0) }
                }
            }
            stream += out
        }
        return stream
    }
}
