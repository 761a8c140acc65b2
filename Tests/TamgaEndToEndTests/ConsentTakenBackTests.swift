import Foundation
import Testing
import TamgaTestSupport

/// Retention attacker 39, F3: two ways of taking consent back in the front
/// matter that let the photo and the name go. Taking the person's whole
/// entry out of the interview, and writing `consent: []` after a grant was
/// logged at intake, both withdraw; a grant logged after the withdrawal
/// gives it back.
@Suite struct ConsentTakenBackTests {
    enum Way: String, CaseIterable, Sendable { case entryRemoved, afterALoggedGrant }

    @Test(arguments: Way.allCases)
    func consentTakenBackInTheFrontMatterWithholdsNameAndPhoto(_ way: Way) throws {
        let v = try ExportTests.vaultWithExamples()
        let interview = try CLIVault.example("INT-2014-044.md")
        let consenting = interview.replacingOccurrences(of: "    consent: []", with: "    consent: [state]")
            + "\nConsent to be named to the State recorded.\n"
        #expect(try v.run(["add", try v.folder.write("consenting.md", consenting)]).status == 0)
        if way == .afterALoggedGrant {
            let grant = try v.run(["person", "consent", "D-0042", "--grant", "state", "--date", "2014-10-28", "--obtained-by", "Monitor One"])
            #expect(grant.status == 0, "\(grant.standardError)")
        }
        let photo = try EvidenceFixture.image("injuries.png", in: v.folder)
        _ = try EvidenceFixture.attach(v, "INT-2014-044", photo, ["--level", "state", "--depicts", "D-0042", "--consent", "state"])
        #expect(try v.run(["person", "show", "D-0042"]).standardOutput.contains("named to state: yes"))

        let takenBack: String
        switch way {
        case .entryRemoved:
            let start = try #require(consenting.range(of: "persons:\n"))
            let end = try #require(consenting.range(of: "sensitive:\n"))
            takenBack = String(consenting[..<start.lowerBound]) + String(consenting[end.lowerBound...])
        case .afterALoggedGrant:
            takenBack = consenting.replacingOccurrences(of: "    consent: [state]", with: "    consent: []")
        }
        let added = try v.run(["add", try v.folder.write("taken-back.md", takenBack + "\nWithdrawn on 2014-12-01.\n")])
        #expect(added.status == 0, "\(added.standardError)")

        let shown = try v.run(["person", "show", "D-0042"]).standardOutput
        #expect(shown.contains("named to state: no"), "\(shown)")
        func stateExport(_ name: String) throws -> (files: [String], text: String) {
            let out = v.folder.path(name)
            let run = try v.run(["export", "INT-2014-044", "--audience", "state", "--with-attachments", "-o", out + "/"])
            #expect(run.status == 0, "\(run.standardError)")
            let text = (try? String(contentsOfFile: out + "/INT-2014-044.state.md", encoding: .utf8)) ?? ""
            return (EvidenceFixture.listing(out).filter { $0.contains("attachment-") && !$0.hasSuffix(".minisig") }, text)
        }
        let after = try stateExport("after")
        #expect(after.files.isEmpty, "\(after.files)")
        #expect(!after.text.contains("Sadykov"), "\(after.text)")

        // A grant logged after the withdrawal gives it back.
        let again = try v.run(["person", "consent", "D-0042", "--grant", "state", "--date", "2015-01-10", "--obtained-by", "Monitor One"])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(try stateExport("again").files.count == 1)
    }
}
