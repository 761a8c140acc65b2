import TamgaCore

/// A refusal a command raises itself, which the root command prints as
/// `Error:` / `Hint:` with the exit status of its class. One type for every
/// command (verify, decrypt, attachment get) rather than a copy in each.
struct CommandFailure: UserFacingError {
    let failureClass: FailureClass
    let message: String
    let hint: String?

    init(_ failureClass: FailureClass, _ message: String, hint: String? = nil) {
        self.failureClass = failureClass
        self.message = message
        self.hint = hint
    }
}
