import Foundation
import Testing
import TamgaTestSupport

/// Issue 19 item 7: `history` names authors and keeps its columns straight;
/// `log` says whom a consent entry is about and selects by document, person
/// and date.
@Suite struct LogAndHistoryTests {
    @Test func historyNamesTheAuthorInAlignedColumns() throws {
        let v = try ExportTests.vaultWithExamples()
        #expect(try v.run(["edit", "VR-2014-017"], extra: ["EDITOR": "sed -i s/unannounced/announced/"]).status == 0)
        let lines = try v.run(["history", "VR-2014-017"]).standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        let column = { (line: String, word: String) in line.range(of: word).map { line.distance(from: line.startIndex, to: $0.lowerBound) } }
        let authorColumn = try #require(column(lines[0], "AUTHOR"))
        let titleColumn = try #require(column(lines[0], "TITLE"))
        for line in lines.dropFirst() {
            #expect(column(line, "Admin") == authorColumn, "\(lines)")
            #expect(column(line, "Visit to") == titleColumn, "\(lines)")
        }
    }

    @Test func logSaysWhomConsentConcernsAndFilters() throws {
        let v = try ExportTests.vaultWithExamples()
        #expect(try v.run(["person", "consent", "D-0042", "--grant", "state", "--date", "2014-11-02", "--obtained-by", "A"]).status == 0)
        #expect(try v.run(["export", "VR-2014-021", "--audience", "state", "-o", v.folder.path("x.md")]).status == 0)
        let all = try v.run(["log"]).standardOutput
        #expect(all.contains("consent-grant audience=state persons=D-0042"), "\(all)")

        let person = try v.run(["log", "--person", "D-0042"]).standardOutput
        #expect(person.contains("consent-grant") && !person.contains("VR-2014-021"), "\(person)")
        let document = try v.run(["log", "--doc", "VR-2014-021"]).standardOutput.split(separator: "\n")
        #expect(!document.isEmpty && document.allSatisfy { $0.contains("VR-2014-021") }, "\(document)")
        #expect(try v.run(["log", "--since", "2999-01-01"]).standardOutput.isEmpty)
        #expect(try v.run(["log", "--since", "2000-01-01"]).standardOutput == all)
        #expect(try v.run(["log", "--since", "last week"]).status == 64)
    }
}
