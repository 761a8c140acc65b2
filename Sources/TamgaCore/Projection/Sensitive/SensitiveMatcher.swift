/// The projector's matcher for `sensitive` strings: each compiled once as a
/// `SensitivePhrase` (inflection, number signs, spacing and hyphenation a
/// reader passes over; FORMAT.md, "Front matter"), over the text with its
/// case folded.
///
/// Compiling is the costly part (every inflection and address equivalent of
/// each string: a third of an export's time), so the projector compiles the
/// vault's strings once and each export adds only its document's new ones
/// (`adding(_:)`).
struct SensitiveMatcher: Sendable {
    private let phrases: [SensitivePhrase]
    /// The strings compiled, so that `adding` compiles only new ones.
    private let strings: Set<String>

    init(_ strings: [String]) {
        self.strings = Set(strings)
        phrases = self.strings.sorted().flatMap { SensitivePhrase.compiled($0, fold: Self.fold) }
    }

    private init(phrases: [SensitivePhrase], strings: Set<String>) {
        self.phrases = phrases
        self.strings = strings
    }

    /// This matcher with `more` strings too (those already compiled are not compiled again).
    func adding(_ more: [String]) -> SensitiveMatcher {
        let new = Set(more).subtracting(strings)
        guard !new.isEmpty else { return self }
        return SensitiveMatcher(phrases: phrases + new.sorted().flatMap { SensitivePhrase.compiled($0, fold: Self.fold) },
                                strings: strings.union(new))
    }

    static func fold(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.map { SensitivePhrase.asciiDigit(ScalarText.folded($0)) }
    }

    func matches(in text: ScalarText) -> [Range<Int>] {
        guard !phrases.isEmpty else { return [] }
        let folded = text.scalars.map { SensitivePhrase.asciiDigit(ScalarText.folded($0)) }
        return phrases.flatMap { $0.matches(in: folded) }.map { Self.takingMarkupAround($0, in: text.scalars) }
    }
}
