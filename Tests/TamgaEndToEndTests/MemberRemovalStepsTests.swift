import Foundation
import Testing
import TamgaTestSupport

/// Issue 19 item 8: `member remove` says what is left to do, and
/// `rekey --all` does it for every level in one command.
@Suite struct MemberRemovalStepsTests {
    @Test func removalPrintsTheNextStepsAndRekeyAllDoesThem() throws {
        let v = try ExportTests.vaultWithExamples()
        let colleague = v.folder.path("colleague")
        try FileManager.default.createDirectory(atPath: colleague, withIntermediateDirectories: true)
        let invited = try v.run(["member", "invite", "--name", "Nurlan Toktogulov"], extra: ["XDG_STATE_HOME": colleague])
        let line = invited.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try v.run(["member", "add", "Nurlan Toktogulov", line, "--clearance", "internal", "--member", "Admin"]).status == 0)
        let removed = try v.run(["member", "remove", "Nurlan Toktogulov", "--member", "Admin"])
        #expect(removed.status == 0, "\(removed.standardError)")
        #expect(removed.standardOutput.contains("next: run `tamga rekey --all`"))
        #expect(removed.standardOutput.contains("tamga key public -o npm.pub"))

        let rekeyed = try v.run(["rekey", "--all", "--member", "Admin"])
        #expect(rekeyed.status == 0, "\(rekeyed.standardError)")
        for level in ["internal", "state", "public"] {
            #expect(rekeyed.standardOutput.contains("re-encrypted") && rekeyed.standardOutput.contains(" \(level) part(s)"))
        }
        let again = try v.run(["rekey", "--all", "--member", "Admin"]).standardOutput
        #expect(again.split(separator: "\n").allSatisfy { $0.hasPrefix("re-encrypted 0 ") }, "\(again)")
        #expect(try v.run(["check", "--member", "Admin"]).status == 0)
    }

    @Test(arguments: [["rekey"], ["rekey", "--all", "--level", "state"]])
    func rekeyTakesOneOfLevelOrAll(_ command: [String]) throws {
        let v = try CLIVault()
        #expect(try v.run(command).status == 64)
    }
}
