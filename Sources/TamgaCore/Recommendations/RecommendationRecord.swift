/// A recommendation as the vault follows it (DR-16, DR-17): made in a report
/// on a date about a facility, addressed to an authority, on a theme, at the
/// level of the text around it. Derived from the documents, never typed twice.
public struct RecommendationRecord: Sendable, Hashable, Codable {
    public let id: String
    /// The text as written in the source (internal: may need redaction for an audience).
    public let text: String
    /// The report that made it.
    public let report: String
    public let date: String
    public let facility: String?
    public let addressee: String?
    public let theme: String?
    public let level: Level
    /// Where it is written: `file:line`.
    public let place: String

    public init(id: String, text: String, report: String, date: String, facility: String?,
                addressee: String?, theme: String?, level: Level, place: String) {
        self.id = id
        self.text = text
        self.report = report
        self.date = date
        self.facility = facility
        self.addressee = addressee
        self.theme = theme
        self.level = level
        self.place = place
    }

    /// The year it was made (for `rec repeats`).
    public var year: String { String(date.prefix(4)) }
}
