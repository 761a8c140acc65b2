/// The fallback `NameFinding`: finds the declared spellings exactly as
/// written (case-insensitive, any run of whitespace where the spelling has a
/// space, whole words only). It knows no inflections or transliterations:
/// the vault uses the name engine's `NameMatcher`, and this finder exists for
/// tests and for builds without it. The leak scan catches what it misses.
public struct ExactNameFinder: NameFinding {
    /// The folded spellings, by their first scalar: a vault-wide registry
    /// has thousands of spellings, and each text offset need only try the
    /// few that start with its scalar.
    private let needles: [Unicode.Scalar: [(personID: String, scalars: [Unicode.Scalar])]]

    public init(persons: [PersonNames]) {
        let all = persons.flatMap { person in
            person.spellings.map { spelling in
                (personID: person.personID, scalars: spelling.collapsingWhitespace.unicodeScalars.map(ScalarText.folded))
            }
        }.filter { !$0.scalars.isEmpty }
        needles = Dictionary(grouping: all) { $0.scalars[0] }
    }

    public func matches(in text: String) -> [NameMatch] {
        let haystack = ScalarText(text)
        let folded = haystack.scalars.map(ScalarText.folded)
        var found: [(range: Range<Int>, personID: String)] = []
        for start in folded.indices {
            for needle in needles[folded[start]] ?? [] {
                if let end = Self.match(needle.scalars, in: folded, at: start), haystack.isWholeWord(start..<end) {
                    found.append((start..<end, needle.personID))
                }
            }
        }
        // Longest match first at each start, then drop overlaps left to right;
        // persons declaring the same spelling are all candidates of its span.
        found.sort { ($0.range.lowerBound, -$0.range.count, $0.personID) < ($1.range.lowerBound, -$1.range.count, $1.personID) }
        var kept: [(range: Range<Int>, candidates: [String])] = []
        var covered = 0
        for match in found {
            if let last = kept.last, last.range == match.range {
                if !last.candidates.contains(match.personID) { kept[kept.count - 1].candidates.append(match.personID) }
            } else if match.range.lowerBound >= covered {
                kept.append((match.range, [match.personID]))
                covered = match.range.upperBound
            }
        }
        return kept.map { NameMatch(personID: $0.candidates[0], range: haystack.range($0.range), candidates: $0.candidates) }
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
