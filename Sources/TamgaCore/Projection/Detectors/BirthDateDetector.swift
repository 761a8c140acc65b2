/// Dates of birth: a date (`02.03.1991`, `2/3/1991`, `1991-03-02`) or a bare
/// year (`1991 г.р.`, `1991-жылы туулган`, `born in 1991`) with a context
/// word close to it in English, Russian or Kyrgyz, and no sentence break in
/// between. A visit date with no such word is left alone: the detector
/// must not blank every date of a report.
enum BirthDateDetector {
    /// Folded (lowercase) context words; matched at the start of a word and
    /// as prefixes, so `родил` covers родился, родилась, родились.
    static let contextWords: [[Unicode.Scalar]] = [
        "born", "dob", "d.o.b", "date of birth", "birth date", "birthdate", "year of birth",
        "родил", "родивш", "дата рождения", "даты рождения", "датой рождения", "года рождения", "год рождения",
        "г.р", "г. р", "туулган", "төрөлгөн",
    ].map { Array($0.unicodeScalars) }

    /// How far (in scalars) a context word may be before or after a full date,
    /// and before or after a bare year.
    static let dateWindow = (before: 30, after: 25)
    static let yearWindow = (before: 12, after: 16)

    static func matches(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        let folded = scalars.map(ScalarText.folded)
        var result: [Range<Int>] = []
        var start = 0
        while start < scalars.count {
            if let (end, isYear) = dateOrYear(scalars, at: start),
               hasContext(folded, around: start..<end, window: isYear ? yearWindow : dateWindow) {
                result.append(start..<end)
                start = end
            } else {
                start += 1
            }
        }
        return result
    }

    /// A full date or a bare year starting at `start`, bounded by non-digits.
    private static func dateOrYear(_ scalars: [Unicode.Scalar], at start: Int) -> (end: Int, isYear: Bool)? {
        guard !DetectorScalars.isLetterOrDigit(scalars, start - 1) else { return nil }
        let first = DetectorScalars.digitRun(scalars, from: start)
        func number(_ from: Int, _ count: Int) -> Int {
            scalars[from..<(from + count)].reduce(0) { $0 * 10 + ($1.asciiDigit ?? 0) }
        }
        func separated(_ offset: Int, by separators: String) -> Bool {
            offset < scalars.count && separators.unicodeScalars.contains(scalars[offset])
        }
        if (1...2).contains(first), separated(start + first, by: "./") {
            let monthStart = start + first + 1
            let month = DetectorScalars.digitRun(scalars, from: monthStart)
            let yearStart = monthStart + month + 1
            if (1...2).contains(month), separated(monthStart + month, by: "./"),
               DetectorScalars.digitRun(scalars, from: yearStart) == 4,
               (1...31).contains(number(start, first)), (1...12).contains(number(monthStart, month)),
               !DetectorScalars.isLetterOrDigit(scalars, yearStart + 4) {
                return (yearStart + 4, false)
            }
        }
        guard first == 4, (1900...2100).contains(number(start, 4)) else { return nil }
        if separated(start + 4, by: "-"), DetectorScalars.digitRun(scalars, from: start + 5) == 2,
           separated(start + 7, by: "-"), DetectorScalars.digitRun(scalars, from: start + 8) == 2,
           !DetectorScalars.isLetterOrDigit(scalars, start + 10) {
            return (start + 10, false)
        }
        return DetectorScalars.isDigit(scalars, start + 4) ? nil : (start + 4, true)
    }

    private static func hasContext(_ folded: [Unicode.Scalar], around date: Range<Int>, window: (before: Int, after: Int)) -> Bool {
        let from = max(0, date.lowerBound - window.before - 16)
        let to = min(folded.count, date.upperBound + window.after)
        for position in from..<to {
            guard position == 0 || !ScalarText.isWordScalar(folded[position - 1]) else { continue }
            for word in contextWords {
                guard var end = matchEnd(word, folded, at: position) else { continue }
                if end < folded.count, folded[end] == "." { end += 1 }
                if end <= date.lowerBound, date.lowerBound - end <= window.before,
                   !hasSentenceBreak(folded, end..<date.lowerBound) { return true }
                if position >= date.upperBound, position - date.upperBound <= window.after,
                   !hasSentenceBreak(folded, date.upperBound..<position) { return true }
            }
        }
        return false
    }

    /// Where `word` ends if it matches at `position`, a space in it matching
    /// any run of whitespace: a report wrapped at 78 columns puts a line
    /// break inside `дата рождения` as often as a space (found by the
    /// evaluation corpus, where the date then reached the State export).
    private static func matchEnd(_ word: [Unicode.Scalar], _ folded: [Unicode.Scalar], at position: Int) -> Int? {
        var offset = position
        for scalar in word {
            guard offset < folded.count else { return nil }
            if scalar == " " {
                guard folded[offset].properties.isWhitespace else { return nil }
                while offset < folded.count, folded[offset].properties.isWhitespace { offset += 1 }
            } else {
                guard folded[offset] == scalar else { return nil }
                offset += 1
            }
        }
        return offset
    }

    /// `.`, `!` or `?` followed by whitespace, or a blank line.
    private static func hasSentenceBreak(_ folded: [Unicode.Scalar], _ gap: Range<Int>) -> Bool {
        for offset in gap where ".!?".unicodeScalars.contains(folded[offset]) {
            if offset + 1 < folded.count, folded[offset + 1].properties.isWhitespace { return true }
        }
        return folded[gap].split(separator: "\n", omittingEmptySubsequences: false).count > 2
    }
}
