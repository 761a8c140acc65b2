/// The fallback `NameFinding`: finds the declared spellings exactly as
/// written (case-insensitive, any run of whitespace where the spelling has a
/// space, whole words only). It knows no inflections or transliterations:
/// the vault uses the name engine's `NameMatcher`, and this finder exists for
/// tests and for builds without it. The leak scan catches what it misses.
public struct ExactNameFinder: NameFinding {
    private let needles: [(personID: String, scalars: [Unicode.Scalar])]

    public init(persons: [PersonNames]) {
        needles = persons.flatMap { person in
            person.spellings.map { spelling in
                (person.personID, spelling.collapsingWhitespace.unicodeScalars.map(ScalarText.folded))
            }
        }.filter { !$0.1.isEmpty }
    }

    public func matches(in text: String) -> [NameMatch] {
        let haystack = ScalarText(text)
        let folded = haystack.scalars.map(ScalarText.folded)
        var found: [(range: Range<Int>, personID: String)] = []
        for start in folded.indices {
            for needle in needles where needle.scalars[0] == folded[start] {
                if let end = Self.match(needle.scalars, in: folded, at: start), haystack.isWholeWord(start..<end) {
                    found.append((start..<end, needle.personID))
                }
            }
        }
        // Longest match first at each start, then drop overlaps left to right.
        found.sort { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
        var result: [NameMatch] = []
        var covered = 0
        for match in found where match.range.lowerBound >= covered {
            result.append(NameMatch(personID: match.personID, range: haystack.range(match.range)))
            covered = match.range.upperBound
        }
        return result
    }

    /// The end offset of `needle` matched at `start`, a space in the needle
    /// matching one or more whitespace scalars.
    static func match(_ needle: [Unicode.Scalar], in text: [Unicode.Scalar], at start: Int) -> Int? {
        var position = start
        for scalar in needle {
            guard position < text.count else { return nil }
            if scalar == " " {
                guard text[position].properties.isWhitespace else { return nil }
                while position < text.count, text[position].properties.isWhitespace { position += 1 }
            } else {
                guard text[position] == scalar else { return nil }
                position += 1
            }
        }
        return position
    }
}
