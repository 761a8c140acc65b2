/// Hands out pseudonyms for one export: keyed on the person id (so every
/// spelling of a person gets the same label), letters per role in order of
/// first appearance. One book per export; never shared between exports.
struct PseudonymBook {
    private(set) var labels: [String: String] = [:]
    private var nextIndex: [String: Int] = [:]

    mutating func label(for personID: String, role: String, pattern: PseudonymPattern) -> String {
        if let label = labels[personID] { return label }
        let index = nextIndex[role, default: 0]
        nextIndex[role] = index + 1
        let label = pattern.label(index: index)
        labels[personID] = label
        return label
    }
}

/// The projector's matcher for `sensitive` strings: case-insensitive, any
/// run of whitespace where the string has a space (so a string wrapped over
/// two lines is found), whole words only.
struct SensitiveMatcher {
    private let needles: [[Unicode.Scalar]]

    init(_ strings: [String]) {
        needles = Set(strings.map(\.collapsingWhitespace)).filter { !$0.isEmpty }.sorted()
            .map { $0.unicodeScalars.map(ScalarText.folded) }
    }

    func matches(in text: ScalarText) -> [Range<Int>] {
        let folded = text.scalars.map(ScalarText.folded)
        var result: [Range<Int>] = []
        for start in folded.indices {
            for needle in needles where needle[0] == folded[start] {
                if let end = ExactNameFinder.match(needle, in: folded, at: start), text.isWholeWord(start..<end) {
                    result.append(start..<end)
                }
            }
        }
        return result
    }
}
