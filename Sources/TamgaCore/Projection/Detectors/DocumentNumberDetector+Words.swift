/// A document number dictated in words (red-team round 5: `Паспорт эй-эн
/// один два три четыре пять шесть семь`), as a phone number in words is
/// caught (`PhoneNumberDetector+Words`): a run of number words
/// (`NumberWords`, Russian, English and Kyrgyz) reading as 7 to 10 digits
/// after a document label (`паспорт`, `passport`, `ID-карта`, `серия`,
/// `жеке күбөлүк`), with up to four words between (the series spelled out,
/// `эй-эн`, `A N`, `номер`). Without a label, words are any number.
extension DocumentNumberDetector {
    static func wordMatches(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        NumberWords.runs(in: scalars) { digits, start in
            (7...10).contains(digits.count) && Set(digits).count > 1 && hasWordsLabel(scalars, before: start)
        }
    }

    /// A document word (not a bare number sign) at most four words and 40 scalars before `start`, in the same sentence.
    private static func hasWordsLabel(_ scalars: [Unicode.Scalar], before start: Int) -> Bool {
        labels.before(scalars, start, window: 40).contains { label in
            let gap = label.upperBound..<start
            guard signs.match(scalars, at: label.lowerBound) != label.upperBound, !DetectorScalars.hasBreak(scalars, gap) else { return false }
            var words = 0
            for offset in gap where DetectorScalars.isLetterOrDigit(scalars, offset) && !DetectorScalars.isLetterOrDigit(scalars, offset - 1) {
                words += 1
            }
            return words <= 4
        }
    }
}
