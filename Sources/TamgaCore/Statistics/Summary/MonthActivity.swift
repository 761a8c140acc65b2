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

    /// "Jan" … "Dec", for the chart's axis.
    public var shortName: String { Self.names[month - 1].prefix(3).description }

    /// "January" … "December".
    public var name: String { Self.names[month - 1] }

    static let names = ["January", "February", "March", "April", "May", "June", "July",
                        "August", "September", "October", "November", "December"]
}
