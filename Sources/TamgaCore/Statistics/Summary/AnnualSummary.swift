/// The public annual summary (OPCAT art. 23; DR-18): the visits of a year,
/// the released parts of each report, a table of findings by theme and
/// month with disclosure control, and a chart of visits and findings per
/// month. It is built only from projections (already redacted for the
/// audience) and front-matter records, so it holds no person data that the
/// projector did not already release; the vault still leak-scans the
/// rendered file against every report of the year, as for any export.
///
///     let visits = try reports.map { try SummaryVisit(record: StatisticsRecord(document: $0, projected: projection[$0]),
///                                                     report: projection[$0]) }
///     let summary = try AnnualSummary(year: 2014, visits: visits, policy: policy, audience: .public)
///     let html = summary.rendered(as: .html)
///
/// The findings table is always tags by month over the year's visit
/// reports, and the chart's findings are its column totals. A separate
/// table on the same documents with different suppression would be a
/// linked table: a count one of them hides could be recovered from the
/// other's totals. Other groupings are for `tamga stats`.
public struct AnnualSummary: Sendable, Hashable {
    public let year: Int
    public let audience: Audience
    /// The policy's label for the audience ("Public").
    public let audienceLabel: String
    /// The banner on every page ("PUBLIC").
    public let classification: String
    /// In date order, then by document id.
    public let visits: [SummaryVisit]
    /// Tags by month, January to December, with the audience's disclosure control.
    public let findings: StatisticsTable
    /// Twelve entries, January first.
    public let months: [MonthActivity]
    /// The language of the summary's own words (`ExportCatalogue.summary`)
    /// and of the audience's label and banner: the one given, else the one
    /// most of the visit reports are in (a tie is English).
    public let language: DocumentLanguage
    /// Set only for the leak scan's reading (`scannedText`): the catalogue's words rendered as spaces.
    var blanksTemplate = false

    public init(year: Int, visits: [SummaryVisit], policy: Policy, audience: Audience,
                language: DocumentLanguage? = nil) throws(StatisticsError) {
        guard (1...9999).contains(year), let start = CalendarDate(iso: CalendarDate.padded(year, 4) + "-01-01"),
              let end = CalendarDate(iso: CalendarDate.padded(year, 4) + "-12-31") else {
            throw StatisticsError(.invalidYear, "\(year) is not a year tamga can summarize", hint: "Give a year from 1 to 9999.")
        }
        for visit in visits {
            guard visit.record.date.year == year else {
                throw StatisticsError(.visitOutsideYear, "\(visit.record.id) is dated \(visit.record.date), not in \(year)",
                                      hint: "Pass only the visits of the summarized year.")
            }
            guard visit.report.audience == audience else {
                throw StatisticsError(.mismatchedVisit, "\(visit.record.id) was projected for \(visit.report.audience.rawValue), not \(audience.rawValue)",
                                      hint: "Project every report for the summary's audience.")
            }
        }
        self.year = year
        self.audience = audience
        let language = language ?? DocumentLanguage.majority(of: visits.map(\.report.language))
        self.language = language
        let worded = policy.localized(to: language)
        audienceLabel = worded.audiences[audience]?.label ?? audience.rawValue
        classification = worded.audiences[audience]?.banner ?? audience.rawValue.uppercased()
        self.visits = visits.sorted { ($0.record.date, $0.record.id) < ($1.record.date, $1.record.id) }
        let query = try StatisticsQuery(rows: .tag, columns: .month, from: start, to: end)
        let table = StatisticsTable(counting: visits.map(\.record), query: query, for: audience, policy: policy)
        findings = table
        months = (1...12).map { month in
            MonthActivity(month: month, visits: visits.filter { $0.record.date.month == month }.count,
                          findings: table[CellPosition(row: nil, column: month - 1)])
        }
    }

    /// The summary as a self-contained HTML page or as Markdown.
    public func rendered(as format: SummaryFormat) -> String {
        switch format {
        case .html: SummaryHTMLRenderer.render(self)
        case .markdown: SummaryMarkdownRenderer.render(self)
        }
    }

    /// What a suppressed count shows: `<5` below the threshold, `x` as cover.
    func display(_ count: PublishedCount) -> String {
        switch count {
        case let .count(value): String(value)
        case .suppressed(.belowThreshold(let threshold)): "<\(threshold)"
        case .suppressed(.protects): "x"
        }
    }

    /// The summary's own words, in its language.
    var texts: ExportCatalogue.SummaryTexts {
        let texts = ExportCatalogue.for(language).summary
        return blanksTemplate ? texts.blanked : texts
    }

    /// The findings table with its words in the summary's language.
    var findingsTable: SummaryFindingsTable { SummaryFindingsTable(table: findings, texts: texts, year: year) }

    /// The sentences that open the summary: what it is made of.
    var introduction: [String] {
        var lines = [texts.introduction(year), texts.findingDefinition]
        if let threshold = findings.disclosure.threshold { lines.append(texts.suppressionNote(threshold)) }
        return lines
    }
}

/// The formats of the annual summary.
public enum SummaryFormat: String, CaseIterable, Sendable, Hashable {
    case html
    case markdown = "md"

    public var fileExtension: String { rawValue }

    /// The export format the leak scan reads it as.
    public var exportFormat: ExportFormat {
        switch self {
        case .html: .html
        case .markdown: .markdown
        }
    }
}
