/// A birth word after the date in a clause of its own (red-team round 5:
/// `On the 2nd of March 1991, when he was born, ...`, `2 марта 1991 года,
/// когда он родился`): a comma or dash, a word that ties the clause to the
/// date (`when`, `когда`, `the day`, `в тот день`), a few words, then the
/// birth word. The ordinary same-clause rule stops at the comma and at
/// `when`, which keeps `He was born in Osh, and on 28.10.2014 he was
/// detained` intact; here the clause starts with a word pointing back at
/// the date, so the date is the birth's.
extension BirthDateDetector {
    static let pointingBack = DetectorLabels(["when", "the day", "on which", "in which", "когда", "в который", "в которы*",
                                             "в тот день", "в этот день", "качан", "ошол күнү",
                                             // With its verb, no comma (round 10, C-546: `23rd of September 1990 is the day he was born`).
                                             "is the day", "was the day", "это день", "это был день"], takesDot: false)
    static let yearWordsAfterDate = DetectorLabels(["года", "год", "г.", "гг.", "жылы", "ж."], takesDot: false)
    /// Whole birth words only: an abbreviation (`др.`, `b.`) a clause away is as often something else.
    static let birthWords = DetectorLabels(["born", "birth", "родил*", "родивш*", "рожден*", "туулг*", "төрөлг*"], takesDot: false,
                                           excluding: countingWords + maternityWords)

    /// True when a clause after `end` points back at the date and names a birth within `words` words.
    static func bornInNextClause(_ scalars: [Unicode.Scalar], after end: Int, words: Int = 4) -> Bool {
        var offset = end
        // The year's word the date phrase may leave out (`1991 года, когда …`).
        var wordStart = offset
        while wordStart < scalars.count, DetectorScalars.isSpace(scalars[wordStart]), scalars[wordStart] != "\n" { wordStart += 1 }
        if let yearWord = yearWordsAfterDate.match(scalars, at: wordStart) { offset = yearWord }
        var marks = 0
        while offset < scalars.count, marks < 4,
              DetectorScalars.isSpace(scalars[offset]) && scalars[offset] != "\n" || [",", "(", "—", "–", "-"].contains(scalars[offset]) {
            offset += 1
            marks += 1
        }
        guard let clause = pointingBack.match(scalars, at: offset) else { return false }
        return birthWords.after(scalars, clause, window: 30).contains { label in
            let gap = clause..<label.lowerBound
            guard !DetectorScalars.hasBreak(scalars, gap), !scalars[gap].contains(",") else { return false }
            var count = 0, position = gap.lowerBound
            while position < gap.upperBound {
                if DetectorScalars.isLetterOrDigit(scalars, position), !DetectorScalars.isLetterOrDigit(scalars, position - 1) { count += 1 }
                position += 1
            }
            return count <= words
        }
    }
}
