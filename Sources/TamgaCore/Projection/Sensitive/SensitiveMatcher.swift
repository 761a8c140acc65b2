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
            + columnMatches(text.scalars, folded: folded)
    }

    /// The part of a table cell that a phrase covers when read after its
    /// column's header (`| cell |` over `| 14 |`, red-team round 8, C-080;
    /// `SensitiveTableColumns`): the phrase starts in the header and
    /// reaches into the cell. A header over counts (`Number of cells`,
    /// `Камер всего`, `%`) names no cell (`SensitiveTableColumns.counts`).
    private func columnMatches(_ scalars: [Unicode.Scalar], folded: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for cell in SensitiveTableColumns.cells(in: scalars) {
            var header: [Unicode.Scalar] = []
            for piece in cell.header { header += (header.isEmpty ? [] : [" "]) + folded[piece] }
            guard !SensitiveTableColumns.counts(String(String.UnicodeScalarView(header))) else { continue }
            // `Cell No.` over `No. 14` reads "cell No. 14": the header also without its last number sign.
            let shorter = Self.withoutLastSign(header)
            for header in shorter.isEmpty || shorter == header ? [header] : [header, shorter] {
                var reading = header
                var origin: [Int?] = Array(repeating: nil, count: header.count)
                for piece in cell.value {
                    reading.append(" ")
                    origin.append(nil)
                    reading += folded[piece]
                    origin += piece.map { Optional($0) }
                }
                for phrase in phrases {
                    for match in phrase.matches(in: reading) where match.lowerBound < header.count && match.upperBound > header.count + 1 {
                        result += Self.runs(origin[header.count..<match.upperBound].compactMap { $0 })
                    }
                }
            }
        }
        return result
    }

    /// The header without a number sign at its end (`cell no.`, `камера №`, `cell #`).
    private static func withoutLastSign(_ header: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var end = header.count
        while end > 0, !ScalarText.isWordScalar(header[end - 1]) { end -= 1 }
        var start = end
        while start > 0, ScalarText.isWordScalar(header[start - 1]) { start -= 1 }
        if start < end, SensitivePhrase.signWords.contains(Array(header[start..<end])) { end = start }
        while end > 0, !ScalarText.isWordScalar(header[end - 1]) { end -= 1 }
        return Array(header[..<end])
    }

    /// Consecutive offsets as ranges.
    private static func runs(_ offsets: [Int]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for offset in offsets {
            if let last = result.last, last.upperBound == offset {
                result[result.count - 1] = last.lowerBound..<(offset + 1)
            } else {
                result.append(offset..<(offset + 1))
            }
        }
        return result
    }
}
