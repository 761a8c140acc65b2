extension ExportCatalogue {
    /// The annual summary's own words (`tamga summary`): headings, labels,
    /// table headers, the chart's title and legend, month names. The
    /// numbers, tags, facilities and the reports' released text are data
    /// and are printed as they are; the JSON forms never change.
    public struct SummaryTexts: Sendable {
        /// "Annual summary 2014": the page title and first heading.
        let title: @Sendable (Int) -> String
        let yearLabel, audienceLabel, classificationLabel: String
        /// The introduction's first sentence, for the year.
        let introduction: @Sendable (Int) -> String
        /// What a finding is.
        let findingDefinition: String
        /// How suppressed counts show, for the threshold.
        let suppressionNote: @Sendable (Int) -> String
        let visitsHeading, chartHeading, findingsHeading, reportsHeading: String
        /// "No visits are recorded for 2014."
        let noVisits: @Sendable (Int) -> String
        /// The visits table's headers.
        let date, place, report: String
        /// The chart's series and the month table's headers.
        let month, visits, findings: String
        /// The series inside a sentence ("2 visits" on a bar, "findings 3"
        /// in the chart's description).
        let visitsWord, findingsWord: String
        /// The chart's legend for the findings series.
        let findingsLegend: String
        /// "Visits and findings per month, 2014".
        let chartTitle: @Sendable (Int) -> String
        /// "1 visit", "3 visits", for the chart's description.
        let visitNoun: CountedNoun
        /// The sentence that opens the reports' part.
        let releasedOnly: String
        /// January to December, and their short forms for the chart's axis.
        let months, shortMonths: [String]
        /// The findings table: its caption for the year, its corner header,
        /// the total row and column, the legend and the suppression reasons.
        let findingsCaption: @Sendable (Int) -> String
        let corner, total, mentionsLegend: String
        let thresholdLegend: @Sendable (Int) -> String
        let belowThreshold: @Sendable (Int) -> String
        /// "protects" in "Total / 2014-10: protects overcrowding / 2014-10".
        let protects: String
    }
}
