/// One month of the annual summary's chart.
public struct MonthActivity: Sendable, Hashable {
    /// 1 to 12.
    public let month: Int
    /// Visits are listed one by one in the summary (facility and date), so
    /// their monthly count is published as is.
    public let visits: Int
    /// Findings: tags on the month's visit reports, a report counting once
    /// per tag. This is the column total of the summary's findings table,
    /// with that table's suppression, so the chart can never reveal what
    /// the table hides.
    public let findings: PublishedCount

    /// The month's name on the chart's axis ("Oct", "окт"), in the summary's language.
    func shortName(_ texts: ExportCatalogue.SummaryTexts) -> String { texts.shortMonths[month - 1] }

    /// The month's name ("October", "Октябрь"), in the summary's language.
    func name(_ texts: ExportCatalogue.SummaryTexts) -> String { texts.months[month - 1] }
}
