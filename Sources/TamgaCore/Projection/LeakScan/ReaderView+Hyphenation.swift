extension ReaderView {
    /// Words hyphenated over a line end put back together, as a reader reads
    /// them (issue 15, class 2: text pasted from a PDF): a letter, a hyphen,
    /// dash or soft hyphen, then a line break (`Sady\u{AD}` newline `kov`,
    /// `Сады–` newline `ковым`) or, after a visible hyphen or dash, spaces
    /// (`Сады- ковым`, where the line break was pasted as a space) or nothing
    /// (`Sady‑kov`, Word's non-breaking hyphen); then a
    /// letter that continues the word (lowercase, or uppercase after
    /// uppercase). Over-joining (`северо- и`) can only add hits.
    static func joiningHyphenation(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: isBreakMark) else { return text }
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if isBreakMark(scalars[index]), index > 0, scalars[index - 1].properties.isAlphabetic,
               let end = hyphenationEnd(scalars, at: index) {
                index = end
                continue
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }

    /// A hyphen, dash or soft hyphen.
    private static func isBreakMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}", "\u{AD}": true
        default: false
        }
    }

    /// The offset of the word's next letter, when the dashes at `start` and
    /// the break after them hyphenate a word.
    private static func hyphenationEnd(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        var index = start
        var visible = false
        while index < scalars.count, isBreakMark(scalars[index]) || LeakNormalizer.isInvisible(scalars[index]) {
            if scalars[index] != "\u{AD}", !LeakNormalizer.isInvisible(scalars[index]) { visible = true }
            index += 1
            guard index - start <= 3 else { return nil }
        }
        var lineBreaks = 0, spaces = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                lineBreaks += 1
            } else if scalar.properties.isWhitespace || LeakNormalizer.isInvisible(scalar) {
                spaces += 1
            } else {
                break
            }
            index += 1
        }
        // A blank line ends a paragraph; spaces alone join only after a visible hyphen, and so
        // does nothing at all: "Sady‑kov" with Word's non-breaking hyphen reads as one word
        // broken (red-team round 4); "Ак-Суу", a capital after it, stays two.
        guard lineBreaks <= 1, spaces <= 4, lineBreaks == 1 || visible, index < scalars.count else { return nil }
        let next = scalars[index], previous = scalars[start - 1]
        guard next.properties.isAlphabetic else { return nil }
        let continues = next.properties.isLowercase || (next.properties.isUppercase && previous.properties.isUppercase)
        return continues ? index : nil
    }
}
