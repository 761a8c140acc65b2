@testable import TamgaCore

/// A frozen copy of the detectors as they were at d7fef1f, for
/// `LeakScanReference`: the same four detectors, but asking
/// `Unicode.Scalar.Properties` whether a scalar is a letter or digit
/// (`LeakScanReference.isWordScalar`) where the shipped ones now ask
/// `LeakScalarTable` through `ScalarText.isWordScalar`. The word test decides
/// where a number or a date of birth may start and end, so without this copy
/// a wrong table entry would change both sides of the equivalence test alike
/// and go unseen. Never to be optimized or kept in step with the detectors.
extension LeakScanReference {
    /// The d7fef1f `DetectorKind.matches(in:)`, on the reference detectors.
    static func detectorMatches(_ kind: DetectorKind, in text: String) -> [Range<String.Index>] {
        var scalars: [Unicode.Scalar] = []
        var indices: [String.Index] = []
        var index = text.unicodeScalars.startIndex
        while index < text.unicodeScalars.endIndex {
            scalars.append(text.unicodeScalars[index])
            indices.append(index)
            index = text.unicodeScalars.index(after: index)
        }
        indices.append(text.endIndex)
        let ranges: [Range<Int>] = switch kind {
        case .documentNumber: DocumentNumberDetector.matches(in: scalars)
        case .personalNumber: PersonalNumberDetector.matches(in: scalars)
        case .phoneNumber: PhoneNumberDetector.matches(in: scalars)
        case .birthDate: BirthDateDetector.matches(in: scalars)
        }
        return ranges.map { indices[$0.lowerBound]..<indices[$0.upperBound] }
    }

    /// Small predicates the detectors share.
    enum DetectorScalars {
        static func isDigit(_ scalars: [Unicode.Scalar], _ offset: Int) -> Bool {
            offset >= 0 && offset < scalars.count && scalars[offset].asciiDigit != nil
        }

        static func isLetterOrDigit(_ scalars: [Unicode.Scalar], _ offset: Int) -> Bool {
            offset >= 0 && offset < scalars.count && LeakScanReference.isWordScalar(scalars[offset])
        }

        /// The length of the run of ASCII digits starting at `offset`.
        static func digitRun(_ scalars: [Unicode.Scalar], from offset: Int) -> Int {
            var end = offset
            while isDigit(scalars, end) { end += 1 }
            return end - offset
        }

        /// Spaces of any kind (no-break, thin) count the same in numbers, and so
        /// does a line break: a paragraph wrapped at 78 columns splits `ID
        /// 1234567` or `+996 555 123 456` over two lines as readily as any words.
        static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\u{A0}" || scalar == "\u{202F}" || scalar == "\u{2009}" || scalar == "\t"
                || scalar == "\n" || scalar == "\r"
        }
    }

    /// Kyrgyz passport and ID-card numbers: two capital letters (Latin, or a
    /// Cyrillic look-alike) and seven digits, `AN1234567`, `ID 2345678`.
    enum DocumentNumberDetector {
        static func matches(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
            var result: [Range<Int>] = []
            var start = 0
            while start + 8 < scalars.count {
                if let end = match(scalars, at: start) {
                    result.append(start..<end)
                    start = end
                } else {
                    start += 1
                }
            }
            return result
        }

        private static func match(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
            guard !DetectorScalars.isLetterOrDigit(scalars, start - 1),
                  isCapital(scalars[start]), isCapital(scalars[start + 1]) else { return nil }
            var digits = start + 2
            if digits < scalars.count, DetectorScalars.isSpace(scalars[digits]) || scalars[digits] == "-" || scalars[digits] == "№" {
                digits += 1
            }
            guard DetectorScalars.digitRun(scalars, from: digits) == 7,
                  !DetectorScalars.isLetterOrDigit(scalars, digits + 7) else { return nil }
            return digits + 7
        }

        private static func isCapital(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isUppercase && scalar.properties.isAlphabetic
        }
    }

    /// The 14-digit personal number (ПИН, ИНН, PIN): exactly fourteen digits
    /// in a row. A run of 15 or more digits is some other number and is not
    /// taken for a personal number; letters may touch it (`ПИН20203199100123`).
    enum PersonalNumberDetector {
        static func matches(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
            var result: [Range<Int>] = []
            var offset = 0
            while offset < scalars.count {
                let run = DetectorScalars.digitRun(scalars, from: offset)
                if run == 14 { result.append(offset..<(offset + 14)) }
                offset += max(run, 1)
            }
            return result
        }
    }

    /// Phone numbers as written in Kyrgyzstan and Russia, with any spacing:
    /// `+996 555 123 456`, `+996(312)62-12-34`, `0555 123456`, `0555-123-456`,
    /// `0 (312) 62 12 34`, `8 (912) 345-67-89`.
    ///
    /// A candidate is digit groups joined by up to two of space, hyphen and
    /// parentheses (never a dot, so dates are not phones). It is a phone when
    /// its digits, counted after normalization, have a phone's length for how it
    /// starts: `+` and 10–13 digits; `0` and 10; `996` and 12; `8` and 10–11.
    /// Each position after a non-digit is tried, so a number right after
    /// another ("cell 14 0555 123456") is still found.
    enum PhoneNumberDetector {
        static func matches(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
            var result: [Range<Int>] = []
            var start = 0
            while start < scalars.count {
                if let end = match(scalars, at: start) {
                    result.append(start..<end)
                    start = end
                } else {
                    start += 1
                }
            }
            return result
        }

        private static func match(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
            guard !DetectorScalars.isLetterOrDigit(scalars, start - 1), start == 0 || scalars[start - 1] != "+" else { return nil }
            let hasPlus = scalars[start] == "+"
            var offset = hasPlus ? start + 1 : start
            guard DetectorScalars.isDigit(scalars, offset) else { return nil }
            var digits: [Unicode.Scalar] = []
            var best: Int?
            while true {
                let run = DetectorScalars.digitRun(scalars, from: offset)
                digits += scalars[offset..<(offset + run)]
                offset += run
                if !DetectorScalars.isLetterOrDigit(scalars, offset), isPhone(digits, hasPlus: hasPlus) { best = offset }
                guard digits.count < 14, let next = nextGroup(scalars, after: offset) else { break }
                offset = next
            }
            return best
        }

        /// The start of the next digit group when one to three separators
        /// (space, hyphen, parenthesis) follow.
        private static func nextGroup(_ scalars: [Unicode.Scalar], after offset: Int) -> Int? {
            var position = offset
            while position < scalars.count, position - offset < 3,
                  DetectorScalars.isSpace(scalars[position]) || "-()".unicodeScalars.contains(scalars[position]) {
                position += 1
            }
            guard position > offset, DetectorScalars.isDigit(scalars, position) else { return nil }
            return position
        }

        private static func isPhone(_ digits: [Unicode.Scalar], hasPlus: Bool) -> Bool {
            if hasPlus { return (10...13).contains(digits.count) }
            switch digits.first {
            case "0": return digits.count == 10
            case "9": return digits.count == 12 && digits.starts(with: "996".unicodeScalars)
            case "8": return (10...11).contains(digits.count)
            default: return false
            }
        }
    }

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
            let folded = scalars.map(LeakScanReference.folded)
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
                guard position == 0 || !LeakScanReference.isWordScalar(folded[position - 1]) else { continue }
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
}
