import Foundation
import Testing
import TamgaTestSupport

/// The documents in `examples/` carry README's walk-through: every id it
/// names is shipped (issue 19 item 1: step 6 named a visit that was not).
@Suite struct ShippedExamplesTests {
    @Test func everyDocumentIdTheReadmeNamesIsShipped() throws {
        let readme = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        let shipped = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.examples.path)
        let named = Set(readme.matches(of: /\b(?:VR|INT)-\d{4}-\d{3}\b/).map { String($0.output) })
        #expect(!named.isEmpty)
        for id in named.sorted() {
            #expect(shipped.contains { $0.hasPrefix(id + ".") }, "README names \(id), which examples/ does not hold")
        }
    }

    @Test func theFollowUpVisitChecksARecommendation() throws {
        let v = try CLIVault()
        let files = try ["VR-2014-017.md", "VR-2015-003.md"].map { try v.folder.write($0, try CLIVault.example($0)) }
        #expect(try v.run(["add"] + files).status == 0)
        let result = try v.run(["rec", "verify", "R-2014-017-2", "--visit", "VR-2015-003", "--finding", "partially"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try v.run(["rec", "show", "R-2014-017-2"]).standardOutput.contains("partially"))
        #expect(try v.run(["rec", "repeats"]).standardOutput.contains("R-2015-003-1"))
    }
}
