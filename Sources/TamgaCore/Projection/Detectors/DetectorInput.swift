/// One text as the detectors read it, prepared once for all of them: its
/// scalars and, when a token detector (`HomeAddressDetector`,
/// `CaseNumberDetector`, `VehiclePlateDetector`) will read it, its tokens.
///
/// Why: each of the three tokenized the text itself, so an export paid for
/// three tokenizations of every text with a digit in the projector and in
/// each of the leak scan's views (issue 15, BENCHMARKS.md P13).
struct DetectorInput {
    let scalars: [Unicode.Scalar]
    /// Whether the text has an ASCII digit. Each token detector needs a
    /// number (an address's house, a case's number, a plate's digits), so a
    /// text without one has no match of theirs.
    let hasDigit: Bool
    /// The tokens, made at once when `tokenized` and the text has a digit.
    private let made: DetectorTokens?

    init(_ scalars: [Unicode.Scalar], tokenized: Bool) {
        self.scalars = scalars
        hasDigit = scalars.contains(where: { $0.asciiDigit != nil })
        made = tokenized && hasDigit ? DetectorTokens(scalars) : nil
    }

    /// The tokens of a text with a digit (made here if the input was
    /// prepared without them, so no detector ever reads an empty list for
    /// a text it should have read); nil for a text without one.
    var tokens: DetectorTokens? {
        guard hasDigit else { return nil }
        return made ?? DetectorTokens(scalars)
    }
}
