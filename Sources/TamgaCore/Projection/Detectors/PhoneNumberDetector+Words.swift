/// Phone numbers dictated in words (`Телефон матери: ноль пятьсот
/// пятьдесят пять, сто двадцать три, четыреста пятьдесят шесть`, red-team
/// case): a run of number words (`NumberWords`) whose digits read as a
/// phone number by the same rules as figures, or as 5 to 13 digits after a
/// phone word. Groups of figures may stand among the words (red-team round
/// 7, C-023: `ноль 555 сто двадцать три 456`, half dictated, half typed):
/// the run is read whole, so neither half hides the other.
extension PhoneNumberDetector {
    static func wordMatches(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        NumberWords.runs(in: scalars, figures: true) { digits, start in
            digits.count >= 5 && Set(digits).count > 1 && (readsAsPhone(digits) || isLabelled(scalars, before: start))
        }
    }

    private static func readsAsPhone(_ digits: [Unicode.Scalar]) -> Bool {
        switch digits.first {
        case "0": digits.count == 10 || (digits.starts(with: "00".unicodeScalars) && (12...15).contains(digits.count))
        case "9": digits.count == 12 && digits.starts(with: "996".unicodeScalars)
        case "8": (10...11).contains(digits.count)
        default: false
        }
    }

    private static func isLabelled(_ scalars: [Unicode.Scalar], before start: Int) -> Bool {
        labels.before(scalars, start, window: 30).contains { !DetectorScalars.hasBreak(scalars, $0.upperBound..<start) }
    }
}
