/// A front-matter field a statistics table can be grouped by
/// (`--by facility|kind|tag|month`), and the two dimensions of the
/// recommendation status table (`tamga rec table`), which documents do not have.
public enum StatisticsDimension: String, CaseIterable, Sendable, Hashable {
    case facility, kind, tag, month
    case status, theme

    /// The dimensions `tamga stats --by` accepts.
    public static let documentDimensions: [StatisticsDimension] = [.facility, .kind, .tag, .month]

    /// The label a document without a facility is counted under.
    public static let noFacility = "(no facility)"

    /// The categories `record` counts under. A document counts once under
    /// each of its tags (a report tagged `overcrowding` and `medical-care`
    /// adds one to each), so a table with a tag dimension counts (document,
    /// tag) pairs, and a document without tags adds nothing to it.
    func categories(of record: StatisticsRecord) -> [String] {
        switch self {
        case .facility: [record.facility ?? Self.noFacility]
        case .kind: [record.kind]
        case .tag: Array(Set(record.tags)).sorted()
        case .month: [Self.monthLabel(year: record.date.year, month: record.date.month)]
        case .status, .theme: []
        }
    }

    /// `2014-10`: sorts as text in calendar order.
    static func monthLabel(year: Int, month: Int) -> String {
        let text = CalendarDate.padded(year, 4) + "-" + CalendarDate.padded(month, 2)
        return text
    }
}

extension CalendarDate {
    /// `value` in decimal, zero-padded to `width` digits.
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
