import Foundation
import Testing
import TamgaCore
import TamgaTestSupport
@testable import TamgaVault

/// The annual summary, follow-up report and recommendation tracking use
/// cases called as a front end would, without the CLI (issue 20).
@Suite struct SignedReportTests {
    let vault: VaultFixture
    let out: TemporaryFolder

    /// A vault with the shipped example visit reports, added as `tamga add` adds them.
    init() throws {
        vault = try VaultFixture()
        out = try TemporaryFolder("tamga-report-out")
        let admin = try vault.unlock()
        let policy = try PolicyStore(paths: admin.paths).current(admin).policy
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples")
        let documents = try ["INT-2014-044.md", "VR-2014-017.md", "VR-2015-003.md"].map { name in
            try DocumentIntake.read(examples.appendingPathComponent(name), label: name, policy: policy)
        }
        _ = try DocumentAddition(vault: admin).add(documents.map { ($0.0, $0.1) })
    }

    private func exports(_ document: String) throws -> [DisclosureLedger.Entry] {
        try DisclosureLedger.load(try vault.unlock()).entries.filter { $0.document == document }
    }

    @Test func theAnnualSummaryIsWrittenSignedAndLogged() throws {
        let target = out.url.appendingPathComponent("summary.html")
        let result = try AnnualSummaryExport(vault: try vault.unlock()).write(.init(year: 2014, audience: .public, format: .html,
                                                                                    output: target.path))
        #expect(result.path == target.path)
        #expect(result.reports == ["VR-2014-017"])
        #expect(FileManager.default.fileExists(atPath: target.path + ".minisig"))
        #expect(try exports("summary 2014").last?.sha256 == SHA256Hex.of(try DurableFile.readAll(target)))
    }

    @Test func aSummaryIsNotWrittenInsideTheVault() throws {
        let inside = vault.paths.root.appendingPathComponent("summary.html")
        #expect(throws: VaultError.self) {
            try AnnualSummaryExport(vault: try vault.unlock()).write(.init(year: 2014, audience: .public, format: .html, output: inside.path))
        }
        #expect(try exports("summary 2014").isEmpty)
    }

    @Test func aResponseAndAVerificationChangeTheFollowUpReport() throws {
        let admin = try vault.unlock()
        try RecommendationTracking(vault: admin).respond("R-2014-017-2", from: "Ministry of Health", date: "2015-02-01",
                                                         status: .accepted, text: nil)
        try RecommendationTracking(vault: admin).verify("R-2014-017-2", visit: "VR-2015-003", finding: .partially)
        #expect(try RecommendationDesk(vault: admin).history("R-2014-017-2").count == 2)
        let target = out.url.appendingPathComponent("follow-up.md")
        let path = try FollowUpReportExport(vault: admin).write(.init(addressee: "Ministry of Health", audience: .state,
                                                                      format: .markdown, output: target.path))
        #expect(path == target.path)
        let text = String(decoding: try DurableFile.readAll(target), as: UTF8.self)
        #expect(text.contains("R-2014-017-2"))
        #expect(FileManager.default.fileExists(atPath: target.path + ".minisig"))
        #expect(try exports("follow-up: Ministry of Health").count == 1)
    }

    /// `--to` is the user's text, printed in the report and the signature:
    /// a protected name, a phone number or a sensitive string there stops
    /// the report, whether or not a recommendation is addressed to it (red
    /// team round 9, E-029 and E-401 to E-409).
    @Test(arguments: ["Sadykov", "Садыкову", "A. Sadykov", "+996 555 123 456", "cell 14"])
    func anAddresseeThatIsProtectedTextIsRefused(_ addressee: String) throws {
        let target = out.url.appendingPathComponent("follow-up.md")
        #expect(throws: (any Error).self) {
            _ = try FollowUpReportExport(vault: try vault.unlock()).write(.init(addressee: addressee, audience: .state, format: .markdown,
                                                                                output: target.path))
        }
        #expect(!FileManager.default.fileExists(atPath: target.path))
        // An ordinary addressee that no recommendation names still gets its (empty) report.
        _ = try FollowUpReportExport(vault: try vault.unlock()).write(.init(addressee: "Ministry of Culture", audience: .state,
                                                                            format: .markdown, output: target.path))
        #expect(FileManager.default.fileExists(atPath: target.path))
    }

    @Test func anUnknownRecommendationOrABadDateIsRefused() throws {
        let admin = try vault.unlock()
        #expect(throws: (any Error).self) {
            try RecommendationTracking(vault: admin).respond("R-0000", from: "X", date: "2015-02-01", status: .accepted, text: nil)
        }
        #expect(throws: VaultError.self) {
            try RecommendationTracking(vault: admin).respond("R-2014-017-1", from: "X", date: "01.02.2015", status: .accepted, text: nil)
        }
        #expect(try RecommendationDesk(vault: admin).history("R-2014-017-1").isEmpty)
    }
}
