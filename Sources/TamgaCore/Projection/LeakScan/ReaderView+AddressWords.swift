extension ReaderView {
    /// URL and path punctuation read as spaces, so that a name fused into a
    /// link, an address or a handle (`instagram.com/aibek.sadykov`,
    /// `erkin-asanov`) reads as words (issue 15, class 3).
    ///
    /// Two hyphens stay:
    /// - between two numbers (red team round 9, clean-057): `Cells 1-4`
    ///   read `Cells 1 4`, and so the sensitive `cell 14`;
    /// - after a capitalised word, before a lower-case word the lexicon has
    ///   (`Урмат-сый менен`, "with respect"; `Темир-бетон`): a compound of
    ///   prose, which the name rules read as the word only with its hyphen
    ///   (`SetPhraseUse`); read as "Урмат сый" it was the man, and stopped
    ///   the export of a correct text (session 41 attacker, N4). A handle
    ///   whose second part is a name (`Urmat-asanov`) still reads as two words.
    static func addressWords(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        func digit(from index: Int, step: Int) -> Bool {
            var at = index + step
            while at >= 0, at < scalars.count, scalars[at] == " " { at += step }
            return at >= 0 && at < scalars.count && scalars[at].properties.numericType != nil
        }
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            let kept = scalar == "-" && ((digit(from: index, step: -1) && digit(from: index, step: 1)) || joinsProseCompound(scalars, at: index))
            out.append(!kept && "/.:?#&=+_@-".unicodeScalars.contains(scalar) ? " " : scalar)
        }
        return String(out)
    }

    /// Whether the hyphen at `index` joins a capitalised word to a lower-case lexicon word.
    private static func joinsProseCompound(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var start = index
        while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
        var end = index + 1
        while end < scalars.count, scalars[end].properties.isAlphabetic { end += 1 }
        guard start < index, end > index + 2, scalars[start].properties.isUppercase,
              scalars[index + 1].properties.isLowercase else { return false }
        // Not inside a link or a handle: the word before starts the token.
        if start > 0, !" \t\n«“\"(".unicodeScalars.contains(scalars[start - 1]) { return false }
        let second = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
        return CommonWords.shared.isWordForm(second)
    }
}
