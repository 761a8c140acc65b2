import Foundation
import Testing
import TamgaTestSupport

/// Two erasures of one document made apart on two copies (two persons):
/// after the merge neither side's revisions are read, so the document drops
/// out, and with it every person only it declares. Attacker session 38, #2:
/// a THIRD person (the detainee's mother, declared only by the interview)
/// left the registry, and the visit report's State export named her. Now
/// every export and refresh refuses while it lasts, naming the way out,
/// and `tamga person erase --recover` on a copy that made one of the
/// erasures brings the document and its persons back.
@Suite(.serialized) struct SyncErasuresApartTests {
    static let mother = "Cholpon Asanova"

    /// The interview declaring the detainee, a witness and his mother; the
    /// report naming the mother in a State passage, declaring only the detainee.
    static func team() throws -> SyncTeam {
        let team = try SyncTeam()
        let interview = try CLIVault.example("INT-2014-044.md").replacingOccurrences(of: "    born: 1991-03-02\n", with: """
                born: 1991-03-02
              W-0005:
                name: Nurbek Toktosunov
                role: witness
                consent: []
              R-0003:
                name: \(mother)
                role: relative
                consent: []

            """)
        let report = try CLIVault.reportDeclaringTheDetainee().replacingOccurrences(
            of: "showed the team bruising on the left forearm.",
            with: "showed the team bruising on the left forearm. The mother of one of them, \(mother), had complained to the prosecutor.")
        let o = team.origin
        for (name, text) in [("INT-2014-044.three.md", interview), ("VR-2014-017.mother.md", report)] {
            let added = try o.run(["add", "--member", "Admin", try o.folder.write(name, text)])
            guard added.status == 0 else { throw CLIVaultError(message: "add \(name): \(added.standardError)") }
        }
        try team.publish()
        return team
    }

    @Test func noNameWhileTheDocumentIsLostAndRecoveryBringsItBack() throws {
        let team = try Self.team()
        let a = team.admin
        let before = team.origin.folder.path("before.md")
        try a.run(["export", "VR-2014-017", "--audience", "state", "-o", before])
        #expect(!(try String(contentsOfFile: before, encoding: .utf8)).contains("Asanova"))
        let b = try team.clone("copy-b", member: "Bob")

        // Apart: A erases the detainee, B the witness, each in the interview.
        try a.run(["person", "erase", "D-0042", "--reason", "erasure asked", "--yes"])
        try b.run(["person", "erase", "W-0005", "--reason", "erasure asked", "--yes"])
        try a.run(["sync"])
        try b.run(["sync"])
        try a.run(["sync"])

        // The interview is unreadable on both copies: nothing that could name the mother goes ahead.
        for copy in [a, b] {
            let out = team.origin.folder.path("after-\(copy.member).md")
            let export = try copy.run(["export", "VR-2014-017", "--audience", "state", "-o", out], expect: nil)
            #expect(export.status != 0 && export.standardError.contains("tamga person erase --recover"), "\(export.standardError)")
            #expect(!FileManager.default.fileExists(atPath: out))
            let refresh = try copy.run(["refresh"], expect: nil)
            #expect(refresh.status != 0 && refresh.standardError.contains("--recover"), "\(refresh.standardError)")
            #expect(!(try copy.run(["show", "VR-2014-017", "--audience", "state"], expect: nil)).standardOutput.contains("Asanova"))
        }
        // A copy that made neither erasure holds neither side's keys: it says so and writes nothing.
        let c = try team.clone("copy-c", member: "Bob")
        let refused = try c.run(["person", "erase", "--recover"], expect: nil)
        #expect(refused.status != 0 && refused.standardError.contains("copy that made one of them"), "\(refused.standardError)")

        // B made one of them: it recovers, erasing A's person from its side.
        let recovered = try b.run(["person", "erase", "--recover"])
        #expect(recovered.standardOutput.contains("recovered: INT-2014-044") && recovered.standardOutput.contains("D-0042 erased again"),
                "\(recovered.standardOutput)")
        try b.run(["sync"])
        try a.run(["sync", "--refresh"])
        try a.run(["check", "--tidy"])
        for copy in [a, b] {
            let interview = try copy.run(["show", "INT-2014-044"]).standardOutput
            #expect(!interview.contains("Sadykov") && !interview.contains("Toktosunov") && interview.contains(Self.mother),
                    "\(copy.member): \(interview)")
            #expect(try copy.run(["person", "show", "R-0003"]).standardOutput.contains("INT-2014-044"))
            let out = team.origin.folder.path("recovered-\(copy.member).md")
            try copy.run(["export", "VR-2014-017", "--audience", "state", "-o", out])
            let text = try String(contentsOfFile: out, encoding: .utf8)
            #expect(!text.contains("Asanova") && !text.contains("Sadykov") && text.contains("Relative A"), "\(copy.member): \(text)")
            let check = try copy.run(["check"])
            #expect(!check.standardOutput.contains("problem"), "\(copy.member): \(check.standardOutput)")
        }
        #expect(try b.run(["person", "erase", "--recover"], expect: nil).standardError.contains("nothing to recover"))
    }
}
