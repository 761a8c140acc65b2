import Foundation
import Testing
import TamgaTestSupport

/// Attacker 40b, F1: a consent withdrawal recorded on one copy (a revision
/// of the interview taking consent away) and a destruction of that
/// interview made apart on another copy, which never saw it. The
/// withdrawal is logged by the revision's own add entry, which no
/// destruction removes: after both copies sync, neither the name nor the
/// photo goes to the State from the report that still declares him.
@Suite(.serialized) struct SyncDestroyApartWithdrawalTests {
    @Test func aWithdrawalMadeApartOutlivesTheDestructionOfItsDocument() throws {
        let team = try SyncTeam()
        let a = team.admin
        let report = try CLIVault.reportDeclaringTheDetainee().replacingOccurrences(of: "    consent: []", with: "    consent: [state]")
        let interview = try CLIVault.example("INT-2014-044.md").replacingOccurrences(of: "    consent: []", with: "    consent: [state]")
            + "\nConsent to be named to the State recorded on 2014-10-29.\n"
        try a.run(["add", try team.origin.folder.write("vr.md", report), try team.origin.folder.write("int.md", interview)])
        let photo = try EvidenceFixture.image("injuries.png", in: team.origin.folder)
        try a.run(["attach", "VR-2014-017", photo, "--level", "state", "--depicts", "D-0042", "--consent", "state"])
        try team.publish()
        let bob = try team.clone("copy-bob", member: "Bob")

        // Bob, in the field, records the withdrawal in the interview; the office destroys the interview apart.
        let withdrawn = interview.replacingOccurrences(of: "    consent: [state]", with: "    consent: []") + "\nWithdrawn on 2014-12-01.\n"
        try bob.run(["add", try team.origin.folder.write("withdrawn.md", withdrawn)])
        try a.run(["destroy", "INT-2014-044", "--reason", "retention", "--yes"])
        try bob.run(["sync"])
        try a.run(["sync"])
        try bob.run(["sync"])

        for copy in [a, bob] {
            #expect(!(try copy.run(["list"]).standardOutput.contains("INT-2014-044")), "\(copy.member)")
            let shown = try copy.run(["person", "show", "D-0042"]).standardOutput
            #expect(shown.contains("named to state: no") && shown.contains("withdrew state"), "\(copy.member): \(shown)")
            let out = team.origin.folder.path("out-\(copy.member)")
            try copy.run(["export", "VR-2014-017", "--audience", "state", "--with-attachments", "-o", out + "/"])
            let files = EvidenceFixture.listing(out)
            #expect(!files.contains { $0.contains("attachment-") }, "\(copy.member): \(files)")
            let text = try String(contentsOfFile: out + "/VR-2014-017.state.md", encoding: .utf8)
            #expect(!text.contains("Sadykov"), "\(copy.member): \(text)")
        }
    }
}
