/// Toll-free service numbers (red-team round 7, clean-066: `Горячая линия:
/// 0 800 800 800 (бесплатно)` was withheld as a phone): a number on the
/// `800` code, `0 800 …` in Kyrgyzstan, `8 800 …` in Russia, `+996 800 …`,
/// `+7 800 …`, is a line an institution pays for so that anyone may call
/// it free of charge. No person has one; a hotline an NPM publishes is one.
extension PhoneNumberDetector {
    static func isTollFree(_ digits: [Unicode.Scalar], hasPlus: Bool) -> Bool {
        let number = String(String.UnicodeScalarView(digits))
        if hasPlus || number.hasPrefix("00") {
            let international = number.hasPrefix("00") ? String(number.dropFirst(2)) : number
            return international.hasPrefix("996800") || international.hasPrefix("7800")
        }
        return (number.hasPrefix("0800") || number.hasPrefix("8800")) && (10...11).contains(number.count)
    }

    /// Every toll-free number in `scalars`, as the phone detector groups digits.
    static func tollFreeNumbers(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        while start < scalars.count {
            let hasPlus = scalars[start] == "+" || scalars[start] == "\u{FF0B}"
            let first = hasPlus ? start + 1 : start
            guard DetectorScalars.isDigit(scalars, first), !DetectorScalars.isLetterOrDigit(scalars, start - 1) else {
                start += 1
                continue
            }
            let groups = DetectorScalars.groups(scalars, from: first, maxGap: 4, isSeparator: isSeparator)
            let free = (1...groups.count).last { isTollFree(DetectorScalars.digits(scalars, groups[0..<$0]), hasPlus: hasPlus) }
            if let free {
                result.append(start..<groups[free - 1].upperBound)
                start = groups[free - 1].upperBound
            } else {
                start = groups[0].upperBound
            }
        }
        return result
    }
}
