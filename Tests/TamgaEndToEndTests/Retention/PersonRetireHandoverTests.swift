import Foundation
import Testing
import TamgaTestSupport

/// Retiring a person must not hand their records over (attacker session 39,
/// F9). D-0042 gave no transfer consent, so the hand-over plan withholds both
/// documents that name him. Revision 2 of the interview drops his entry and
/// he is retired: the registry forgets him, so the plan used to stop reading
/// his name in VR-2014-017 and transferred it, his name in full in its
/// internal text, with nothing said at the retirement. A retired person's
/// spellings still need transfer consent; recording it is the way to hand over.
@Suite struct PersonRetireHandoverTests {
    @Test func aRetiredPersonsRecordsStayWithheldFromTheSuccessorUntilTransferConsentIsRecorded() throws {
        let v = try CLIVault()
        let files = try ["INT-2014-044.md", "VR-2014-017.md"].map { try v.folder.write($0, try CLIVault.example($0)) }
        #expect(try v.run(["add"] + files).status == 0)
        let successor = try CLIVault()
        let invitation = try successor.run(["handover", "invitation"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        let before = try HandoverCommandTests.plan(v, invitation)
        #expect(before.disposition("VR-2014-017") == "withheld" && before.disposition("INT-2014-044") == "withheld", "\(before.items)")

        let interview = try CLIVault.example("INT-2014-044.md")
        let start = try #require(interview.range(of: "persons:\n")), end = try #require(interview.range(of: "sensitive:\n"))
        let revised = String(interview[..<start.lowerBound]) + String(interview[end.lowerBound...])
        #expect(try v.run(["add", try v.folder.write("INT-2014-044.rev2.md", revised)]).status == 0)
        let retired = try v.run(["person", "retire", "D-0042", "--reason", "not declared any more", "--yes"])
        #expect(retired.status == 0, "\(retired.standardError)")

        let after = try HandoverCommandTests.plan(v, invitation)
        for id in ["VR-2014-017", "INT-2014-044"] {
            let item = try #require(after.items.first { $0.id == id })
            #expect(item.disposition == "withheld" && item.withoutConsent.contains("D-0042"), "\(id): \(item)")
        }
        // The way to hand them over: transfer consent, recorded for the retired person too.
        let consent = try v.run(["person", "consent", "D-0042", "--grant", "transfer", "--date", "2025-09-20", "--obtained-by", "Admin"])
        #expect(consent.status == 0, "\(consent.standardError)")
        let consented = try HandoverCommandTests.plan(v, invitation)
        #expect(consented.disposition("VR-2014-017") == "transferred", "\(consented.items)")
    }
}
