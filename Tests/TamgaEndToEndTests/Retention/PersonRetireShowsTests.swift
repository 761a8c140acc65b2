import Foundation
import Testing
import TamgaTestSupport

/// `tamga person retire` publishes the name wherever another document still
/// names the person (attacker session 38, #8: VR-2014-017's State export and
/// the stored State part named D-0042 at once, unannounced). The places are
/// listed before anything is written and must be confirmed (--yes for scripts).
@Suite struct PersonRetireShowsTests {
    @Test func retiringAPersonAnotherDocumentNamesListsItAndAsksFirst() throws {
        let v = try CLIVault()
        let files = try ["INT-2014-044.md", "VR-2014-017.md"].map { try v.folder.write($0, try CLIVault.example($0)) }
        #expect(try v.run(["add"] + files).status == 0)
        // Revision 2 of the interview drops his entry; its text, and the report's, still name him.
        let interview = try CLIVault.example("INT-2014-044.md")
        let start = try #require(interview.range(of: "persons:\n")), end = try #require(interview.range(of: "sensitive:\n"))
        let revised = String(interview[..<start.lowerBound]) + String(interview[end.lowerBound...])
        let added = try v.run(["add", try v.folder.write("INT-2014-044.rev2.md", revised)])
        #expect(added.status == 0, "\(added.standardError)")

        let refused = try v.run(["person", "retire", "D-0042", "--reason", "not declared any more"])
        #expect(refused.status != 0 && refused.standardError.contains("VR-2014-017") && refused.standardError.contains("--yes"),
                "\(refused.standardError)")
        #expect(try v.run(["person", "show", "D-0042"]).status == 0, "still in the registry")
        let before = v.folder.path("before.md")
        #expect(try v.run(["export", "VR-2014-017", "--audience", "state", "-o", before]).status == 0)
        #expect(!(try String(contentsOfFile: before, encoding: .utf8)).contains("Sadykov"))

        let retired = try v.run(["person", "retire", "D-0042", "--reason", "not declared any more", "--yes"])
        #expect(retired.status == 0 && retired.standardOutput.contains("retired: D-0042"), "\(retired.standardError)")
        #expect(retired.standardError.contains("VR-2014-017 now shows the name"), "\(retired.standardError)")
    }
}
