/// The dates `BirthDateDetector` reads, written in figures or with a month
/// word in English, Russian or Kyrgyz (inflected: сентября, сентябрында,
/// and the Kyrgyz month names үчтүн айы ... бештин айы).
extension BirthDateDetector {
    /// Month words, case-folded; a `*` stem takes the rest of its word.
    static let months = DetectorLabels([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "январ*", "феврал*", "март*", "апрел*", "май", "мая", "мае", "маю", "майда", "майдын", "майы", "майын*", "июн*",
        "июл*", "август*", "сентябр*", "октябр*", "ноябр*", "декабр*", "янв", "фев", "мар", "апр", "авг", "сент", "окт", "нояб", "дек",
        "үчтүн ай*", "бирдин ай*", "жалган куран*", "чын куран*", "бугу*", "кулжа*", "теке*", "баш оона*", "аяк оона*",
        "тогуздун ай*", "жетинин ай*", "бештин ай*",
    ], takesDot: false)
    /// Kyrgyz year words after a year: `1990-жылдын`, `1990-ж.`, `1990 жылы`.
    static let yearWords = DetectorLabels(["жыл*", "ж", "г", "года", "год", "году"])
    /// Words that make the two digits before them a year of birth.
    static let shortYearLabels = DetectorLabels(["г.р", "г. р", "г/р", "гр", "г.рожд*", "года рожд*", "ж.т", "т.ж", "ж. т"])
    /// Ordinal endings after a day: `23-го`, `23rd`, `23-чү`.
    static let ordinals = DetectorLabels(["го", "th", "st", "nd", "rd", "чи", "чү", "чу", "чы", "и", "е"])

    /// A date or bare year starting at `start`: its end, and whether it is only a year.
    static func datePhrase(_ scalars: [Unicode.Scalar], at start: Int) -> (end: Int, isYear: Bool)? {
        if let end = monthFirst(scalars, at: start) { return (end, false) }
        if let end = wordDate(scalars, at: start) { return (end, false) }
        let run = DetectorScalars.digitRun(scalars, from: start)
        guard run > 0, !DetectorScalars.isDigit(scalars, start - 1) else { return nil }
        // A year cut to two digits after an apostrophe (`born in '91`).
        if run == 2, start > 0, scalars[start - 1] == "'" || scalars[start - 1] == "\u{2019}",
           !DetectorScalars.isLetterOrDigit(scalars, start + 2), !DetectorScalars.isLetter(scalars, start - 2) {
            return (start + 2, true)
        }
        // A two-digit year right before `г.р.` (`(91 г.р.)`, red-team round 4): the abbreviation says it is a year of birth.
        if run == 2, shortYearLabels.match(scalars, at: skip(scalars, from: start + 2, max: 1)) != nil { return (start + 2, true) }
        if let end = numeric(scalars, at: start, run: run) { return (end, false) }
        if run <= 2, let end = dayMonth(scalars, at: start, run: run) { return (end, false) }
        // A letter may touch the year (`1991г.р.`, or anything an adversary
        // puts there): the digits are what must not leak.
        guard run == 4, (1900...2100).contains(DetectorScalars.number(scalars, start, 4)), !isDecade(scalars, at: start) else { return nil }
        // Kyrgyz: year, year word, day and month (`1990-жылдын 23-сентябрында`).
        var offset = skip(scalars, from: start + 4, max: 2)
        if let word = yearWords.match(scalars, at: offset) {
            offset = skip(scalars, from: word, max: 3)
            if let month = months.match(scalars, at: offset) { return (dayAfterMonth(scalars, month), false) }
            let day = DetectorScalars.digitRun(scalars, from: offset)
            if (1...2).contains(day), let end = dayMonth(scalars, at: offset, run: day) { return (end, false) }
        }
        return (start + 4, true)
    }

