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
        guard digits.first != "0" else { return nil }
        let labelled = labels.before(scalars, start, window: 25).contains { !DetectorScalars.hasBreak(scalars, $0.upperBound..<start) }
        if labelled { return end }
        // Unlabelled: a sex digit and a date in the digits, and fourteen characters in all.
        guard run >= 9, end - start == 14 else { return nil }
        return readsAsPersonalNumber(digits + Array(repeating: "0", count: 14 - run)) ? end : nil
    }

    /// Fourteen digits beginning with 0: an organisation's INN, not a person's number.
    static func isOrganisation(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        scalars[start] == "0"
    }
}
