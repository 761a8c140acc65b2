/// Dates of birth written in Russian number words (found by the red team):
/// `второго марта тысяча девятьсот девяносто первого года` is a date a
/// reader reads as well as `02.03.1991`; so are English and Kyrgyz ordinal
/// days (round 3: `the second of March, 1991`, `экинчи марта 1991`).
extension BirthDateDetector {
    /// Russian number words, cardinal and ordinal, as stems (case-folded).
    static let numberWords = DetectorLabels([
        "перв*", "втор*", "трет*", "четверт*", "четыр*", "пят*", "шест*", "седьм*", "сем*", "восьм*", "восем*", "девят*",
        "девяност*", "десят*", "одиннадцат*", "двенадцат*", "тринадцат*", "четырнадцат*", "пятнадцат*", "шестнадцат*",
        "семнадцат*", "восемнадцат*", "девятнадцат*", "двадцат*", "тридцат*", "сорок*", "тысяч*", "двухтысячн*", "две",
        "двух", "один", "одна", "два", "три", "сто", "двести",
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth",
        "twenty", "twenty-*", "thirty", "thirty-*",
        "биринчи*", "экинчи*", "үчүнчү*", "төртүнчү*", "бешинчи*", "алтынчы*", "жетинчи*", "сегизинчи*", "тогузунчу*", "онунчу*",
        "он", "жыйырма*", "отуз*",
    ], takesDot: false)

    /// Up to four number words, a month word, then a year in figures or in
    /// up to five number words: the end of that date, or nil.
    static func wordDate(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard DetectorScalars.isLetter(scalars, start) else { return nil }
        var offset = start, words = 0
        while words < 4, let word = numberWords.match(scalars, at: offset) {
            words += 1
            offset = skipSpaces(scalars, from: word)
        }
        // `the second of March`.
        if words > 0, scalars[offset...].starts(with: "of ".unicodeScalars) { offset = skipSpaces(scalars, from: offset + 2) }
        guard words > 0, let month = months.match(scalars, at: offset) else { return nil }
        if let year = year(scalars, after: month) { return year }
        var end = month
        var next = skipSpaces(scalars, from: month)
        let digits = DetectorScalars.digitRun(scalars, from: next)
        if digits == 4 { return next + 4 }
        var yearWords = 0
        while yearWords < 5, let word = numberWords.match(scalars, at: next) {
            end = word
            yearWords += 1
            next = skipSpaces(scalars, from: word)
        }
        return end
    }

    private static func skipSpaces(_ scalars: [Unicode.Scalar], from offset: Int) -> Int {
        var end = offset
        while end < scalars.count, end - offset < 2, DetectorScalars.isSpace(scalars[end]) { end += 1 }
        return end
    }
}