    /// A Kyrgyz day after the month (`үчтүн айынын 5-күнү`, `сентябрдын 23ү`).
    private static func dayAfterMonth(_ scalars: [Unicode.Scalar], _ month: Int) -> Int {
        let offset = skip(scalars, from: month, max: 3)
        let run = DetectorScalars.digitRun(scalars, from: offset)
        guard offset > month, (1...2).contains(run) else { return month }
        var end = skip(scalars, from: offset + run, max: 1)
        guard DetectorScalars.isLetter(scalars, end) else { return offset + run }
        while DetectorScalars.isLetter(scalars, end) { end += 1 }
        return end
    }

    /// Spaces and dashes (and a comma) after `offset`, at most `max`.
    private static func skip(_ scalars: [Unicode.Scalar], from offset: Int, max: Int, comma: Bool = false) -> Int {
        var end = offset
        while end < scalars.count, end - offset < max,
              DetectorScalars.isSpace(scalars[end]) || DetectorScalars.isDash(scalars[end]) || (comma && scalars[end] == ",") {
            end += 1
        }
        return end
    }

    /// `02.03.1991`, `2/3/90`, `2-3-1991`, `1991-03-02`, `1991.03.02`, and
    /// with one space of any kind twice (`03 03 1990`, `1990 09 23`): only
    /// beside a birth word, as every date here, and the day and month must
    /// be a day and a month (round 6: the spaced day and month were left).
    private static func numeric(_ scalars: [Unicode.Scalar], at start: Int, run: Int) -> Int? {
        func isSeparator(_ offset: Int) -> Bool {
            offset < scalars.count && (scalars[offset] == "." || scalars[offset] == "/" || DetectorScalars.isDash(scalars[offset])
                || (DetectorScalars.isSpace(scalars[offset]) && scalars[offset] != "\n" && scalars[offset] != "\r"))
        }
        if run <= 2, let end = romanMonthDate(scalars, at: start, run: run) { return end }
        guard run <= 2 || run == 4, isSeparator(start + run) else { return nil }
        let second = start + run + 1
        let middle = DetectorScalars.digitRun(scalars, from: second)
        guard (1...2).contains(middle), isSeparator(second + middle),
              scalars[second + middle] == scalars[start + run]
              || (DetectorScalars.isSpace(scalars[second + middle]) && DetectorScalars.isSpace(scalars[start + run])) else { return nil }
        let third = second + middle + 1
        let last = DetectorScalars.digitRun(scalars, from: third)
        let a = DetectorScalars.number(scalars, start, run), b = DetectorScalars.number(scalars, second, middle)
        if run == 4 {
            let c = DetectorScalars.number(scalars, third, max(last, 1))
            return (1...2).contains(last) && (1...12).contains(b) && (1...31).contains(c) && (1900...2100).contains(a) ? third + last : nil
        }
        guard last == 4 || last == 2 else { return nil }
        let dayMonth = ((1...31).contains(a) && (1...12).contains(b)) || ((1...12).contains(a) && (1...31).contains(b))
        return dayMonth ? third + last : nil
    }

    /// A day, a month in Roman numerals and a year, as Russian and Kyrgyz
    /// documents write dates of birth (`2.III.1991`, `02/xi/91`, `2 III 1991`,
    /// `2.Ⅻ.1991`; red-team cases), with the same separator twice or two
    /// of `.`, `/` and a dash (`2/III-91`). A space
    /// separates only before a four-digit year.
    private static func romanMonthDate(_ scalars: [Unicode.Scalar], at start: Int, run: Int) -> Int? {
        let separator = start + run
        guard separator < scalars.count, (1...31).contains(DetectorScalars.number(scalars, start, run)) else { return nil }
        let mark = scalars[separator]
        // The second separator may differ from the first (`2/III-91`, round 4), a space only after a space.
        func isMark(_ scalar: Unicode.Scalar) -> Bool { scalar == "." || scalar == "/" || DetectorScalars.isDash(scalar) }
        guard isMark(mark) || mark == " ", let monthEnd = RomanMonth.end(scalars, at: separator + 1), monthEnd < scalars.count,
              scalars[monthEnd] == mark || (mark != " " && isMark(scalars[monthEnd])) else { return nil }
        let year = DetectorScalars.digitRun(scalars, from: monthEnd + 1)
        guard year == 4 || (year == 2 && mark != " ") else { return nil }
        if year == 4, !(1900...2100).contains(DetectorScalars.number(scalars, monthEnd + 1, 4)) { return nil }
        return monthEnd + 1 + year
    }

