/// A month written in Roman numerals, I to XII, as Russian and Kyrgyz
/// documents date births (`2.III.1991`): in Latin letters of either case,
/// in the Cyrillic letters that look like them (І, Х), or as one of
/// Unicode's Roman numeral characters (Ⅲ, ⅲ), which NFKC would otherwise
/// be needed to read.
enum RomanMonth {
    static let numerals: Set<String> = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]

    /// Where a Roman month starting at `start` ends, if one does there and
    /// is a word of its own (no letter or digit before or after it).
    static func end(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard start < scalars.count, !DetectorScalars.isLetterOrDigit(scalars, start - 1) else { return nil }
        // U+2160–216B and U+2170–217B: Ⅰ…Ⅻ, ⅰ…ⅻ, one character each.
        if (0x2160...0x216B).contains(scalars[start].value) || (0x2170...0x217B).contains(scalars[start].value) {
            return DetectorScalars.isLetterOrDigit(scalars, start + 1) ? nil : start + 1
        }
        var letters = ""
        var end = start
        while end < scalars.count, end - start < 4, let letter = latin(scalars[end]) {
            letters.append(letter)
            end += 1
        }
        guard !letters.isEmpty, numerals.contains(letters), !DetectorScalars.isLetterOrDigit(scalars, end) else { return nil }
        return end
    }

    /// The Latin numeral letter a scalar reads as, lower case.
    private static func latin(_ scalar: Unicode.Scalar) -> Character? {
        switch scalar {
        case "I", "i", "І", "і", "Ӏ": "i"
        case "V", "v": "v"
        case "X", "x", "Х", "х": "x"
        default: nil
        }
    }
}
