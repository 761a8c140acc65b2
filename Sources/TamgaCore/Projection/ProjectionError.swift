/// Why an export was refused before anything was rendered (exit 1).
public struct ProjectionError: UserFacingError, Equatable {
    public enum Code: String, Sendable {
        /// The audience is more open than the kind's ceiling.
        case aboveCeiling
        /// Nothing in the document is visible to the audience.
        case nothingVisible
        /// A reference or name belongs to a person the registry lacks.
        case unknownPerson
    }

    public let code: Code
    public let documentID: String
    public let audience: Audience
    /// The kind, or the person id, the refusal is about.
    public let subject: String

    public var failureClass: FailureClass { .refused }

    public var message: String {
        switch code {
        case .aboveCeiling:
            "document \(documentID) is of kind `\(subject)`, which the policy never exports to \(audience.rawValue)"
        case .nothingVisible:
            "nothing in document \(documentID) is visible to \(audience.rawValue); no export was made"
        case .unknownPerson:
            "document \(documentID) refers to person \(subject), who is not in the vault's person registry"
        }
    }

    public var hint: String? {
        switch code {
        case .aboveCeiling: "Export it to a more restricted audience; the policy's `kinds` set the ceiling."
        case .nothingVisible: "Mark the parts meant for this audience (e.g. `{.\(audience.clearance.rawValue)}`) first."
        case .unknownPerson: "Build the registry from every document in the vault, this one included."
        }
    }
}
