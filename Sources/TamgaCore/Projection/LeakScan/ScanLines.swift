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
    /// Labels lower case by custom (`ScanView.lowerCaseByCustom`): the
    /// near-name rule reads their words without a capital. Not a chat for
    /// the stem rules, which would then refuse `максат` (purpose) or
    /// `эркин` (free) in a tag for Maksat or Erkin.
    let lowerCaseByCustom: Bool
    /// The view reads a hyphen as a space (`ScanView.readsHyphensAsSpaces`).
    let hyphensAsSpaces: Bool

    init(_ view: ScanView) {
        text = view.text
        lowerCaseByCustom = view.lowerCaseByCustom
        hyphensAsSpaces = view.readsHyphensAsSpaces
    }

    /// Whether the 1-based `lineNumber` lies in a pasted chat.
    func isChat(_ lineNumber: Int) -> Bool {
        if chat == nil { chat = ChatRegister.lineIndices(lines) }
        return chat?.contains(lineNumber - 1) ?? false
    }
}
