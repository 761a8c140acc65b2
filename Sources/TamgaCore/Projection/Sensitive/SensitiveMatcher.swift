/// The projector's matcher for `sensitive` strings: each compiled once as a
/// `SensitivePhrase` (inflection, number signs, spacing and hyphenation a
/// reader passes over; FORMAT.md, "Front matter"), over the text with its
/// case folded.
struct SensitiveMatcher {
    private let phrases: [SensitivePhrase]

    init(_ strings: [String]) {
        phrases = Set(strings).sorted().flatMap { SensitivePhrase.compiled($0, fold: Self.fold) }
    }

    static func fold(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.map { SensitivePhrase.asciiDigit(ScalarText.folded($0)) }
    }

    func matches(in text: ScalarText) -> [Range<Int>] {
        guard !phrases.isEmpty else { return [] }
        let folded = text.scalars.map { SensitivePhrase.asciiDigit(ScalarText.folded($0)) }
        return phrases.flatMap { $0.matches(in: folded) }
    }
}
