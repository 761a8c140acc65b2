/// Toll-free service numbers (red-team round 7, clean-066: `Горячая линия:
/// 0 800 800 800 (бесплатно)` was withheld as a phone): a national number on
/// the `800` code, `0 800 …` in Kyrgyzstan, `8 800 …` in Russia, is a line an
/// institution pays for so that anyone may call it free of charge. No
/// person has one; a hotline an NPM publishes is one. Written with a
/// country code (`+996 800 …`) the number is not spared: a toll-free line
/// is not dialled from abroad, so such a writing is more likely a mobile
/// number typed with a wrong or random code.
extension PhoneNumberDetector {
    static func isTollFree(_ digits: [Unicode.Scalar], hasPlus: Bool) -> Bool {
        guard !hasPlus, digits.count >= 10, digits.count <= 11 else { return false }
        let number = String(String.UnicodeScalarView(digits))
        return number.hasPrefix("0800") || number.hasPrefix("8800")
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
