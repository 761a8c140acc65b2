/// Which stem hits the case-insensitive stem rule (`LeakStemIndex.firstLines`)
/// leaves to other rules (issue 15): a word in a place construction
/// (`LeakPlaceContext`), and a stem that is a common word, which
/// `LeakCommonStems` judges by capitalization and neighbours instead.
enum LeakStemFilter {
    /// Off only where the scan is compared with the frozen reference, which
    /// predates issue 15 (LeakScanEquivalenceTests); a task-local so no
    /// state is shared between concurrent scans.
    @TaskLocal static var isEnabled = true

    /// Whether the stem rule leaves the hit of `stem` on `word` alone (`lines`:
    /// the view's original text, for the entities' capitals).
    ///
    /// A gazetteer place that only begins with the stem (Temirtau for
    /// Temir, Беловодское for Белов: three letters or more beyond it) is the
    /// place, wherever it stands (red-team over-refusals); a place that is
    /// the name itself or the name with a case ending (Талас, Таласта) keeps
    /// the rule, since a person may bear it.
    static func spares(_ stem: String, word: Range<Int>, in text: LeakNormalizer, lines: [Substring], hyphensAsSpaces: Bool) -> Bool {
        isEnabled && (isCommon(stem) || LeakPlaceContext.isPlace(word, in: text, hyphensAsSpaces: hyphensAsSpaces) || LeakPlaceContext.isEntity(word, in: text, lines: lines)
            || (word.count >= stem.unicodeScalars.count + 3 && LeakPlaceContext.isPlaceName(word, in: text)))
    }

    /// The letters the normalizer maps from Cyrillic to Latin look-alikes, back.
    static let cyrillic: [Unicode.Scalar: Unicode.Scalar] = [
        "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "i": "і", "j": "ј",
    ]
    /// The final letters `leakStems` drops (Надежда → надежд-).
    static let droppedFinals = ["", "а", "я", "ы", "и", "у", "ю", "э", "ь", "й", "е", "о", "a", "e", "i", "o", "u", "y"]

    /// Whether a normalized stem (or the stem with a final vowel back) is a
    /// lexicon word: a Cyrillic stem read with its look-alike letters back in
    /// Cyrillic, a Latin one as written. Asked only where a protected
    /// person's stem begins a word, so it is not on the scan's hot path.
    static func isCommon(_ stem: String) -> Bool {
        readings(of: stem).contains { reading in droppedFinals.contains { CommonWords.shared.contains(reading + $0) } }
    }

    static func readings(of stem: String) -> [String] {
        let hasCyrillic = stem.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
        guard hasCyrillic || stem.unicodeScalars.allSatisfy({ cyrillic[$0] != nil }) else { return [stem] }
        let back = String(String.UnicodeScalarView(stem.unicodeScalars.map { cyrillic[$0] ?? $0 }))
        return hasCyrillic ? [back] : [stem, back]
    }
}
