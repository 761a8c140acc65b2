import Foundation
import Testing
import TamgaTestSupport

/// Retention attacker 39, F7: a withdrawal recorded on one branch of a fork
/// (two copies revised the interview apart) counts while the fork lasts,
/// whichever branch reads as newest: no name and no photo for the State.
@Suite struct ConsentForkTests {
    @Test func aWithdrawalOnEitherBranchOfAForkWithholdsNameAndPhoto() throws {
        let v = try ExportTests.vaultWithExamples()
        let interview = try CLIVault.example("INT-2014-044.md")
        let consenting = interview.replacingOccurrences(of: "    consent: []", with: "    consent: [state]")
            + "\nConsent to be named to the State recorded on 2014-10-29.\n\nSeen again on 2014-10-30.\n"
        #expect(try v.run(["add", try v.folder.write("consenting.md", consenting)]).status == 0)
        let photo = try EvidenceFixture.image("injuries.png", in: v.folder)
        _ = try EvidenceFixture.attach(v, "INT-2014-044", photo, ["--level", "state", "--depicts", "D-0042", "--consent", "state"])

        let teamB = v.folder.path("team-b")
        try VaultFiles.copy(v.vault, to: teamB)
        let b: ([String]) throws -> TamgaBinary.Result = { arguments in
            try v.run(arguments, extra: ["TAMGA_VAULT": teamB, "XDG_STATE_HOME": teamB + "-state"])
        }
        // B records the withdrawal; A, apart and later, fixes a typo with consent unchanged.
        let withdrawn = consenting.replacingOccurrences(of: "    consent: [state]", with: "    consent: []")
        let added = try b(["add", try v.folder.write("withdrawn.md", withdrawn)])
        #expect(added.status == 0, "\(added.standardError)")
        Thread.sleep(forTimeInterval: 1.1)
        let typo = consenting.replacingOccurrences(of: "visiting room", with: "visiting-room")
        #expect(try v.run(["add", try v.folder.write("typo.md", typo)]).status == 0)
        let copied = try Command.run("/bin/cp", ["-rn", teamB + "/.", v.vault])
        #expect(copied.status == 0, "\(copied.output)")
        #expect(try v.run(["refresh"]).status == 0)

        let shown = try v.run(["person", "show", "D-0042"]).standardOutput
        #expect(shown.contains("named to state: no"), "\(shown)")
        let out = v.folder.path("out")
        let export = try v.run(["export", "INT-2014-044", "--audience", "state", "--with-attachments", "-o", out + "/"])
        #expect(export.status == 0, "\(export.standardError)")
        let files = EvidenceFixture.listing(out)
        #expect(!files.contains { $0.contains("attachment-") }, "\(files)")
        let text = try files.filter { $0.hasSuffix(".md") }.map { try String(contentsOfFile: out + "/" + $0, encoding: .utf8) }.joined()
        #expect(!text.contains("Sadykov") && !text.contains("Садыков"), "\(text)")
    }
}
