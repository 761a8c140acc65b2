import Foundation
import Testing
import TamgaTestSupport

/// Issue 14, finding 11: a member's passphrase-sealed key need not sit in
/// the synced folder, where every copy and git host could guess at it offline.
@Suite struct KeyOutsideTests {
    @Test func aKeyKeptOutsideTheVaultOpensItAndNeverSyncs() throws {
        let v = try CLIVault()
        let keys = v.folder.path("my-keys")
        let key = try v.run(["member", "invite", "--name", "Liaison", "--key-outside"], extra: ["TAMGA_KEY_DIR": keys])
        #expect(key.status == 0, "\(key.standardError)")
        let line = key.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Liaison", line, "--clearance", "state"]).status == 0)
        // Two key files in the vault's members/ folder before: the administrator's only now.
        #expect(v.files().filter { $0.hasPrefix("members/") }.count == 1)
        #expect(try v.run(["list", "--member", "Liaison"], extra: ["TAMGA_KEY_DIR": keys]).status == 0)
        // Without the key folder, this machine cannot open it as Liaison.
        #expect(try v.run(["list", "--member", "Liaison"]).status != 0)
        #expect(try v.run(["check", "--member", "Admin"]).status == 0)
    }

    @Test func moveOutTakesTheKeyFileOutOfTheVault() throws {
        let v = try CLIVault()
        let keys = v.folder.path("my-keys")
        let moved = try v.run(["key", "move-out"], extra: ["TAMGA_KEY_DIR": keys])
        #expect(moved.status == 0, "\(moved.standardError)")
        #expect(v.files().filter { $0.hasPrefix("members/") }.isEmpty)
        let vaultID = try #require(try FileManager.default.contentsOfDirectory(atPath: keys).first)
        let files = try FileManager.default.contentsOfDirectory(atPath: keys + "/" + vaultID)
        #expect(files.count == 1)
        let mode = try FileManager.default.attributesOfItem(atPath: keys + "/" + vaultID + "/" + files[0])[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try v.run(["list"], extra: ["TAMGA_KEY_DIR": keys]).status == 0)
        #expect(try v.run(["check"], extra: ["TAMGA_KEY_DIR": keys]).status == 0)
        #expect(try v.run(["key", "move-out"], extra: ["TAMGA_KEY_DIR": keys]).status != 0)
    }
}
