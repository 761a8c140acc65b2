/// A name cut in two by a space (red-team round 5: `Sady kov`, `Сады ков`,
/// Pandoc's escaped space `Sady\ kov`, a line block's two lines): two
/// adjacent words whose concatenation is a part of a person's name. No
/// rule reading whole words sees it, and joining every two words would
/// read names into ordinary prose (`a man` → Aman, `ak bar` → Akbar).
///
/// So only what only the name makes is read: the two words joined are a
/// declared name part (not a derived diminutive: `Алтын жана` would read
/// Алтынжан) of at least `minimumLetters` letters (as declared, or a
/// Cyrillic part in each Latin system), optionally followed by up to
/// `endingLetters` letters of a case ending when the part is long enough
/// that an ending cannot make another word (`Сады кова`), also in place of
/// its final vowel (`Осмо новой`, `Садыко вым`: the right half gives the
/// part at least one letter); each half has at
/// least two letters, so a one-letter word or initial never joins.
struct LeakSplitNames: Sendable {
    static let minimumLetters = 6
    static let endingLetters = 3
    /// A part this long takes a case ending after it.
    static let minimumLettersWithEnding = 7

    private var parts: [[Unicode.Scalar]: Set<String>] = [:]
    /// Every part of every name form, diminutives too: a left half that is
    /// one is the person's name and a word after it (`Алтын жана`, gold and,
    /// is no `Алтынжан`), read by the other rules as such.
    private var wholeParts: [[Unicode.Scalar]: Set<String>] = [:]
    /// Long parts without their final vowel, read only with an ending after them.
    private var stems: [[Unicode.Scalar]: Set<String>] = [:]
    static let vowels: Set<Unicode.Scalar> = Set("aeiouyаеиоуыэюяё".unicodeScalars)

    mutating func add(_ person: RegisteredPerson) {
        for spelling in person.nameForms {
            for part in spelling.split(whereSeparator: { !$0.isLetter }) {
                for writing in FusedWordRule.writings(of: String(part)) { wholeParts[writing, default: []].insert(person.id) }
            }
        }
        for spelling in person.spellings {
            for part in spelling.split(whereSeparator: { !$0.isLetter }) {
                for writing in FusedWordRule.writings(of: String(part)) where writing.count >= Self.minimumLetters {
                    parts[writing, default: []].insert(person.id)
                    // A Russian case form replaces a final vowel (Осмонова → Осмоновой).
                    if writing.count >= Self.minimumLettersWithEnding, let last = writing.last, Self.vowels.contains(last) {
                        stems[Array(writing.dropLast()), default: []].insert(person.id)
                    }
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
            let leftHalf = Array(text.scalars[left])
            let joined = leftHalf + Array(text.scalars[right])
            let leftIsName = wholeParts[leftHalf] ?? []
            for ending in 0...min(Self.endingLetters, right.count - 1) {
                let part = Array(joined.dropLast(ending))
                var ids = ending == 0 || part.count >= Self.minimumLettersWithEnding ? parts[part] ?? [] : []
                if ending > 0 { ids.formUnion(stems[part] ?? []) }
                for id in ids where protected.contains(id) && first[id] == nil && !leftIsName.contains(id) {
                    first[id] = text.lines[left.lowerBound]
                }
            }
        }
        return first
    }
}
