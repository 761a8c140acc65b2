import Foundation
import Testing
@testable import TamgaCrypto

@Suite struct Argon2idTests {
    let salt = Array("tamgasalt0123456".utf8)

    /// Just below MODERATE on either limit is refused before any work is done.
    @Test func refusesBelowModerateWithoutTheTestSwitch() throws {
        let weakOps = try Argon2id.Parameters(opsLimit: 2, memoryLimitBytes: 256 << 20, salt: salt)
        let weakMemory = try Argon2id.Parameters(opsLimit: 3, memoryLimitBytes: (256 << 20) - 1, salt: salt)
        for parameters in [weakOps, weakMemory] {
            #expect(!parameters.meetsMinimum)
            #expect(throws: CryptoError.parametersTooWeak) {
                _ = try Argon2id.deriveKey(from: Array("pw".utf8), parameters: parameters)
            }
        }
        #expect(try Argon2id.Parameters.moderate(salt: salt).meetsMinimum)
        let sensitive = try Argon2id.Parameters.sensitive(salt: salt)
        #expect(sensitive.opsLimit == 4 && sensitive.memoryLimitBytes == 1 << 30)
        #expect(throws: CryptoError.invalidLength) { _ = try Argon2id.Parameters.moderate(salt: [1, 2, 3]) }
        let huge = try Argon2id.Parameters(opsLimit: 3, memoryLimitBytes: 5 << 30, salt: salt)
        #expect(throws: CryptoError.outOfMemory) { _ = try Argon2id.deriveKey(from: [1] as [UInt8], parameters: huge) }
    }

    /// ops 1, 8 KiB, with the test switch; the expected key comes from the
    /// reference `argon2` CLI (Debian package argon2):
    /// `echo -n 'correct horse' | argon2 tamgasalt0123456 -id -t 1 -k 8 -p 1 -l 32 -r`.
    @Test func weakParametersWithTheTestSwitchMatchTheReference() throws {
        let parameters = try Argon2id.Parameters(opsLimit: 1, memoryLimitBytes: 8 * 1024, salt: salt)
        let expected = "f2367a39b49bc8a2ad2e2d416ed0eeb2b6dd9fd755cdc7cf71a5c8aff0ef68c8"
        let fromBytes = try Argon2id.deriveKey(
            from: Array("correct horse".utf8), parameters: parameters, allowingTestOnlyWeakParameters: true)
        #expect(Hex.encode(fromBytes) == expected)
        let passphrase = try SecretBytes(copying: Array("correct horse".utf8))
        let fromSecret = try Argon2id.deriveKey(from: passphrase, parameters: parameters, allowingTestOnlyWeakParameters: true)
        #expect(fromSecret.isEqual(to: fromBytes))
        let below = try Argon2id.Parameters(opsLimit: 1, memoryLimitBytes: 4096, salt: salt)
        #expect(throws: CryptoError.parametersTooWeak) {
            _ = try Argon2id.deriveKey(from: [1] as [UInt8], parameters: below, allowingTestOnlyWeakParameters: true)
        }
    }
}

/// RFC 7914 section 12 (the answers were also checked with Python's hashlib).
@Suite struct ScryptTests {
    @Test func rfc7914KnownAnswers() throws {
        let empty = try Scrypt.deriveKey(from: [UInt8](), salt: [UInt8](), n: 16, r: 1, p: 1, byteCount: 64)
        #expect(Hex.encode(empty) == "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906")
        let nacl = try Scrypt.deriveKey(from: Array("password".utf8), salt: Array("NaCl".utf8), n: 1024, r: 8, p: 16, byteCount: 64)
        #expect(Hex.encode(nacl) == "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640")
        #expect(throws: CryptoError.invalidLength) { _ = try Scrypt.deriveKey(from: [1] as [UInt8], salt: [1] as [UInt8], n: 1000, r: 8, p: 1) }
        #expect(throws: CryptoError.outOfMemory) { _ = try Scrypt.deriveKey(from: [1] as [UInt8], salt: [1] as [UInt8], n: 1 << 30, r: 8, p: 1) }
    }
}
