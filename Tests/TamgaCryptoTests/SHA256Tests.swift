import Foundation
import Testing
@testable import TamgaCrypto
import TamgaTestSupport

/// SHA-256 on both implementations: the SHA-extensions path (CSHA256NI, when
/// this CPU has them) and libsodium's portable one, which is the fallback and
/// the reference for the differential test.
@Suite struct SHA256Tests {
    /// The implementations this machine can run (libsodium always).
    static let implementations = SHA256.Implementation.allCases.filter {
        $0 == .libsodium || SHA256.accelerationAvailable
    }

    /// The CPU check agrees with the kernel's reading of the CPU: where
    /// /proc/cpuinfo lists `sha_ni`, the fast path must be available and in
    /// use (a broken CPUID check would otherwise leave it untested and slow,
    /// with every other test here still passing on libsodium alone); where it
    /// does not, it must not be chosen.
    @Test func theFastPathIsUsedExactlyWhereTheCPUHasIt() throws {
        #if arch(x86_64) && os(Linux)
        let cpuinfo = try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
        let flags = cpuinfo.split(separator: "\n").first { $0.hasPrefix("flags") }.map { Set($0.split(separator: " ")) } ?? []
        let hasSHA = flags.contains("sha_ni") && flags.contains("ssse3") && flags.contains("sse4_1")
        #expect(SHA256.accelerationAvailable == hasSHA)
        if ProcessInfo.processInfo.environment["TAMGA_SHA256"] == nil {
            #expect(SHA256.implementationName == (hasSHA ? "sha-ni" : "libsodium"))
        }
        #else
        #expect(!SHA256.accelerationAvailable)
        #endif
    }

    /// FIPS 180-4 examples (the NIST "Example Algorithm" messages: one block,
    /// 448 bits, 896 bits, one million "a") and short messages from the CAVP
    /// SHA256ShortMsg file.
    static let knownAnswers: [(message: [UInt8], digest: String)] = [
        ([], "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (Array("abc".utf8), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (Array(("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu").utf8),
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        ([0xd3], "28969cdfa74a12c82f3bad960b0b000aca2ac329deea5c2328ebc6f2ba9802c1"),
        ([0x11, 0xaf], "5ca7133fa735326081558ac312c620eeca9970d1e70a4b95533d956f072d1f98"),
        ([0xb4, 0x19, 0x0e], "dff2e73091f6c05e528896c4c831b9448653dc2ff043528f6769437bc7b975c2"),
        ([0x74, 0xba, 0x25, 0x21], "b16aa56be3880d18cd41e68384cf1ec8c17680c45a02b1575dc1518923ae8b0e"),
    ]

    @Test(arguments: implementations)
    func knownAnswers(implementation: SHA256.Implementation) {
        for (message, digest) in Self.knownAnswers {
            #expect(Hex.encode(SHA256.hash(message, implementation: implementation)) == digest)
            var hasher = SHA256Hasher(implementation: implementation)
            for byte in message { hasher.update([byte]) }
            #expect(Hex.encode(hasher.finalize()) == digest)
        }
    }

    /// One million "a", in one call and in pieces of 1,000 (FIPS 180-4 example).
    @Test(arguments: implementations)
    func oneMillionA(implementation: SHA256.Implementation) {
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        let message = [UInt8](repeating: 0x61, count: 1_000_000)
        #expect(Hex.encode(SHA256.hash(message, implementation: implementation)) == expected)
        var hasher = SHA256Hasher(implementation: implementation)
        let piece = [UInt8](repeating: 0x61, count: 1000)
        for _ in 0..<1000 { hasher.update(piece) }
        #expect(Hex.encode(hasher.finalize()) == expected)
    }

    /// Every length 0…300 (each padding case around the 55/56/64-byte edges)
    /// and random lengths up to ~5,000, fed at random split points (unaligned
    /// pointers, empty pieces), against libsodium's one-shot digest.
    @Test(arguments: implementations)
    func matchesLibsodium(implementation: SHA256.Implementation) {
        var random = SeededGenerator(seed: 20141028)  // a failure replays
        let data = (0..<5200).map { _ in UInt8.random(in: 0...255, using: &random) }
        let lengths = Array(0...300) + (0..<300).map { _ in Int.random(in: 301...5100, using: &random) }
        for length in lengths {
            let start = Int.random(in: 0...(data.count - length), using: &random)
            let message = Array(data[start..<(start + length)])
            let reference = SHA256.hash(message, implementation: .libsodium)
            #expect(SHA256.hash(message, implementation: implementation) == reference, "length \(length)")
            var hasher = SHA256Hasher(implementation: implementation)
            message.withUnsafeBytes { bytes in
                var offset = 0
                while offset < length {
                    let take = min(length - offset, Int.random(in: 0...200, using: &random))
                    hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + take)]))
                    offset += take
                }
            }
            #expect(hasher.finalize() == reference, "length \(length), split")
        }
    }

    /// Large pieces the way `attach` feeds them (a secretstream chunk and its
    /// overhead), so the whole-block path runs many blocks per call.
    @Test(arguments: implementations)
    func largePieces(implementation: SHA256.Implementation) {
        let data = SecureRandom.bytes(count: 3 * 65_553 + 1000)
        var hasher = SHA256Hasher(implementation: implementation)
        var offset = 0
        while offset < data.count {
            let take = min(65_553, data.count - offset)
            hasher.update(Array(data[offset..<(offset + take)]))
            offset += take
        }
        #expect(hasher.finalize() == SHA256.hash(data, implementation: .libsodium))
    }

    /// The public API uses the SHA extensions exactly when the CPU has them
    /// (unless TAMGA_SHA256=libsodium forces the fallback).
    @Test func preferredImplementation() {
        let forced = ProcessInfo.processInfo.environment["TAMGA_SHA256"] == "libsodium"
        #expect(SHA256.preferred == (SHA256.accelerationAvailable && !forced ? .shaExtensions : .libsodium))
        #expect(SHA256.implementationName == SHA256.preferred.rawValue)
        #expect(SHA256.hash(Array("abc".utf8)) == SHA256.hash(Array("abc".utf8), implementation: .libsodium))
    }
}
