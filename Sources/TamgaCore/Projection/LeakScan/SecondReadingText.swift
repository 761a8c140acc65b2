/// Letters a reader reads two ways in the same script, each way tried
/// (red-team round 5): Greek `υ` reads u by shape and y by name (Sadυkov),
/// `ʋ` u or v, `ν` v or n. The normalizer keeps one reading per letter, so
/// these views read the others: over-reading can only add hits, and a word
/// that needs one letter read the first way and another the second
/// (Sadυkoν: υ as y, ν as v) is covered because every combination of a
/// word's first `maximumLetters` two-way letters is one view. Each view is
/// then read in one script per word too (`MixedScriptText`), so a second
/// reading that is Latin inside a Cyrillic word (`Β` read b, then в) is
/// taken in the word's script.
enum SecondReadingText {
    /// Two-way letters per word whose combinations are all read; one more
    /// doubles the views.
    static let maximumLetters = 3

    /// The texts with letters read their other ways, nil-free and without
    /// the text itself; empty when no letter has a second reading.
    static func readings(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        // Each two-way letter: its offset, its readings (first as it is), its rank in its word.
        var letters: [(offset: Int, readings: [Unicode.Scalar], rank: Int)] = []
        var rank = 0
        for (offset, scalar) in scalars.enumerated() {
            guard LeakScalarTable.isWordScalar(scalar) else {
                rank = 0
                continue
            }
            guard !scalar.isASCII, let others = second(scalar) else { continue }
            letters.append((offset, [scalar] + others, rank))
            rank += 1
        }
        guard !letters.isEmpty else { return [] }
        // Mixed radix over the first `maximumLetters` letters of a word; the
        // widest word sets how many views there are.
        var radices = Array(repeating: 1, count: maximumLetters)
        for letter in letters where letter.rank < maximumLetters {
            radices[letter.rank] = max(radices[letter.rank], letter.readings.count)
        }
        let count = radices.reduce(1, *)
        var texts: [String] = []
        for combination in 1..<count {
            var digits: [Int] = []
            var rest = combination
            for radix in radices {
                digits.append(rest % radix)
                rest /= radix
            }
            var out = scalars
            for letter in letters where letter.rank < maximumLetters {
                let choice = digits[letter.rank]
                if choice < letter.readings.count { out[letter.offset] = letter.readings[choice] }
            }
            let read = MixedScriptText.reading(String(String.UnicodeScalarView(out)))
            if read != text, !texts.contains(read) { texts.append(read) }
        }
        return texts
    }

    /// The other readings of a letter (by its lowercase), if it has any.
    static func second(_ scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
        if let others = LeakLetterNames.secondReadings[scalar] { return others }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        guard lower.count == 1, let letter = lower.first, letter != scalar else { return nil }
        return LeakLetterNames.secondReadings[letter]
    }
}
