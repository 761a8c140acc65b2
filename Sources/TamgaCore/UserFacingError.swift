/// How a failure is classed for the person at the terminal, and so which exit
/// status the command line returns (DESIGN.md, Conventions).
public enum FailureClass: Int32, Sendable, CaseIterable {
    /// An operation refused or failed: a leak found, tampered data, wrong
    /// passphrase, not cleared. Exit status 1.
    case refused = 1
    /// Bad input data: a document or policy that does not parse or validate. Exit 65.
    case badInput = 65
    /// An input that does not exist. Exit 66.
    case missingInput = 66
}

/// An error a person will read. Every module's errors that can reach the
/// command line conform, so the CLI prints `Error:` and `Hint:` lines and exits
/// with the right status without knowing the module's details.
///
/// `message` says what is wrong and where (file:line, key, id); `hint` says what
/// to do. Neither may contain the confidential text the error is about.
public protocol UserFacingError: Error, Sendable {
    var failureClass: FailureClass { get }
    var message: String { get }
    var hint: String? { get }
}
