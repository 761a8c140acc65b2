import Foundation
import Testing
@testable import TamgaCrypto

/// Collects what the test-only release hook saw.
final class ReleaseWitness: @unchecked Sendable {
    var calls = 0
    var bytesAtRelease: [UInt8] = []
}

@Suite struct SecretBytesTests {
    @Test func descriptionIsRedacted() throws {
        let secret = try SecretBytes(copying: Array("hunter2-hunter2".utf8))
        let hex = Hex.encode(Array("hunter2-hunter2".utf8))
        #expect(secret.description == "<redacted>")
        #expect(secret.debugDescription == "<redacted>")
        #expect("\(secret)" == "<redacted>")
        #expect(String(reflecting: secret) == "<redacted>")
        var dumped = ""
        dump(secret, to: &dumped)
        for text in ["\(secret)", String(reflecting: secret), dumped] {
            #expect(!text.contains("hunter2"))
            #expect(!text.contains(hex))
        }
    }

    /// The bytes are zero by the time the memory is returned, and the hook
    /// really ran (a test that cannot fail would prove nothing).
    @Test(arguments: [1, 32, 4096])
    func wipingIsObservable(count: Int) throws {
        let witness = ReleaseWitness()
        do {
            let secret = try SecretBytes.random(count: count)
            let nonZero = secret.withUnsafeBytes { $0.contains { $0 != 0 } }
            #expect(nonZero || count < 8)
            secret.testOnlyWillRelease = { buffer in
                witness.calls += 1
                witness.bytesAtRelease = Array(buffer)
            }
        }
        #expect(witness.calls == 1)
        #expect(witness.bytesAtRelease.count == count)
        #expect(witness.bytesAtRelease.allSatisfy { $0 == 0 })
    }

    @Test func copyingAndWipingZeroesTheSource() throws {
        var source: [UInt8] = Array(1...40)
        let secret = try SecretBytes(copyingAndWiping: &source)
        #expect(source == [UInt8](repeating: 0, count: 40))
        #expect(secret.constantTimeEquals(Array(1...40) as [UInt8]))
    }

    @Test func comparisonIsByContent() throws {
        let a = try SecretBytes(copying: [1, 2, 3] as [UInt8])
        let b = try SecretBytes(copying: [1, 2, 3] as [UInt8])
        let c = try SecretBytes(copying: [1, 2, 4] as [UInt8])
        let d = try SecretBytes(copying: [1, 2] as [UInt8])
        #expect(a.isEqual(to: b))
        #expect(!a.isEqual(to: c))
        #expect(!a.isEqual(to: d))
        #expect(try SecretBytes(count: 0).isEqual(to: SecretBytes(count: 0)))
        #expect(try SecretBytes(count: 4).constantTimeEquals([0, 0, 0, 0] as [UInt8]))
    }

    @Test func extractingAndRandom() throws {
        let secret = try SecretBytes(copying: Array(0..<10) as [UInt8])
        #expect(try secret.extracting(2..<5).constantTimeEquals([2, 3, 4] as [UInt8]))
        #expect(throws: CryptoError.invalidLength) { _ = try secret.extracting(5..<11) }
        let r1 = try SecureRandom.secretBytes(count: 32), r2 = try SecureRandom.secretBytes(count: 32)
        #expect(!r1.isEqual(to: r2))
        #expect(SecureRandom.bytes(count: 32) != SecureRandom.bytes(count: 32))
        #expect(throws: CryptoError.invalidLength) { _ = try SecretBytes(count: -1) }
    }

    @Test func hexRoundTripsAndRefusesJunk() throws {
        let all = (0...255).map(UInt8.init)
        #expect(try Hex.decode(Hex.encode(all)) == all)
        #expect(Hex.encode([0x00, 0x9f, 0xa0, 0xff] as [UInt8]) == "009fa0ff")
        #expect(try Hex.decode("ABcd") == [0xab, 0xcd])
        for junk in ["0", "0g", " 00", "zz"] {
            #expect(throws: CryptoError.invalidEncoding) { _ = try Hex.decode(junk) }
        }
    }

    @Test func errorsDescribeWithoutDetail() {
        #expect(CryptoError.authenticationFailed.description == "authentication failed")
        #expect(CryptoError.ioFailed(errno: 2).description.contains("No such file"))
    }
}

/// The pool behind `SecretBytes` (`SecureMemory`): recycled regions come back
/// zeroed in full, secrets sit flush against the end of their region, and
/// sizes past the largest class bypass the pool.
@Suite struct SecureMemoryTests {
    @Test(arguments: [0, 1, 32, 5120, 65536])
    func recycledRegionsAreWholeZero(count: Int) throws {
        var regions: [SecureMemory.Region] = []
        for _ in 0..<4 {
            let region = try #require(SecureMemory.allocate(count: count))
            #expect(UnsafeRawBufferPointer(start: region.pointer, count: region.capacity).allSatisfy { $0 == 0 })
            region.pointer.initializeMemory(as: UInt8.self, repeating: 0xa5, count: region.capacity)
            regions.append(region)
        }
        for region in regions {
            SecureMemory.wipe(region)
            SecureMemory.release(region)
        }
        for _ in 0..<4 {
            let region = try #require(SecureMemory.allocate(count: count))
            #expect(UnsafeRawBufferPointer(start: region.pointer, count: region.capacity).allSatisfy { $0 == 0 })
            SecureMemory.wipe(region)
            SecureMemory.release(region)
        }
    }

    @Test func secretsEndAtTheEndOfTheirRegion() throws {
        for count in [0, 1, 31, 32, 4080, 4081, 5120, 65536, 65536 + 4096 * 2] {
            let region = try #require(SecureMemory.allocate(count: count))
            let base = region.base(for: count)
            #expect(base + max(count, 1) == region.pointer + region.capacity)
            #expect(region.pages == 0 || region.capacity == region.pages * SecureMemory.pageSize - SecureMemory.canaryByteCount)
            #expect(region.capacity >= max(count, 1))
            SecureMemory.wipe(region)
            SecureMemory.release(region)
        }
        #expect(SecureMemory.pages(for: 65536) <= SecureMemory.largestPooledPages || SecureMemory.pageSize < 4096)
    }

    /// A released secret's bytes never reach the next secret of its class.
    @Test func aReusedSecretStartsZeroed() throws {
        for _ in 0..<8 {
            let first = try SecretBytes.random(count: 5120)
            #expect(first.withUnsafeBytes { $0.contains { $0 != 0 } })
        }
        for _ in 0..<8 {
            let next = try SecretBytes(count: 5120)
            #expect(next.withUnsafeBytes { $0.allSatisfy { $0 == 0 } })
        }
    }
}
