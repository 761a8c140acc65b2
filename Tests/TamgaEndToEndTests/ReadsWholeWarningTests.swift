import Foundation
import Testing
import TamgaTestSupport

/// Issue 19 item 16: `add` warns when a `sensitive` string or a protected
/// name falls inside a recommendation or the title, naming the place and
/// the audiences, never the text.
@Suite struct ReadsWholeWarningTests {
    static let document = """
        ---
        id: VR-2016-009
        kind: visit-report
        title: Visit to the basement block
        date: 2016-01-01
        facility: IVS-1 Bishkek
        level: public
        persons:
          D-0901:
            name: Bakyt Asanov
            role: detainee
            consent: []
        sensitive:
          - the basement
        ---

        ## Recommendations

        1. [Stop holding detainees in the basement.]{.recommendation #R-2016-009-1 to="GSIN" theme=overcrowding}
        2. [Examine Bakyt Asanov promptly.]{.recommendation #R-2016-009-2 to="Ministry of Health" theme=medical-care}
        3. [Train the staff.]{.recommendation #R-2016-009-3 to="GSIN" theme=overcrowding}

        """

    @Test func aRecommendationOrTitleThatWouldBeCutIsWarnedAbout() throws {
        let v = try CLIVault()
        let result = try v.run(["add", try v.folder.write("d.md", Self.document)])
        #expect(result.status == 0, "\(result.standardError)")
        let warnings = result.standardError.split(separator: "\n").filter { $0.hasPrefix("Warning: VR-2016-009") && $0.contains("has a part replaced") }
        #expect(warnings.count == 3, "\(warnings)")
        // Round 8, A4: Bakyt (бакыт, happiness) is an everyday word; the author hears it at add, without the word.
        #expect(result.standardError.contains("Warning: VR-2016-009: D-0901's given name is also an everyday word"))
        #expect(!result.standardError.contains("Bakyt"))
        #expect(warnings.contains { $0.contains("the title, as the State and the public will read it") })
        #expect(warnings.contains { $0.contains("recommendation R-2016-009-1") })
        #expect(warnings.contains { $0.contains("recommendation R-2016-009-2") })
        #expect(!warnings.contains { $0.contains("R-2016-009-3") })
        for secret in ["basement", "Asanov", "Bakyt"] { #expect(!result.standardError.contains(secret)) }
    }

    @Test func theShippedExamplesAddWithoutSuchWarnings() throws {
        let v = try CLIVault()
        let files = try ["VR-2014-017.md", "VR-2014-021.ru.md", "INT-2014-044.md", "VR-2015-003.md"].map {
            try v.folder.write($0, try CLIVault.example($0))
        }
        let result = try v.run(["add"] + files)
        #expect(result.status == 0)
        #expect(!result.standardError.contains("has a part replaced"), "\(result.standardError)")
    }
}
