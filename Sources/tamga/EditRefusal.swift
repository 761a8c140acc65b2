import TamgaCore

/// Why `tamga edit` will not start, told apart (issue 19 item 11): a second
/// edit of a document while the first is open is not a failed edit, and its
/// user, who typed nothing, must not be told "your text is kept; fix the
/// problem" about the other edit's file.
enum EditRefusal: UserFacingError {
    /// Another `tamga edit` of this document holds its claim now.
    case alreadyOpen(id: String)
    /// An earlier edit stopped (it did not validate, the editor failed, a kill) and left its text.
    /// `command` is the one that continues it: `edit` or `new`.
    case unfinished(id: String, keptAt: String, command: String = "edit")
    /// A draft of `tamga new` did not validate; it is kept in memory.
    case draftNotValid(id: String, keptAt: String)

    var failureClass: FailureClass {
        if case .draftNotValid = self { return .badInput }
        return .refused
    }

    var message: String {
        switch self {
        case .alreadyOpen(let id): "another edit of \(id) is open; nothing was changed"
        case .unfinished(let id, let path, _): "an earlier edit of \(id) did not finish; its text is kept in \(path)"
        case .draftNotValid(let id, let path): "the new document \(id) did not validate and was not stored; its text is kept in \(path)"
        }
    }

    var hint: String? {
        switch self {
        case .alreadyOpen: "finish that edit first (close its editor), then run the command again"
        case .unfinished(let id, _, let command):
            "continue it with `tamga \(command) \(id) --resume`, or delete that file to start "
                + (command == "new" ? "again from the template" : "from the stored text")
        case .draftNotValid(let id, _): "fix the problem above, then run `tamga new \(id) --resume`"
        }
    }
}
