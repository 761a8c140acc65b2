import Foundation
import Testing
import TamgaTestSupport

/// Issue 19 item 14: tag counts are called tag mentions, and the public
/// recommendation table does not list the statuses its cells suppress.
@Suite struct StatisticsWordingTests {
    @Test func tagCountsAreCalledMentions() throws {
        let v = try ExportTests.vaultWithExamples()
        let byTag = try v.run(["stats", "--audience", "state", "--by", "facility", "--by", "tag"]).standardOutput
        #expect(byTag.hasPrefix("Tag mentions by facility and tag") && byTag.contains("not documents"), "\(byTag)")
        let byFacility = try v.run(["stats", "--audience", "state", "--by", "facility"]).standardOutput
        #expect(byFacility.hasPrefix("Documents by facility"), "\(byFacility)")
    }

    @Test func thePublicTableListsNoStatusItsCellsSuppress() throws {
        let v = try ExportTests.vaultWithExamples()
        #expect(try v.run(["rec", "respond", "R-2014-017-2", "--from", "Ministry of Health", "--date", "2015-02-01",
                           "--status", "accepted"]).status == 0)
        let listed = try v.run(["rec", "table", "--audience", "public"]).standardOutput
        let rows = listed.components(separatedBy: "Recommendations (public):\n").last!.split(separator: "\n")
        #expect(!rows.isEmpty)
        for row in rows {
            #expect(row.contains("status withheld (small count)") && !row.contains("accepted") && !row.contains("no-response"), "\(row)")
        }
        let state = try v.run(["rec", "table", "--audience", "state"]).standardOutput
        #expect(state.contains("R-2014-017-2  accepted"), "\(state)")
    }
}
