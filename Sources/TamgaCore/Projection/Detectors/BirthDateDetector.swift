/// Dates of birth: a date, or a bare year, with a birth word close to it in
/// English, Russian or Kyrgyz and in the same clause. A visit date with no
/// such word is left alone: the detector must not blank every date of a report.
///
/// Dates (`BirthDateDetector+Dates`): `02.03.1991`, `2/3/1991`, `2-3-1991`,
/// `1991-03-02`, two-digit years (`03.03.90`, `3/3/90`), and month words in
/// the three languages: `23 September 1990`, `September 23, 1990`,
/// `12 сентября 1990 года`, `1990-жылдын 23-сентябрында`, `23-сентябрь`,
/// `үчтүн айынын 5`; a bare year only with a birth word right next to it
/// (`1991 г.р.`, `1991-жылы туулган`, `born in 1991`).
///
/// Birth words: born, b., DOB, D.O.B., birth (date of birth, birthday),
/// родился/родилась, рождения, д.р., д/р, г.р., туулган, төрөлгөн, and the
/// Kyrgyz abbreviations ж.т., т.ж., т.к.; before or after a full date
/// also р. (`р. 02.III.1991`), which after a bare year is as often roubles.
/// Not births or рождений: those count births (`March 1991 births: 0`,
/// `число рождений в марте 1991`), they date no one's (red-team over-refusal).
///
/// The birth word and the date must be in one clause: no sentence break,
/// semicolon, comma or joining word (and, but, и, но, а, жана, бирок) in
/// between, and only a few words (`born in the village of Kara-Suu on ...`
/// is five). So `He was born in Osh, and on 28.10.2014 he was detained` keeps
/// its visit date.
enum BirthDateDetector {
    static let labelWords = [
        "born", "b.", "dob", "d.o.b", "birth*", "date of birth", "year of birth", "родил*", "родивш*", "рожден*", "рожд.",
        "д.р", "д. р", "д/р", "др", "г.р", "г. р", "г/р", "гр", "туулг*", "төрөлг*", "ж.т", "т.ж", "т.к",
    ]
    /// Plurals that count births rather than date one.
    static let countingWords = ["births", "рождений", "рождениям", "рождениями", "рождениях"]
    static let labels = DetectorLabels(labelWords, excluding: countingWords)
    /// The labels of a full date (not a bare year).
    static let dateLabels = DetectorLabels(labelWords + ["р."], excluding: countingWords)

    /// How far (in scalars and in words) a birth word may be before or after
    /// a full date, and before or after a bare year.
    static let dateWindow = (before: 45, beforeWords: 5, after: 22, afterWords: 2)
    static let yearWindow = (before: 28, beforeWords: 5, after: 18, afterWords: 2)

    /// Words that start another clause.
    static let clauseWords: Set<String> = ["and", "but", "then", "when", "while", "и", "но", "а", "затем", "когда", "потом",
                                           "жана", "бирок", "анан", "кийин"]

    static func matches(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        while start < scalars.count {
            if DetectorScalars.isLetterOrDigit(scalars, start), !DetectorScalars.isLetterOrDigit(scalars, start - 1),
               let (end, isYear) = datePhrase(scalars, at: start),
               hasContext(scalars, around: start..<end, labels: isYear ? labels : dateLabels, window: isYear ? yearWindow : dateWindow) {
                result.append(start..<end)
                start = end
            } else {
                start += 1
            }
        }
        return result
    }

    private static func hasContext(_ scalars: [Unicode.Scalar], around date: Range<Int>, labels: DetectorLabels,
                                   window: (before: Int, beforeWords: Int, after: Int, afterWords: Int)) -> Bool {
        labels.before(scalars, date.lowerBound, window: window.before).contains {
            sameClause(scalars, $0.upperBound..<date.lowerBound, words: window.beforeWords)
        } || labels.after(scalars, date.upperBound, window: window.after).contains {
            sameClause(scalars, date.upperBound..<$0.lowerBound, words: window.afterWords)
        }
    }

    /// No break, comma or clause word in `gap`, and at most `words` words.
    private static func sameClause(_ scalars: [Unicode.Scalar], _ gap: Range<Int>, words: Int) -> Bool {
        guard !DetectorScalars.hasBreak(scalars, gap), !scalars[gap].contains(",") else { return false }
        var count = 0
        var offset = gap.lowerBound
        while offset < gap.upperBound {
            guard DetectorScalars.isLetterOrDigit(scalars, offset) else {
                offset += 1
                continue
            }
            var end = offset
            while end < gap.upperBound, DetectorScalars.isLetterOrDigit(scalars, end) { end += 1 }
            let word = String(String.UnicodeScalarView(scalars[offset..<end].map(DetectorScalars.folded)))
            if clauseWords.contains(word) { return false }
            count += 1
            offset = end
        }
        return count <= words
    }
}
