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
