import Foundation
import Testing
import TamgaTestSupport

/// An erasure travels with `tamga sync` (issue 18): a copy made before it,
/// on which a revision naming the person was added apart, does not bring
/// the name back; the old data keys leave every repository and copy; the
/// copies converge and the documents stay.
@Suite(.serialized) struct SyncEraseTests {
    @Test func aRevisionMadeApartDoesNotBringTheNameBackAndTheOldKeysLeaveEveryRepository() throws {
        let team = try SyncTeam()
        try team.publish()
        let a = team.admin
        let b = try team.clone("copy-b", member: "Bob")
        try b.run(["list"])
        let keys = try DataKeyRefSyncTests.keyBlobs(team, a)

        // Apart: A erases D-0042, B adds a revision naming him again.
        try a.run(["person", "erase", "D-0042", "--reason", "erasure asked", "--yes"])
        let gone = keys.filter { try! DataKeyRefSyncTests.keyBlobs(team, a)[$0.key] == nil }
        #expect(!gone.isEmpty, "the erasure left every old data key")
        let revised = try CLIVault.example("INT-2014-044.md") + "\nAibek Sadykov asked again about his mother.\n"
        try b.run(["add", try team.origin.folder.write("revised.md", revised)])

        try a.run(["sync"])
        try b.run(["sync", "--refresh"])
        try a.run(["sync", "--refresh"])
        try b.run(["sync"])
        try a.run(["sync"])
        for copy in [a, b] {
            let shown = try copy.run(["show", "INT-2014-044"]).standardOutput
            #expect(!shown.contains("Sadykov") && shown.contains("erased: true"), "\(copy.member): \(shown)")
            let report = try copy.run(["show", "VR-2014-017"]).standardOutput
            #expect(!report.contains("Sadykov"), "\(copy.member): \(report)")
            #expect(try copy.run(["person", "show", "D-0042"]).standardOutput.contains("erased"))
            let check = try copy.run(["check", "--tidy"])
            #expect(!check.standardOutput.contains("problem"), "\(copy.member): \(check.standardOutput)")
        }
        try a.run(["sync"])
        try b.run(["sync"])
        try a.run(["sync"])
        #expect(try a.head() == b.head())
        for repo in [team.remote, a.path, b.path] {
            let kept = try DataKeyRefSyncTests.allObjects(team, repo).intersection(gone.values)
            #expect(kept.isEmpty, "\(repo) still holds \(kept.count) superseded data-key blob(s)")
        }
        #expect(try DataKeyRefSyncTests.keyBlobs(team, b).keys.allSatisfy { gone[$0] == nil })
    }
}
