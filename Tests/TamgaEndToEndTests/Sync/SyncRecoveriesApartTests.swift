import Foundation
import Testing
import TamgaTestSupport

/// Both copies follow the refusal's advice (attacker session 39, F4): after
/// two erasures of one document made apart, each copy runs `tamga person
/// erase --recover` before syncing. Each recovery descends from the same two
/// erasures and erases both persons, so the two say the same; they used to
/// count as two more erasures made apart, and the document was lost again,
/// looping. Now readers recognise two recoveries of the same erasures made
/// apart and read the one with the lowest entry name: the copies converge.
@Suite(.serialized) struct SyncRecoveriesApartTests {
    @Test func twoRecoveriesMadeApartConvergeOnOne() throws {
        let team = try SyncErasuresApartTests.team()
        let a = team.admin
        let b = try team.clone("copy-b", member: "Bob")
        try a.run(["person", "erase", "D-0042", "--reason", "erasure asked", "--yes"])
        try b.run(["person", "erase", "W-0005", "--reason", "erasure asked", "--yes"])
        try a.run(["sync"])
        try b.run(["sync"])
        try a.run(["sync"])
        // Both recover, apart.
        try a.run(["person", "erase", "--recover"])
        try b.run(["person", "erase", "--recover"])
        try a.run(["sync"])
        try b.run(["sync", "--refresh"])
        try a.run(["sync", "--refresh"])
        let fresh = try team.clone("copy-fresh", member: "Admin")
        for copy in [a, b, fresh] {
            let interview = try copy.run(["show", "INT-2014-044"], expect: nil)
            #expect(interview.status == 0 && !interview.standardOutput.contains("Sadykov") && !interview.standardOutput.contains("Toktosunov")
                    && interview.standardOutput.contains(SyncErasuresApartTests.mother), "\(copy.member): \(interview.standardError)")
            let out = team.origin.folder.path("converged-\(copy.path.split(separator: "/").last ?? "").md")
            let export = try copy.run(["export", "VR-2014-017", "--audience", "state", "-o", out], expect: nil)
            #expect(export.status == 0, "\(copy.member): \(export.standardError)")
            let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
            #expect(!text.contains("Asanova") && !text.contains("Sadykov") && text.contains("Relative A"), "\(copy.member): \(text)")
            for person in ["D-0042", "W-0005"] {
                #expect(try copy.run(["person", "show", person]).standardOutput.contains("erased"), "\(copy.member) \(person)")
            }
            #expect(try copy.run(["person", "erase", "--recover"], expect: nil).standardError.contains("nothing to recover"))
        }
        // The other recovery's parts are superseded: `check --tidy` removes them, and `check` is clean.
        for copy in [a, b] {
            try copy.run(["check", "--tidy"])
            let check = try copy.run(["check"])
            #expect(!check.standardOutput.contains("problem"), "\(copy.member): \(check.standardOutput)")
        }
    }
}
