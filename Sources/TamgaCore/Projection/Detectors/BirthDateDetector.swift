/// Dates of birth: a date, or a bare year, with a birth word close to it in
/// English, Russian or Kyrgyz, or in a language family letters arrive in
/// (`BirthDateDetector+Languages`), and in the same clause. A visit date with no
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
/// родился/родилась, рождения, д.р., д/р, г.р., туулган, төрөлгөн, the
/// Kyrgyz abbreviations ж.т., т.ж., т.к., and the abbreviations of round 4
/// (`род.`, `туул.`, `төр.`: `abbreviations`); before or after a full date
/// also р. (`р. 02.III.1991`), which after a bare year is as often roubles.
/// Not births or рождений: those count births (`March 1991 births: 0`,
/// `число рождений в марте 1991`), they date no one's (red-team over-refusal).
///
/// The birth word must govern the date, as its label or its verb
/// (`BirthDateDetector+Governing`): not name an institution (`birth
/// registry`, `родильное отделение`) nor have another event's verb
/// (`visited`, `посещено`) between it and the date.
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
    ] + abbreviations + otherLanguages
    /// Abbreviated birth words, each with its dot (red-team round 4: `род. 02.03.1991`,
    /// `Туул. 02.03.1991`): without it `род` is a word (kind, sort).
    static let abbreviations = [
        "род.", "родил.", "рожд", "р-ся", "род-ся", "д/рожд", "дата рожд", "туул.", "туулг.", "туул. к", "төр.", "төрөл.",
        "b-day", "bday", "d/o/b", "d.o.b.", "dob.",
    ]
    /// Plurals that count births rather than date one.
    static let countingWords = ["births", "рождений", "рождениям", "рождениями", "рождениях"]
    static let labels = DetectorLabels(labelWords, excluding: countingWords + maternityWords)
    /// The labels of a full date (not a bare year).
    static let dateLabels = DetectorLabels(labelWords + ["р."], excluding: countingWords + maternityWords)

    /// How far (in scalars and in words) a birth word may be before or after
    /// a full date, and before or after a bare year.
    static let dateWindow = (before: 45, beforeWords: 5, after: 22, afterWords: 2)
    static let yearWindow = (before: 28, beforeWords: 5, after: 18, afterWords: 2)

    /// A compact date (`19910302`) only right after a birth word: eight
    /// digits are as often an account or case number (`BirthDateDetector+Compact`).
    static let compactWindow = (before: 20, beforeWords: 1, after: 0, afterWords: 0)

    /// Words that start another clause.
    static let clauseWords: Set<String> = ["and", "but", "then", "when", "while", "и", "но", "а", "затем", "когда", "потом",
                                           "жана", "бирок", "анан", "кийин"]

    static func matches(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        while start < scalars.count {
            if let end = compactDate(scalars, at: start), hasContext(scalars, around: start..<end, labels: dateLabels, window: compactWindow) {
                result.append(start..<end)
                start = end
            } else if DetectorScalars.isLetterOrDigit(scalars, start), !DetectorScalars.isLetterOrDigit(scalars, start - 1),
               let (end, isYear) = datePhrase(scalars, at: start),
               hasContext(scalars, around: start..<end, labels: isYear ? labels : dateLabels, window: isYear ? yearWindow : dateWindow,
                          partial: !isYear && isPartial(scalars, start..<end))
               || bornApart(scalars, around: start..<end, labels: isYear ? labels : dateLabels, isYear: isYear)
               || inBirthColumn(scalars, at: start) || (!isYear && besideAge(scalars, at: start))
               || isRegisterBirthDate(scalars, start..<end, isYear: isYear) {
                result.append(start..<end)
                start = end
            } else {
                start += 1
            }
        }
        return result
    }

    /// A day and month without a year (`2 March`): the rest of a date of
    /// birth given in pieces (`born in '91 in Osh, on 2 March`, red-team
    /// case) may be a comma away from the birth word, in the same sentence.
    private static func hasContext(_ scalars: [Unicode.Scalar], around date: Range<Int>, labels: DetectorLabels,
                                   window: (before: Int, beforeWords: Int, after: Int, afterWords: Int), partial: Bool = false) -> Bool {
        let before = partial ? (window.before + 20, window.beforeWords + 4) : (window.before, window.beforeWords)
        return labels.before(scalars, date.lowerBound, window: before.0).contains {
            !countsBirths(scalars, label: $0) && !isDated(scalars, $0.upperBound..<date.lowerBound)
                && sameClause(scalars, $0.upperBound..<date.lowerBound, words: before.1, commas: partial)
                && !namesInstitution(scalars, label: $0) && !anotherEventTakes(scalars, $0.upperBound..<date.lowerBound)
        } || labels.after(scalars, date.upperBound, window: window.after).contains {
            !countsBirths(scalars, label: $0) && sameClause(scalars, date.upperBound..<$0.lowerBound, words: window.afterWords)
                && !namesInstitution(scalars, label: $0)
        } || (window.after > 0 && bornInNextClause(scalars, after: date.upperBound))
    }

    /// No four-digit or two-part year: a day and a month only.
    private static func isPartial(_ scalars: [Unicode.Scalar], _ date: Range<Int>) -> Bool {
        var offset = date.lowerBound
        var runs = 0
        while offset < date.upperBound {
            let run = DetectorScalars.digitRun(scalars, from: offset)
            if run > 0 { runs += 1; if run >= 3 { return false }; offset += run } else { offset += 1 }
        }
        return runs == 1
    }

    /// Words before a birth word that make it one of several births
    /// (`дата последнего рождения`, `the last birth`: a colony's count,
    /// red-team over-refusal), not a person's date of birth.
    static let qualifiers = DetectorLabels(["последн*", "предыдущ*", "очередн*", "last", "latest", "previous", "recent", "акыркы*"],
                                           takesDot: false)

    static func countsBirths(_ scalars: [Unicode.Scalar], label: Range<Int>) -> Bool {
        var end = label.lowerBound
        while end > 0, DetectorScalars.isSpace(scalars[end - 1]) { end -= 1 }
        var start = end
        while DetectorScalars.isLetter(scalars, start - 1) { start -= 1 }
        return start < end && qualifiers.match(scalars, at: start) == end
    }

    /// Words that date a document: `Закон о регистрации рождения от
    /// 02.03.1991` is a law's date (red-team round 4, clean case), not a
    /// date of birth. Nobody writes a date of birth after `от` or `dated`.
    static let datingWords: Set<String> = ["от", "dated"]

    /// True when the last word of letters in `gap` (between a birth word
    /// and the date, or a part of it: `от 15.01.` before `2018`) is a dating word.
    static func isDated(_ scalars: [Unicode.Scalar], _ gap: Range<Int>) -> Bool {
        var end = gap.upperBound
        while end > gap.lowerBound, !DetectorScalars.isLetter(scalars, end - 1) { end -= 1 }
        var start = end
        while start > gap.lowerBound, DetectorScalars.isLetter(scalars, start - 1) { start -= 1 }
        guard start < end else { return false }
        return datingWords.contains(String(String.UnicodeScalarView(scalars[start..<end].map(DetectorScalars.folded))))
    }

    /// No break, comma (unless `commas`) or clause word in `gap`, and at most `words` words.
    private static func sameClause(_ scalars: [Unicode.Scalar], _ gap: Range<Int>, words: Int, commas: Bool = false) -> Bool {
        guard !DetectorScalars.hasBreak(scalars, gap), commas || !scalars[gap].contains(",") else { return false }
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
