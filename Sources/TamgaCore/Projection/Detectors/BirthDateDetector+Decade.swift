/// A decade is a period, not a date of birth (red-team round 8, clean-091:
/// `Most were born in the 1990s` was published as `born in the [date of
/// birth withheld]s`). A four-digit year ending in 0 followed by the
/// plural: English `s`/`'s` (`1990s`, `1990's`), the Russian plural
/// ordinal after a hyphen (`1990-е`, `1990-х`, `1990-ые`, `1990-ых`,
/// `1990-м`, `1990-ми`), the Kyrgyz plural year word (`1990-жылдары`,
/// `1990-жылдардын`). It names no person's birth date, so it is left.
extension BirthDateDetector {
    static let russianDecadeEndings: Set<String> = ["е", "х", "ые", "ых", "м", "ми", "ыми", "ым"]

    /// Whether the four digits at `start` are a decade.
    static func isDecade(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        guard DetectorScalars.number(scalars, start, 4) % 10 == 0 else { return false }
        var offset = start + 4
        if offset < scalars.count, scalars[offset] == "'" || scalars[offset] == "\u{2019}" { offset += 1 }
        if offset < scalars.count, scalars[offset] == "s" || scalars[offset] == "S", !DetectorScalars.isLetterOrDigit(scalars, offset + 1) {
            return true
        }
        guard start + 4 < scalars.count, DetectorScalars.isDash(scalars[start + 4]) || DetectorScalars.isSpace(scalars[start + 4]) else {
            return false
        }
        var end = start + 5
        while end < scalars.count, DetectorScalars.isLetter(scalars, end) { end += 1 }
        let word = String(String.UnicodeScalarView(scalars[(start + 5)..<end])).lowercased()
        return (DetectorScalars.isDash(scalars[start + 4]) && russianDecadeEndings.contains(word)) || word.hasPrefix("жылдар")
    }
}
