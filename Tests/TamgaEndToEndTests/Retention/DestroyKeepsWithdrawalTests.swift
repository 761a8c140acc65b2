import Foundation
import Testing
import TamgaTestSupport

/// Retention attacker 39, F6: a consent withdrawal recorded only in the
/// front matter of the document being destroyed must not be lost with it.
/// Since session 41 the add of the revision that took consent away logs
/// the withdrawal (`FrontMatterWithdrawal`): the destruction goes ahead and
/// the withdrawal outlives it. A document whose `consent:` is narrower than
/// another's from the start is still the only record of that narrowing:
/// its destruction is refused, naming the person, the audience and the
/// consent-log command; once recorded there, the destruction goes ahead and
/// neither the name nor the photo goes to the State.
@Suite struct DestroyKeepsWithdrawalTests {
    @Test func aWithdrawalInARevisionOutlivesTheDocument() throws {
        let v = try ExportTests.vaultWithExamples()
        let consenting = try CLIVault.reportDeclaringTheDetainee().replacingOccurrences(of: "    consent: []", with: "    consent: [state]")
        #expect(try v.run(["add", try v.folder.write("vr.md", consenting)]).status == 0)
        let interview = try CLIVault.example("INT-2014-044.md").replacingOccurrences(of: "    consent: []", with: "    consent: [state]")
            + "\nConsent to be named to the State recorded.\n"
        #expect(try v.run(["add", try v.folder.write("int.md", interview)]).status == 0)
        let photo = try EvidenceFixture.image("injuries.png", in: v.folder)
        _ = try EvidenceFixture.attach(v, "VR-2014-017", photo, ["--level", "state", "--depicts", "D-0042", "--consent", "state"])
        // The person withdraws; the monitor records it in the interview only.
        let withdrawn = interview.replacingOccurrences(of: "    consent: [state]", with: "    consent: []") + "\nWithdrawn on 2014-12-01.\n"
        #expect(try v.run(["add", try v.folder.write("withdrawn.md", withdrawn)]).status == 0)
        #expect(try v.run(["person", "show", "D-0042"]).standardOutput.contains("named to state: no"))

        let destroyed = try v.run(["destroy", "INT-2014-044", "--reason", "retention", "--yes"])
        #expect(destroyed.status == 0, "\(destroyed.standardError)")
        try Self.expectWithheld(v)
    }

    @Test func aDocumentNarrowerThanAnotherFromTheStartIsTheOnlyRecordAndIsKept() throws {
        let v = try ExportTests.vaultWithExamples()
        let consenting = try CLIVault.reportDeclaringTheDetainee().replacingOccurrences(of: "    consent: []", with: "    consent: [state]")
        #expect(try v.run(["add", try v.folder.write("vr.md", consenting)]).status == 0)
        let photo = try EvidenceFixture.image("injuries.png", in: v.folder)
        _ = try EvidenceFixture.attach(v, "VR-2014-017", photo, ["--level", "state", "--depicts", "D-0042", "--consent", "state"])
        // The interview (consent: []) is the only record that he does not consent.
        #expect(try v.run(["person", "show", "D-0042"]).standardOutput.contains("named to state: no"))

        let before = v.files()
        let refused = try v.run(["destroy", "INT-2014-044", "--reason", "retention", "--yes"])
        #expect(refused.status != 0, "\(refused.standardOutput)")
        #expect(refused.standardError.contains("tamga person consent D-0042 --withdraw state"), "\(refused.standardError)")
        #expect(v.files() == before)

        let recorded = try v.run(["person", "consent", "D-0042", "--withdraw", "state", "--date", "2014-12-01", "--obtained-by", "Monitor One"])
        #expect(recorded.status == 0, "\(recorded.standardError)")
        let destroyed = try v.run(["destroy", "INT-2014-044", "--reason", "retention", "--yes"])
        #expect(destroyed.status == 0, "\(destroyed.standardError)")
        try Self.expectWithheld(v)
    }

    /// Neither the name nor the photo goes to the State in the report's export.
    static func expectWithheld(_ v: CLIVault) throws {
        #expect(try v.run(["person", "show", "D-0042"]).standardOutput.contains("named to state: no"))
        let out = v.folder.path("out")
        let export = try v.run(["export", "VR-2014-017", "--audience", "state", "--with-attachments", "-o", out + "/"])
        #expect(export.status == 0, "\(export.standardError)")
        let files = EvidenceFixture.listing(out)
        #expect(!files.contains { $0.contains("attachment-") }, "\(files)")
        let text = try String(contentsOfFile: out + "/VR-2014-017.state.md", encoding: .utf8)
        #expect(!text.contains("Sadykov"), "\(text)")
    }
}
