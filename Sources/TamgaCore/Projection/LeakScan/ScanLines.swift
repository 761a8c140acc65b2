/// A view's text as written, split into lines once for all the scan's word
/// rules (stems, common stems, short forms, fathers' names), and which of
/// those lines are pasted chats (`ChatRegister`), found the first time a rule
/// asks and then kept. Before, each rule split the text and found the chats
/// again for the same view.
///
/// Lives for one view of one scan, on one thread: a class only so that the
/// rules share the one answer.
final class ScanLines {
    private let text: String
    /// Split when a rule first needs them: most views hold no word any rule reads.
    private(set) lazy var lines: [Substring] = text.split(separator: "\n", omittingEmptySubsequences: false)
    private var chat: Set<Int>?

    init(_ view: ScanView) {
        text = view.text
    }

    /// Whether the 1-based `lineNumber` lies in a pasted chat.
    func isChat(_ lineNumber: Int) -> Bool {
        if chat == nil { chat = ChatRegister.lineIndices(lines) }
        return chat?.contains(lineNumber - 1) ?? false
    }
}
