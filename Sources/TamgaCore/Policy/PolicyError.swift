/// Why a policy was refused (exit 65). Names the file, line, column and key;
/// a policy holds no confidential text, but the format is the same as for
/// documents so the CLI prints both alike.
public struct PolicyError: UserFacingError, Equatable {
    public enum Code: String, Sendable, Equatable {
        case yamlSyntax, wrongType, missingKey, unknownKey, duplicateKey, invalidValue
        case unknownLevel, unknownAudience, unknownDetector
    }

    public let code: Code
    public let file: String
    public let location: SourceLocation?
    public let detail: String
    public let hint: String?

    public init(_ code: Code, file: String, at location: SourceLocation?, _ detail: String, hint: String?) {
        self.code = code
        self.file = file
        self.location = location
        self.detail = detail
        self.hint = hint
    }

    init(_ problem: YAMLProblem, file: String) {
        let code: Code = switch problem.kind {
        case .syntax: .yamlSyntax
        case .wrongType: .wrongType
        case .missingKey: .missingKey
        case .unknownKey: .unknownKey
        case .duplicateKey: .duplicateKey
        case .invalidValue: .invalidValue
        }
        self.init(code, file: file, at: problem.location, problem.detail, hint: problem.hint)
    }

    public var failureClass: FailureClass { .badInput }

    public var message: String {
        guard let location else { return "\(file): \(detail)" }
        return "\(file):\(location.line):\(location.column): \(detail)"
    }
}
