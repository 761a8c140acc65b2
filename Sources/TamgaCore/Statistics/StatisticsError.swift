/// Why a statistics table or an annual summary was refused. Carries only
/// option values and document ids, never content.
public struct StatisticsError: UserFacingError, Equatable {
    public enum Code: String, Sendable, Equatable {
        /// The same dimension asked for twice (`--by tag,tag`).
        case sameDimensionTwice
        /// `--from` is after `--to`.
        case emptyDateRange
        /// A visit passed to the annual summary is not of its year.
        case visitOutsideYear
        /// A visit's record and projection are of different documents.
        case mismatchedVisit
        /// A year the calendar type cannot hold.
        case invalidYear
    }

    public let code: Code
    public let detail: String
    public let hint: String?

    public init(_ code: Code, _ detail: String, hint: String? = nil) {
        self.code = code
        self.detail = detail
        self.hint = hint
    }

    public var failureClass: FailureClass { .badInput }
    public var message: String { detail }
}
