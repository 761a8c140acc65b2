/// A name cut in two by a space (red-team round 5: `Sady kov`, `Сады ков`,
/// Pandoc's escaped space `Sady\ kov`, a line block's two lines): two
/// adjacent words whose concatenation is a part of a person's name. No
/// rule reading whole words sees it, and joining every two words would
/// read names into ordinary prose (`a man` → Aman, `ak bar` → Akbar).
///
/// So only what only the name makes is read: the two words joined are a
/// name part of at least `minimumLetters` letters (as declared, or a
/// Cyrillic part in each Latin system), optionally followed by up to
/// `endingLetters` letters of a case ending when the part is long enough
/// that an ending cannot make another word (`Сады кова`); each half has at
/// least two letters, so a one-letter word or initial never joins.
struct LeakSplitNames: Sendable {
    static let minimumLetters = 6
    static let endingLetters = 3
    /// A part this long takes a case ending after it.
    static let minimumLettersWithEnding = 7

    private var parts: [[Unicode.Scalar]: Set<String>] = [:]

    mutating func add(_ person: RegisteredPerson) {
        for spelling in person.nameForms {
            for part in spelling.split(whereSeparator: { !$0.isLetter }) {
                for writing in FusedWordRule.writings(of: String(part)) where writing.count >= Self.minimumLetters {
                    parts[writing, default: []].insert(person.id)
                }
            }
        }
    }

    /// For each protected person a split part of whose name the text shows, its first line.
    func firstLines(in text: LeakNormalizer, protected: Set<String>) -> [String: Int] {
        guard !parts.isEmpty else { return [:] }
        var first: [String: Int] = [:]
        let words = text.wordRanges
        for (left, right) in zip(words, words.dropFirst()) where right.lowerBound == left.upperBound + 1
            && text.scalars[left.upperBound] == " " && left.count >= 2 && right.count >= 2
            && left.count + right.count >= Self.minimumLetters {
            let joined = Array(text.scalars[left] + text.scalars[right])
            for ending in 0...min(Self.endingLetters, right.count - 2) {
                let part = Array(joined.dropLast(ending))
                guard ending == 0 || part.count >= Self.minimumLettersWithEnding, let ids = parts[part] else { continue }
                for id in ids where protected.contains(id) && first[id] == nil { first[id] = text.lines[left.lowerBound] }
            }
        }
        return first
    }
}
