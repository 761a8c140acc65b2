import Foundation

/// How long a record is kept after its date (`keep: 5 years` in the policy's
/// `retention` section). Calendar arithmetic in UTC, so that a period ends on
/// the same day on every machine: 29 February plus one year is 28 February.
public struct RetentionPeriod: Sendable, Hashable, CustomStringConvertible {
    public enum Unit: String, Sendable, Hashable, CaseIterable { case days, months, years }

    public let count: Int
    public let unit: Unit

    public init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// Reads `5 years`, `18 months`, `90 days` (singular too: `1 year`).
    /// Nil for anything else, including zero and negative counts.
    public init?(_ text: String) {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count == 2, let count = Int(words[0]), count >= 1, count <= 1000 else { return nil }
        let word = words[1].lowercased()
        guard let unit = Unit.allCases.first(where: { word == $0.rawValue || word + "s" == $0.rawValue }) else { return nil }
        self.init(count: count, unit: unit)
    }

    public var description: String { "\(count) \(count == 1 ? String(unit.rawValue.dropLast()) : unit.rawValue)" }

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// The day the period ends for a record dated `date` (`YYYY-MM-DD`), as
    /// `YYYY-MM-DD`; nil when `date` is not such a date.
    public func end(after date: String) -> String? {
        guard let start = Self.day(date) else { return nil }
        var step = DateComponents()
        switch unit {
        case .days: step.day = count
        case .months: step.month = count
        case .years: step.year = count
        }
        return Self.calendar.date(byAdding: step, to: start).map(Self.string)
    }

    /// A `YYYY-MM-DD` day at midnight UTC; nil when it is not a real day.
    public static func day(_ text: String) -> Date? {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
              let year = Int(fields[0]), let month = Int(fields[1]), let day = Int(fields[2]) else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = calendar.date(from: components),
              calendar.dateComponents([.year, .month, .day], from: date) == DateComponents(year: year, month: month, day: day)
        else { return nil }
        return date
    }

    /// `date` as `YYYY-MM-DD` in UTC.
    public static func string(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// `days` days after the day `text` (`YYYY-MM-DD`).
    public static func adding(days: Int, to text: String) -> String? {
        day(text).flatMap { calendar.date(byAdding: .day, value: days, to: $0) }.map(string)
    }
}
