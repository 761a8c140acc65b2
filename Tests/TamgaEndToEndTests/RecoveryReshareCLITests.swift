import Foundation
import Testing
import TamgaTestSupport

/// `tamga recovery reshare` through the binary (issue 19 item 12): new shares
/// printed once as `init` prints them, the old ones refused by `recover` with
/// a clear message, the new ones accepted; `recover` points at the reshare.
@Suite struct RecoveryReshareCLITests {
    /// The shares in a command's output (`  1. tamga-share1…`).
    static func shares(in output: String) -> [String] {
        output.split(separator: "\n").compactMap { line in
            let text = line.trimmingCharacters(in: .whitespaces)
            guard let dot = text.firstIndex(of: "."), Int(text[..<dot]) != nil else { return nil }
            let share = text[text.index(after: dot)...].trimmingCharacters(in: .whitespaces)
            return share.hasPrefix("tamga-share1") ? share : nil
        }
    }

    @Test func reshareReplacesTheSharesAndRecoverPointsAtIt() throws {
        let v = try CLIVault(initialise: false)
        let created = try v.run(["init", "--name", "Admin"])
        #expect(created.status == 0, "\(created.standardError)")
        let old = Self.shares(in: created.standardOutput)
        #expect(old.count == 5)
        _ = try v.run(["add", try v.folder.write("VR-2014-017.md", try CLIVault.example("VR-2014-017.md"))])

        let reshared = try v.run(["recovery", "reshare", "--threshold", "2", "--shares", "3"])
        #expect(reshared.status == 0, "\(reshared.standardError)")
        let new = Self.shares(in: reshared.standardOutput)
        #expect(new.count == 3)
        #expect(reshared.standardOutput.contains("Recovery shares: any 2 of these 3 rebuild access if every"))
        #expect(reshared.standardOutput.contains("They are shown only now; give each to a different person."))
        // Printed, never written: no file of the vault or its folder holds a share.
        for file in v.files() {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: v.vault).appendingPathComponent(file))
            #expect(!String(decoding: bytes, as: UTF8.self).contains("tamga-share1"), "\(file)")
        }

        let refused = try v.run(["recover", "--name", "Rescuer"], input: old.prefix(3).joined(separator: "\n") + "\n\n")
        #expect(refused.status == 65)
        #expect(refused.standardError.contains("`tamga recovery reshare` replaced"), "\(refused.standardError)")
        #expect(refused.standardError.contains("Hint: use the shares the last `tamga recovery reshare` printed"))

        let recovered = try v.run(["recover", "--name", "Rescuer"], input: new.prefix(2).joined(separator: "\n") + "\n\n")
        #expect(recovered.status == 0, "\(recovered.standardError)")
        #expect(recovered.standardOutput.contains("next: run `tamga recovery reshare --member Rescuer`"))
        let shown = try v.run(["show", "VR-2014-017", "--member", "Rescuer"])
        #expect(shown.status == 0, "\(shown.standardError)")
        let checked = try v.run(["check", "--member", "Rescuer"])
        #expect(checked.status == 0, "\(checked.standardOutput) \(checked.standardError)")
    }

    @Test func aStateMemberIsNotCleared() throws {
        let v = try CLIVault()
        let key = try v.run(["member", "invite", "--name", "Dana"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "--member", "Admin", "Dana", key, "--clearance", "state"]).status == 0)
        let keyrings = v.files().filter { $0.hasPrefix("keyring/") }
        let refused = try v.run(["recovery", "reshare", "--member", "Dana"])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("is not cleared for issuing recovery shares"), "\(refused.standardError)")
        #expect(refused.standardOutput.isEmpty)
        #expect(v.files().filter { $0.hasPrefix("keyring/") } == keyrings)
    }

    @Test(arguments: [["--threshold", "4", "--shares", "3"], ["--threshold", "1"], ["--shares", "17"]])
    func aRefusedCountIsBadUsageBeforeThePassphrase(_ arguments: [String]) throws {
        let v = try CLIVault()
        let before = v.files()
        // No passphrase file: the count is refused before anything asks for one.
        let refused = try v.run(["recovery", "reshare"] + arguments, extra: ["TAMGA_PASSPHRASE_FILE": v.folder.path("missing")])
        #expect(refused.status == 65)
        #expect(refused.standardError.contains("recovery shares must be k of n"), "\(refused.standardError)")
        #expect(v.files() == before)
    }
}
