/// Why a document was refused at import (exit 65, nothing stored).
///
/// The message names the file, line and column and the key, mark or person id
/// at fault, never the document's content: a parse error is printed to a
/// terminal and may end up in a log, and the content may be an interview.
/// Tests compare `code` and `location`, not wording.
public struct DocumentError: UserFacingError, Equatable {
    public enum Code: String, Sendable, Equatable {
        case invalidUTF8, nulByte
        case missingFrontMatter, unclosedFrontMatter, yamlSyntax
        case missingKey, wrongType, invalidValue, duplicateKey
        case unknownKind, unknownRole, unknownLevel, unknownAudience
        case unknownClass, invalidAttributes, unattachedAttributes
        case unclosedDivision, unopenedDivision, unclosedSpan, unclosedCodeFence
        case undeclaredReference, duplicateRecommendation, aboveCeiling
        case rawContent
    }

    public let code: Code
    /// The label the caller gave the input (a path, or `<stdin>`).
    public let file: String
    public let location: SourceLocation?
    /// What is wrong, naming only keys, marks and ids.
    public let detail: String
    public let hint: String?

    public init(_ code: Code, file: String, at location: SourceLocation?, _ detail: String, hint: String?) {
        self.code = code
        self.file = file
        self.location = location
        self.detail = detail
        self.hint = hint
    }

    public var failureClass: FailureClass { .badInput }

    public var message: String {
        guard let location else { return "\(file): \(detail)" }
        return "\(file):\(location.line):\(location.column): \(detail)"
    }
}

extension DocumentError: CustomStringConvertible {
    public var description: String { message }
}
