import Foundation
import Testing
import TamgaTestSupport

/// A destruction travels with `tamga sync` (issue 18): a copy that added a
/// revision before it heard of the tombstone does not bring the document
/// back, the files go, and the copies converge.
@Suite(.serialized) struct SyncDestroyTests {
    @Test func aRevisionMadeApartDoesNotBringADestroyedDocumentBack() throws {
        let team = try SyncTeam()
        try team.publish()
        let a = team.admin
        let b = try team.clone("copy-b", member: "Bob")
        try b.run(["list"])

        // Apart: A destroys the interview, B adds a revision of it.
        try a.run(["destroy", "INT-2014-044", "--reason", "erasure asked", "--yes"])
        let revised = try CLIVault.example("INT-2014-044.md").replacingOccurrences(of: "title: ", with: "title: Revised ")
        try b.run(["add", try team.origin.folder.write("revised.md", revised)])

        try a.run(["sync"])
        try b.run(["sync", "--refresh"])
        try a.run(["sync", "--refresh"])
        try b.run(["sync"])
        for copy in [a, b] {
            #expect(try !copy.run(["list"]).standardOutput.contains("INT-2014-044"), "\(copy.member) lists it")
            try copy.run(["show", "INT-2014-044"], expect: 66)
            let check = try copy.run(["check", "--tidy"])
            #expect(!check.standardOutput.contains("problem"), "\(copy.member): \(check.standardOutput)")
            #expect(!check.standardOutput.contains("destroyed by a signed entry"), "\(copy.member): \(check.standardOutput)")
        }
        try a.run(["sync"])
        try b.run(["sync"])
        try a.run(["sync"])
        #expect(try a.head() == b.head())
        #expect(try a.run(["list"]).standardOutput.contains("VR-2014-017"))
    }
}