    /// A day and a month word, and a year if one follows: `23 September 1990`,
    /// `12 сентября 1990`, `23-сентябрында`, `3rd of May`.
    private static func dayMonth(_ scalars: [Unicode.Scalar], at start: Int, run: Int) -> Int? {
        guard (1...31).contains(DetectorScalars.number(scalars, start, run)) else { return nil }
        var offset = start + run
        let afterDash = skip(scalars, from: offset, max: 1)
        if let ordinal = ordinals.match(scalars, at: afterDash), afterDash > offset || DetectorScalars.isLetter(scalars, offset) {
            offset = ordinal
        }
        offset = skip(scalars, from: offset, max: 3)
        if scalars[offset...].starts(with: "of ".unicodeScalars) { offset = skip(scalars, from: offset + 2, max: 3) }
        guard let month = months.match(scalars, at: offset) else { return nil }
        return year(scalars, after: month) ?? shortYear(scalars, after: month) ?? month
    }

    /// The end of a two-digit year right after a day and a month word
    /// (`DOB: 23 Sep 90`, `3 May '90`, `23 сент. 90 г.`; red team round 9,
    /// C-030: `90` was left beside the withheld date): a space or an
    /// apostrophe between, and no digit, letter or `%` after it.
    static func shortYear(_ scalars: [Unicode.Scalar], after offset: Int) -> Int? {
        var position = offset
        if position < scalars.count, scalars[position] == "." { position += 1 }
        position = skip(scalars, from: position, max: 2, comma: true)
        if position < scalars.count, scalars[position] == "'" || scalars[position] == "\u{2019}" { position += 1 }
        guard position > offset, DetectorScalars.digitRun(scalars, from: position) == 2,
              !DetectorScalars.isLetterOrDigit(scalars, position + 2),
              position + 2 >= scalars.count || scalars[position + 2] != "%" else { return nil }
        return position + 2
    }

    /// `September 23, 1990`, `September 1990`, `сентябрь 1990`.
    private static func monthFirst(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard DetectorScalars.isLetter(scalars, start), let month = months.match(scalars, at: start) else { return nil }
        let offset = skip(scalars, from: month < scalars.count && scalars[month] == "." ? month + 1 : month, max: 3)
        let run = DetectorScalars.digitRun(scalars, from: offset)
        if run == 4 { return year(scalars, after: month) }
        guard (1...2).contains(run), (1...31).contains(DetectorScalars.number(scalars, offset, run)),
              !DetectorScalars.isLetterOrDigit(scalars, offset + run) || ordinals.match(scalars, at: offset + run) != nil else { return nil }
        return year(scalars, after: offset + run) ?? offset + run
    }

    /// The end of a four-digit year shortly after `offset`.
    static func year(_ scalars: [Unicode.Scalar], after offset: Int) -> Int? {
        var position = offset
        if let ordinal = ordinals.match(scalars, at: position) { position = ordinal }
        if position < scalars.count, scalars[position] == "." { position += 1 }
        position = skip(scalars, from: position, max: 3, comma: true)
        guard position > offset, DetectorScalars.digitRun(scalars, from: position) == 4,
              (1900...2100).contains(DetectorScalars.number(scalars, position, 4)),
              !DetectorScalars.isDigit(scalars, position + 4) else { return nil }
        return position + 4
    }
}
