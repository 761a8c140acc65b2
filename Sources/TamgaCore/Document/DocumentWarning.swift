/// Something allowed but probably a mistake, reported and not refused
/// (FORMAT.md: a mark that loosens an enclosing explicit mark).
public struct DocumentWarning: Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        /// A `{.public}` span inside an `internal` div, and the like.
        case looseningMark
    }

    public let code: Code
    public let file: String
    public let location: SourceLocation
    public let detail: String

    public var description: String { "\(file):\(location.line):\(location.column): \(detail)" }
}
