import Foundation
import Testing
import TamgaCore
import TamgaCrypto
import TamgaTestSupport
@testable import TamgaVault

/// Issue 14, finding 3: a removed member who kept the export-signing seed
/// they held can still make a signature with it, but `tamga verify` names
/// that key as replaced, never as current, and the seed is gone from the vault.
@Suite struct RetiredExportKeyTests {
    @Test func aRemovedMembersOldSeedSignsNothingVerifyCallsCurrent() throws {
        let fixture = try VaultFixture()
        let leaving = try fixture.addMember("Leaving", clearance: .internal)
        let kept = try #require(leaving.exportSigning)
        _ = try MemberAdministration(vault: try fixture.unlock()).remove(name: "Leaving")
        // Every sealed copy of the retired seed is deleted; the new one is not sealed to them.
        #expect(SealedKeyFolder(fixture.paths.signingKeys(epoch: 1)).holders.isEmpty)
        #expect(!SealedKeyFolder(fixture.paths.signingKeys(epoch: 2)).holders.contains(leaving.member.fingerprint))
        // A fabricated "NPM report", signed with the seed they kept.
        let forged = Array("# NPM report\n\nNothing to report.\n".utf8)
        try fixture.folder.write("forged.md", String(decoding: forged, as: UTF8.self))
        let signature = try MinisignSigner(keyPair: kept).sign(forged, trustedComment: "tamga export time:2031-01-01T00:00:00Z vault:\(leaving.vaultID)")
        try fixture.folder.write("forged.md.minisig", signature.text)
        let result = try TamgaBinary().run(["verify", fixture.folder.path("forged.md"), "--vault", fixture.paths.root.path])
        #expect(result.standardError.contains("key 1 of 2"))
        #expect(result.standardError.contains("not current"))
        #expect(!result.standardError.contains("the current key"))
        // Claiming the current key's id does not help: the signature is then checked against it.
        let current = try MinisignPublicKey(tamgaSigningKey: Hex.decode(try KeyringStore(paths: fixture.paths).current().body.signingKey))
        let claimed = try MinisignSigner(keyPair: kept, keyID: current.keyID).sign(forged, trustedComment: "tamga export")
        try fixture.folder.write("forged.md.minisig", claimed.text)
        let refused = try TamgaBinary().run(["verify", fixture.folder.path("forged.md"), "--vault", fixture.paths.root.path])
        #expect(refused.status == 1)
        #expect(!refused.standardError.contains("current key"))
    }
}
