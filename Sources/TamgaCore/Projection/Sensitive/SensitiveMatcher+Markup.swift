/// A `sensitive` match that crosses emphasis (`cell **14**`, red-team round
/// 6, B cosmetic): the phrase is matched over the markup inside it, so the
/// match ended before the closing `**` and the export read `[withheld]**`,
/// a stray marker. A match holding a markup character takes in the run of
/// the same character right after it (and right before it), so the whole
/// emphasis goes with the withheld text.
extension SensitiveMatcher {
    static let markupScalars: Set<Unicode.Scalar> = ["*", "_", "~", "^", "`"]

    static func takingMarkupAround(_ range: Range<Int>, in text: [Unicode.Scalar]) -> Range<Int> {
        let inside = Set(text[range].filter { markupScalars.contains($0) })
        guard !inside.isEmpty else { return range }
        var lower = range.lowerBound, upper = range.upperBound
        while upper < text.count, inside.contains(text[upper]) { upper += 1 }
        while lower > 0, inside.contains(text[lower - 1]) { lower -= 1 }
        return lower..<upper
    }
}
