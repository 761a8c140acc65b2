/// A personal number partly masked (issue 15, red-team round 4):
/// `ПИН: 2020319910****` hides only the serial digits; the sex digit and
/// the date of birth are still there. Eight or more digits, then mask
/// characters (`*`, `x`, `X`, `х`, `•`, `#`, `…`), are the personal number:
/// after a personal-number label (`ПИН`, `ИНН`, `PIN`, `жеке номер`), or
/// without one when the digits read as a sex digit and a date of birth and
/// digits and masks make fourteen.
extension PersonalNumberDetector {
    static func isMask(_ scalar: Unicode.Scalar) -> Bool {
        "*xXхХ•●#…_".unicodeScalars.contains(scalar)
    }

    /// The end of a masked personal number whose digits start at `start` (a run of `run`).
    static func masked(_ scalars: [Unicode.Scalar], at start: Int, run: Int) -> Int? {
        guard (8...13).contains(run), !DetectorScalars.isDigit(scalars, start - 1), !DetectorScalars.isLetter(scalars, start - 1) else {
            return nil
        }
        var end = start + run
        while end < scalars.count, end - start < 16, isMask(scalars[end]) { end += 1 }
        guard end > start + run, !DetectorScalars.isLetterOrDigit(scalars, end) || end - start >= 14 else { return nil }
        let digits = Array(scalars[start..<(start + run)])
        // 0 is an organisation's INN (`isOrganisation`): no sex digit, no date of birth in it.
        guard digits.first != "0" else { return nil }
        let labelled = labels.before(scalars, start, window: 25).contains { !DetectorScalars.hasBreak(scalars, $0.upperBound..<start) }
        if labelled { return end }
        // Unlabelled: a sex digit and a date in the digits, and fourteen characters in all.
        guard run >= 9, end - start == 14 else { return nil }
        return readsAsPersonalNumber(digits + Array(repeating: "0", count: 14 - run)) ? end : nil
    }

    /// Fourteen digits at `start` in an organisation's INN shape.
    static func isOrganisation(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        isOrganisation(Array(scalars[start..<(start + 14)]))
    }

    /// An organisation's INN: 0, then the date of its registration
    /// (DDMMYYYY), then five digits; a person's PIN begins with its sex
    /// digit, 1 or 2. Other fourteen digits beginning with 0 (no date in
    /// them) are still withheld as some person's number.
    static func isOrganisation(_ digits: [Unicode.Scalar]) -> Bool {
        guard digits.count == 14, digits[0] == "0" else { return false }
        let values = digits.map { Int($0.asciiDigit ?? 0) }
        func number(_ from: Int, _ count: Int) -> Int { values[from..<(from + count)].reduce(0) { $0 * 10 + $1 } }
        return (1...31).contains(number(1, 2)) && (1...12).contains(number(3, 2)) && (1900...2099).contains(number(5, 4))
    }
}
