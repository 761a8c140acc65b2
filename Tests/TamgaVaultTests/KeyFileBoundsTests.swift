import Foundation
import Testing
import TamgaCrypto
@testable import TamgaVault

/// Issue 14, finding 12: a key file edited by someone who can write the
/// vault folder cannot hang unlock with huge Argon2id parameters.
@Suite struct KeyFileBoundsTests {
    /// The admin's key file with its parameters replaced, and the vault id to open it against.
    static func editedKeyFile(ops: UInt64, memory: UInt64) throws -> (MemberKeyFile, vault: String) {
        let fixture = try VaultFixture()
        let admin = try fixture.unlock()
        let url = fixture.paths.memberKey(fingerprint: admin.member.fingerprint)
        var file = try MemberKeyFile.decode(try DurableFile.readAll(url))
        file.kdf.opsLimit = ops
        file.kdf.memLimit = memory
        return (file, admin.vaultID)
    }

    @Test(arguments: [
        (UInt64(17), UInt64(8192), "kdf.opsLimit 17"),
        (UInt64(1_000_000_000), UInt64(8192), "kdf.opsLimit 1000000000"),
        (UInt64(1), UInt64(5) << 30, "kdf.memLimit 5368709120"),
        (UInt64(16), UInt64(2) << 30, "kdf.opsLimit × kdf.memLimit"),
        (UInt64(16), UInt64.max, "kdf.memLimit"),
    ])
    func outOfRangeParametersAreRefusedBeforeDerivingAnything(_ ops: UInt64, _ memory: UInt64, _ field: String) throws {
        let (file, vault) = try Self.editedKeyFile(ops: ops, memory: memory)
        let clock = ContinuousClock()
        let started = clock.now
        let error = try #require(throws: VaultError.self) {
            try file.open(passphrase: try VaultFixture.passphrase(), vault: vault, allowTestParameters: true)
        }
        #expect(clock.now - started < .seconds(2))
        #expect(error.message.contains("members/\(file.fingerprint).key"))
        #expect(error.message.contains("damaged key file"))
        #expect(error.message.contains(field))
        #expect(error.message.contains("out of range"))
    }

    /// The largest pass count is still accepted: the key derivation runs, and
    /// only the (now different) key fails to open the sealed part.
    @Test func theBoundsThemselvesAreAccepted() throws {
        let (file, vault) = try Self.editedKeyFile(ops: MemberKeyFile.maximumOpsLimit, memory: 8192)
        #expect(MemberKeyFile.boundsProblem(file.kdf) == nil)
        #expect(MemberKeyFile.boundsProblem(.init(algorithm: "argon2id13", opsLimit: 4, memLimit: 4 << 30, salt: "")) == nil)
        #expect(MemberKeyFile.boundsProblem(.init(algorithm: "argon2id13", opsLimit: 5, memLimit: 4 << 30, salt: "")) != nil)
        let error = try #require(throws: VaultError.self) {
            try file.open(passphrase: try VaultFixture.passphrase(), vault: vault, allowTestParameters: true)
        }
        #expect(error == .wrongPassphrase)
    }
}
