import Foundation
import Testing
@testable import TamgaCore

@Suite struct SummaryTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// A visit from front-matter values and a projected report made of
    /// the given blocks, as the vault would pass it.
    static func visit(_ id: String, _ date: String, facility: String? = "IVS-1", tags: [String] = [],
                      title: String? = nil, blocks: [ProjectedBlock] = [], audience: Audience = .public) throws -> SummaryVisit {
        let rule = try #require(Fixture.policy.audiences[audience])
        let report = Projection(
            documentID: id, audience: audience, audienceLabel: rule.label, classification: rule.banner,
            metadata: ProjectedMetadata(title: title, date: date, kind: "visit-report", facility: facility, authors: []),
            blocks: blocks, recommendations: [], manifest: WithheldManifest(counts: []),
            disclosure: Disclosure(namedPersonIDs: [], pseudonyms: [:]))
        let record = StatisticsRecord(id: id, kind: "visit-report", facility: facility, date: Self.date(date), tags: tags)
        return try SummaryVisit(record: record, report: report)
    }

    /// Jan: 3 visits tagged a, b; Mar: 1 tagged a; Jun: 3 tagged a, b, c;
    /// Jul: 2 untagged. Findings: Jan 6, Mar 1, Jun 9, Jul 0.
    static func year(_ audience: Audience) throws -> [SummaryVisit] {
        var visits: [SummaryVisit] = []
        for day in 1...3 { visits.append(try visit("J\(day)", "2014-01-0\(day)", tags: ["a", "b"], audience: audience)) }
        visits.append(try visit("M1", "2014-03-10", tags: ["a"], audience: audience))
        for day in 1...3 { visits.append(try visit("U\(day)", "2014-06-1\(day)", tags: ["a", "b", "c"], audience: audience)) }
        for day in 1...2 { visits.append(try visit("L\(day)", "2014-07-2\(day)", audience: audience)) }
        return visits
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func stateSummaryHasExactMonthlyCounts() throws {
        let summary = try AnnualSummary(year: 2014, visits: Self.year(.state), policy: Fixture.policy, audience: .state)
        #expect(summary.months.map(\.visits) == [3, 0, 1, 0, 0, 3, 2, 0, 0, 0, 0, 0])
        #expect(summary.months.map(\.findings.value) == [6, 0, 1, 0, 0, 9, 0, 0, 0, 0, 0, 0])
        #expect(summary.findings.suppressions.isEmpty)
        #expect(summary.classification == "SHARED WITH STATE AUTHORITIES")
    }

    @Test func publicSummaryTakesTheChartsFindingsFromTheSuppressedTable() throws {
        let summary = try AnnualSummary(year: 2014, visits: Self.year(.public), policy: Fixture.policy, audience: .public)
        #expect(summary.months.map(\.visits) == [3, 0, 1, 0, 0, 3, 2, 0, 0, 0, 0, 0])
        #expect(summary.months[2].findings == .suppressed(.belowThreshold(5)))
        #expect(summary.months[6].findings == .count(0))
        for (index, month) in summary.months.enumerated() {
            #expect(month.findings == summary.findings[CellPosition(row: nil, column: index)])
        }
        #expect(StatisticsFixture.recoverable(summary.findings).isEmpty)
        #expect(summary.findings[CellPosition(row: 2, column: nil)].suppression != nil)
    }

    @Test(arguments: [Audience.state, .public])
    func chartHasABarPerNonZeroShownCountAndALabelPerValue(audience: Audience) throws {
        let summary = try AnnualSummary(year: 2014, visits: Self.year(audience), policy: Fixture.policy, audience: audience)
        let html = summary.rendered(as: .html)
        #expect(Self.count("<svg ", in: html) == 1)
        #expect(Self.count("class=\"bar visits\"", in: html) == 4)
        let shownFindings = summary.months.filter { ($0.findings.value ?? 0) > 0 }.count
        #expect(Self.count("class=\"bar findings\"", in: html) == shownFindings)
        #expect(Self.count("class=\"value visits\"", in: html) == 12)
        #expect(Self.count("class=\"value findings\"", in: html) == 12)
        #expect(Self.count("class=\"month\"", in: html) == 12)
        for name in ["Jan", "Jun", "Dec"] { #expect(html.contains(">\(name)</text>")) }
        #expect(html.contains("<title id=\"chart-title\">Visits and findings per month, 2014</title>"))
        #expect(html.contains("<desc id=\"chart-desc\">January: 3 visits, findings"))
        #expect(html.contains("<pattern id=\"hatch\""))
        if audience == .state {
            #expect(shownFindings == 3)
            #expect(html.contains(">9</text>"))
        } else {
            #expect(html.contains("March: 1 visit, findings &lt;5"))
        }
    }

    @Test func htmlIsSelfContainedAndBannered() throws {
        let summary = try AnnualSummary(year: 2014, visits: Self.year(.public), policy: Fixture.policy, audience: .public)
        let html = summary.rendered(as: .html)
        #expect(html.contains("<header class=\"banner\">PUBLIC</header>"))
        #expect(html.contains("<footer class=\"banner\">PUBLIC</footer>"))
        for forbidden in ["<script", "src=", "href=", "@import", "javascript:", "<link", "<img"] {
            #expect(!html.lowercased().contains(forbidden), "\(forbidden)")
        }
        // The only url() is the hatching pattern defined in the same SVG.
        #expect(Self.count("url(", in: html) == Self.count("url(#hatch)", in: html))
    }

    @Test func everyTextIsEscaped() throws {
        let hostile = "<script>alert(1)</script> & \"Ak\" 'Bulak'"
        let visit = try Self.visit("X-1", "2014-05-05", facility: hostile, tags: ["<b>tag</b>"], title: "<i>title</i>",
                                   blocks: [.heading(rank: 2, text: "<h1>Summary</h1>"), .paragraph(text: "a < b & c")])
        let html = try AnnualSummary(year: 2014, visits: [visit], policy: Fixture.policy, audience: .public).rendered(as: .html)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>tag"))
        #expect(!html.contains("<i>title"))
        #expect(!html.contains("<h1>Summary"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Ak&quot; &#39;Bulak&#39;"))
        #expect(html.contains("&lt;b&gt;tag&lt;/b&gt;"))
        #expect(html.contains("a &lt; b &amp; c"))
    }

    @Test func markdownReplacesTheChartByATable() throws {
        let summary = try AnnualSummary(year: 2014, visits: Self.year(.public), policy: Fixture.policy, audience: .public)
        let markdown = summary.rendered(as: .markdown)
        #expect(!markdown.contains("<svg"))
        #expect(markdown.contains("| Month | Visits | Findings |"))
        #expect(markdown.contains("| January | 3 | "))
        #expect(markdown.contains("| March | 1 | <5 |"))
        #expect(markdown.contains("- Classification: PUBLIC"))
    }

    @Test func withheldMarkersAreLeftOutAndHeadingsNestUnderTheReport() throws {
        let visit = try Self.visit("X-1", "2014-05-05", title: "Visit to X",
                                   blocks: [.heading(rank: 2, text: "Summary"), .paragraph(text: "All cells seen."),
                                            .withheld(scope: .section, marker: "[Section withheld.]")])
        let summary = try AnnualSummary(year: 2014, visits: [visit], policy: Fixture.policy, audience: .public)
        let html = summary.rendered(as: .html), markdown = summary.rendered(as: .markdown)
        #expect(html.contains("<h3>Visit to X</h3>"))
        #expect(html.contains("<h5>Summary</h5>"))
        #expect(html.contains("<p>All cells seen.</p>"))
        #expect(markdown.contains("##### Summary"))
        for text in [html, markdown] { #expect(!text.contains("[Section withheld.]")) }
    }

    @Test func refusesVisitsOfAnotherYearAudienceOrDocument() throws {
        let other = #expect(throws: StatisticsError.self) {
            try AnnualSummary(year: 2015, visits: [Self.visit("X-1", "2014-05-05")], policy: Fixture.policy, audience: .public)
        }
        #expect(other?.code == .visitOutsideYear)
        let audience = #expect(throws: StatisticsError.self) {
            try AnnualSummary(year: 2014, visits: [Self.visit("X-1", "2014-05-05", audience: .state)], policy: Fixture.policy, audience: .public)
        }
        #expect(audience?.code == .mismatchedVisit)
        let visit = try Self.visit("X-1", "2014-05-05")
        let mismatched = #expect(throws: StatisticsError.self) {
            try SummaryVisit(record: StatisticsRecord(id: "Y-2", kind: "visit-report", facility: nil, date: Self.date("2014-05-05"), tags: []),
                             report: visit.report)
        }
        #expect(mismatched?.code == .mismatchedVisit)
        let year = #expect(throws: StatisticsError.self) {
            try AnnualSummary(year: 0, visits: [], policy: Fixture.policy, audience: .public)
        }
        #expect(year?.code == .invalidYear)
    }
}
