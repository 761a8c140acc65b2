/// A fenced code block's opening line: three or more backticks or tildes,
/// indented at most three spaces (CommonMark and Pandoc). It is closed by a
/// line of at least as many of the same character and nothing else.
struct CodeFence {
    let character: Unicode.Scalar
    let count: Int

    init?(opening scalars: [Unicode.Scalar]) {
        var index = 0
        while index < scalars.count, index < 4, scalars[index] == " " { index += 1 }
        guard index <= 3, index < scalars.count, scalars[index] == "`" || scalars[index] == "~" else { return nil }
        let character = scalars[index]
        var end = index
        while end < scalars.count, scalars[end] == character { end += 1 }
        guard end - index >= 3 else { return nil }
        // A backtick fence's info string may not contain a backtick.
        if character == "`", scalars[end...].contains("`") { return nil }
        self.character = character
        count = end - index
    }

    func isClosed(by scalars: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < scalars.count, index < 4, scalars[index] == " " { index += 1 }
        guard index <= 3 else { return false }
        var end = index
        while end < scalars.count, scalars[end] == character { end += 1 }
        guard end - index >= count else { return false }
        return scalars[end...].allSatisfy { $0 == " " || $0 == "\t" }
    }
}
