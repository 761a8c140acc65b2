import Foundation
import Testing
import TamgaTestSupport

/// Issue 16, "stale stored projections" after a merge: one copy declares a
/// relative, the other mentions her in a State-level report. After merging
/// the files, a State member's `show` of that report must not print her
/// name: it is refused (stale) until a member cleared internal refreshes,
/// and then shows the pseudonym.
@Suite struct StaleProjectionMergeTests {
    static let relative = """
    ---
    id: INT-2031-001
    kind: interview
    title: Interview with a relative
    date: 2031-02-01
    persons:
      R-0001:
        name: Nurgul Toktosunova
        role: relative
        consent: []
    ---

    The mother was interviewed at home.

    """

    static let report = """
    ---
    id: VR-2031-002
    kind: visit-report
    title: Follow-up visit
    date: 2031-02-02
    level: state
    ---

    Nurgul Toktosunova brought food parcels that were not delivered.

    """

    @Test func aMergedDeclarationMakesTheOtherCopysStatePartStaleUntilRefreshed() throws {
        let origin = try CLIVault()
        let key = try origin.run(["member", "invite", "--name", "Liaison"]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try origin.run(["member", "add", "--member", "Admin", "Liaison", key, "--clearance", "state"]).status == 0)
        let teamA = origin.folder.path("team-a"), teamB = origin.folder.path("team-b")
        try VaultFiles.copy(origin.vault, to: teamA)
        try VaultFiles.copy(origin.vault, to: teamB)
        func run(_ vault: String, _ arguments: [String], member: String = "Admin") throws -> TamgaBinary.Result {
            try origin.run(arguments, extra: ["TAMGA_VAULT": vault, "TAMGA_MEMBER": member, "XDG_STATE_HOME": vault + "-state-" + member])
        }
        #expect(try run(teamA, ["add", try origin.folder.write("relative.md", Self.relative)]).status == 0)
        #expect(try run(teamB, ["add", try origin.folder.write("report.md", Self.report)]).status == 0)
        // Before the merge, team B's State version names her: nobody there knew to protect her.
        #expect(try run(teamB, ["show", "VR-2031-002"], member: "Liaison").standardOutput.contains("Toktosunova"))
        #expect(try Command.run("/bin/cp", ["-rn", teamB + "/.", teamA]).status == 0)

        let refused = try run(teamA, ["show", "VR-2031-002"], member: "Liaison")
        #expect(refused.status == 1, "\(refused.standardOutput)")
        #expect(!refused.standardOutput.contains("Toktosunova") && !refused.standardError.contains("Toktosunova"))
        #expect(refused.standardError.contains("the state version of VR-2031-002 (revision 1) was made before log entry"))
        #expect(refused.standardError.contains("tamga refresh"))
        #expect(try run(teamA, ["check"]).standardOutput.contains("stale: made before log/"))
        let listed = try run(teamA, ["list"], member: "Liaison").standardOutput
        #expect(listed.contains("VR-2031-002") && listed.contains("(stale: a member cleared internal must run `tamga refresh`)"), "\(listed)")
        #expect(!listed.contains("Follow-up visit"))

        #expect(try run(teamA, ["refresh"]).standardOutput.contains("re-projected"))
        let shown = try run(teamA, ["show", "VR-2031-002"], member: "Liaison")
        #expect(shown.status == 0, "\(shown.standardError)")
        #expect(!shown.standardOutput.contains("Toktosunova"))
        #expect(shown.standardOutput.contains("Relative A"), "\(shown.standardOutput)")
        let checked = try run(teamA, ["check"])
        #expect(checked.status == 0 && !checked.standardOutput.contains("stale"), "\(checked.standardOutput)")
        #expect(try run(teamA, ["list"], member: "Liaison").standardOutput.contains("Follow-up visit"))
    }
}
