/// One visit of the annual summary: what statistics may count about the
/// report (its front matter) and the report as projected for the summary's
/// audience. The pair is checked to be one document, so the chart, the
/// list of visits and the report texts cannot disagree.
public struct SummaryVisit: Sendable, Hashable {
    public let record: StatisticsRecord
    public let report: Projection

    public init(record: StatisticsRecord, report: Projection) throws(StatisticsError) {
        guard record.id == report.documentID else {
            throw StatisticsError(.mismatchedVisit, "the record of \(record.id) was paired with the projection of \(report.documentID)",
                                  hint: "Build each visit from one document and its own projection.")
        }
        self.record = record
        self.report = report
    }

    /// The facility as the audience sees it.
    public var facility: String? { report.metadata.facility }
}
