import Foundation
import Testing
import TamgaCrypto
@testable import TamgaVault

/// Issue 14, finding 12: a key file edited by someone who can write the
/// vault folder cannot hang unlock with huge Argon2id parameters.
@Suite struct KeyFileBoundsTests {
    @Test(arguments: [(UInt64(17), UInt64(8192)), (UInt64(1_000_000_000), UInt64(8192)), (UInt64(16), UInt64(2) << 30)])
    func outOfRangeParametersAreRefusedBeforeDerivingAnything(_ ops: UInt64, _ memory: UInt64) throws {
        let fixture = try VaultFixture()
        let admin = try fixture.unlock()
        let url = fixture.paths.memberKey(fingerprint: admin.member.fingerprint)
        var file = try MemberKeyFile.decode(try DurableFile.readAll(url))
        file.kdf.opsLimit = ops
        file.kdf.memLimit = memory
        let error = try #require(throws: VaultError.self) {
            try file.open(passphrase: try VaultFixture.passphrase(), vault: admin.vaultID, allowTestParameters: true)
        }
        #expect(error.message.contains("out of range"))
    }
}
