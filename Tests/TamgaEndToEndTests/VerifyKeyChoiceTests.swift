import Foundation
import Testing
import TamgaTestSupport

/// Issue 19 item 2: a recipient without a vault who runs `tamga verify FILE`
/// is told which key to give, not about a keyring that is not there.
@Suite struct VerifyKeyChoiceTests {
    @Test func withoutAVaultOrAKeyTheHintNamesTheKeyToGive() throws {
        let v = try ExportTests.vaultWithExamples()
        let out = v.folder.path("x.md")
        #expect(try v.run(["export", "VR-2014-017", "--audience", "state", "-o", out]).status == 0)
        #expect(try v.run(["key", "public", "-o", v.folder.path("npm.pub")]).status == 0)
        let elsewhere = try TemporaryFolder("tamga-recipient")
        let bare = try v.tamga.run(["verify", out], in: elsewhere.url)
        #expect(bare.status == 66, "\(bare.standardError)")
        #expect(bare.standardError.contains("-p npm.pub") && bare.standardError.contains("-P RW"))
        #expect(!bare.standardError.contains("keyring"))
        let keyed = try v.tamga.run(["verify", out, "-p", v.folder.path("npm.pub")], in: elsewhere.url)
        #expect(keyed.status == 0, "\(keyed.standardError)")
    }
}
