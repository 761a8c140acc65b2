import Foundation
import Testing
import TamgaTestSupport

/// `tamga guard --install` over hooks it did not write (attacker review of
/// issue 18, L3): an administrator's own pre-receive check would vanish
/// silently. It stops, names the hook and changes nothing; `--replace-hooks`
/// replaces it; installing again over tamga's own hooks needs no flag.
@Suite struct GuardInstallHooksTests {
    @Test func installDoesNotOverwriteHooksItDidNotWrite() throws {
        let vault = try CLIVault()
        let git = try #require(Command.find("git"))
        let repo = vault.folder.path("server.git")
        #expect(try Command.run(git, ["init", "-q", "--bare", "-b", "main", repo]).status == 0)
        let hook = URL(fileURLWithPath: repo + "/hooks/pre-receive")
        let own = "#!/bin/sh\n# the administrator's own check\nexit 0\n"
        try Data(own.utf8).write(to: hook)

        let refused = try vault.run(["guard", "--install", repo])
        #expect(refused.status == 1, "\(refused.standardError)")
        #expect(refused.standardError.contains("hooks/pre-receive") && refused.standardError.contains("--replace-hooks"), "\(refused.standardError)")
        #expect(try String(contentsOf: hook, encoding: .utf8) == own, "the administrator's hook was overwritten")
        #expect(!FileManager.default.fileExists(atPath: repo + "/hooks/post-receive"))
        #expect(try Command.run(git, ["-C", repo, "config", "--get", "receive.fsckObjects"]).status != 0, "settings changed")

        let replaced = try vault.run(["guard", "--install", repo, "--replace-hooks"])
        #expect(replaced.status == 0, "\(replaced.standardError)")
        let installed = try String(contentsOf: hook, encoding: .utf8)
        #expect(installed.contains("installed by `tamga guard --install`"))
        // Tamga's own hooks: installing again is idempotent, no flag needed.
        let again = try vault.run(["guard", "--install", repo])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(try String(contentsOf: hook, encoding: .utf8) == installed)
        #expect(try Command.run(git, ["-C", repo, "config", "--get", "receive.fsckObjects"]).output.contains("true"))
    }
}
