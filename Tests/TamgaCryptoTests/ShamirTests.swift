import Foundation
import Testing
@testable import TamgaCrypto

/// Every subset of a 3-of-5 split of a 64-byte secret, shared by the cases.
private let fiveShares: (secret: SecretBytes, shares: [ShamirShare]) = {
    let secret = try! SecretBytes.random(count: 64)
    return (secret, try! ShamirSecretSharing.split(secret: secret, threshold: 3, shares: 5, fingerprint: [0xfa, 0xce]))
}()

private func subsets(of size: Int, from count: Int) -> [[Int]] {
    guard size > 0 else { return [[]] }
    guard count >= size else { return [] }
    return subsets(of: size - 1, from: count - 1).map { $0 + [count - 1] } + subsets(of: size, from: count - 1)
}

@Suite struct ShamirTests {
    @Test(arguments: subsets(of: 3, from: 5) + subsets(of: 4, from: 5) + subsets(of: 5, from: 5))
    func everyThresholdSubsetRecovers(indices: [Int]) throws {
        let recovered = try ShamirSecretSharing.combine(indices.map { fiveShares.shares[$0] })
        #expect(recovered.isEqual(to: fiveShares.secret))
    }

    @Test(arguments: subsets(of: 2, from: 5))
    func tooFewSharesDoNotRecover(indices: [Int]) throws {
        let shares = indices.map { fiveShares.shares[$0] }
        #expect(throws: CryptoError.notEnoughShares) { _ = try ShamirSecretSharing.combine(shares) }
        let interpolated = try ShamirSecretSharing.interpolateAtZero(shares)
        #expect(!interpolated.isEqual(to: fiveShares.secret))
    }

    @Test func mismatchedSharesAreRefused() throws {
        let s = fiveShares.shares
        #expect(throws: CryptoError.invalidShares) { _ = try ShamirSecretSharing.combine([s[0], s[1], s[0]]) }
        let other = try ShamirSecretSharing.split(secret: fiveShares.secret, threshold: 3, shares: 5, fingerprint: [1])
        #expect(throws: CryptoError.invalidShares) { _ = try ShamirSecretSharing.combine([s[0], s[1], other[2]]) }
        #expect(throws: CryptoError.notEnoughShares) { _ = try ShamirSecretSharing.combine([]) }
        for (k, n) in [(1, 5), (6, 5), (2, 256), (0, 0)] {
            #expect(throws: CryptoError.invalidLength) {
                _ = try ShamirSecretSharing.split(secret: fiveShares.secret, threshold: k, shares: n)
            }
        }
    }

    @Test func extremeThresholds() throws {
        let secret = try SecretBytes.random(count: 32)
        let all = try ShamirSecretSharing.split(secret: secret, threshold: 255, shares: 255)
        #expect(try ShamirSecretSharing.combine(all).isEqual(to: secret))
        let pairs = try ShamirSecretSharing.split(secret: secret, threshold: 2, shares: 255)
        #expect(try ShamirSecretSharing.combine([pairs[254], pairs[17]]).isEqual(to: secret))
    }

    @Test func fieldArithmetic() {
        #expect(GF256.multiply(0x53, 0xca) == 0x01)   // the AES field's textbook pair
        #expect(GF256.multiply(0x57, 0x83) == 0xc1)   // FIPS-197 section 4.2
        for a in 1...255 { #expect(GF256.multiply(UInt8(a), GF256.inverse(UInt8(a))) == 1) }
    }

    @Test func textFormRoundTripsAndCatchesTypos() throws {
        let share = fiveShares.shares[3]
        let text = try share.encoded()
        #expect(text.hasPrefix("tamga-share1"))
        let back = try ShamirShare(encoded: text)
        #expect(back.x == share.x && back.threshold == 3 && back.fingerprint == [0xfa, 0xce])
        #expect(back.value.isEqual(to: share.value))
        #expect(try ShamirShare(encoded: text.uppercased() + "\n").value.isEqual(to: share.value))
        let alphabet = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l")
        let characters = Array(text)
        for index in characters.indices.dropFirst("tamga-share1".count) {
            var typo = characters
            typo[index] = alphabet.first { $0 != characters[index] }!
            #expect(throws: CryptoError.invalidEncoding) { _ = try ShamirShare(encoded: String(typo)) }
        }
        let mixed = "T" + text.dropFirst()
        #expect(throws: CryptoError.invalidEncoding) { _ = try ShamirShare(encoded: String(mixed)) }
    }
}
