import TamgaCore

/// Why `tamga edit` will not start, told apart (issue 19 item 11): a second
/// edit of a document while the first is open is not a failed edit, and its
/// user, who typed nothing, must not be told "your text is kept; fix the
/// problem" about the other edit's file.
enum EditRefusal: UserFacingError {
    /// Another `tamga edit` of this document holds its claim now.
    case alreadyOpen(id: String)
    /// An earlier edit stopped (it did not validate, the editor failed, a kill) and left its text.
    case unfinished(id: String, keptAt: String)

    var failureClass: FailureClass { .refused }

    var message: String {
        switch self {
        case .alreadyOpen(let id): "another edit of \(id) is open; nothing was changed"
        case .unfinished(let id, let path): "an earlier edit of \(id) did not finish; its text is kept in \(path)"
        }
    }

    var hint: String? {
        switch self {
        case .alreadyOpen: "finish that edit first (close its editor), then run the command again"
        case .unfinished(let id, _): "continue it with `tamga edit \(id) --resume`, or delete that file to start from the stored text"
        }
    }
}
