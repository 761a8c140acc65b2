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
    ///
    /// Two words, or a run of three or four short chunks (red-team round 8,
    /// B-038: `Sa dy kov`, `Са ды ков`, `Tok to su nova`), separated by
    /// spaces only, whose concatenation is exactly a declared part (or its
    /// case form, as above). The words of a longer run are never closed up
    /// in general (a view that did refused `In Talas Region`); only what
    /// spells a protected part exactly is read, and within one line.
    func firstLines(in text: LeakNormalizer, protected: Set<String>) -> [String: Int] {
        guard !parts.isEmpty else { return [:] }
        var first: [String: Int] = [:]
        let words = text.wordRanges
        for start in words.indices {
            var chunks = [words[start]]
            var next = start + 1
            while chunks.count < Self.maximumChunks, next < words.count, Self.spacesOnly(between: chunks[chunks.count - 1], words[next], text) {
                chunks.append(words[next])
                next += 1
                guard Self.isCandidate(chunks) else { continue }
                read(chunks, text, protected: protected, into: &first)
            }
        }
        return first
    }

    /// The case endings of a Russian surname (Петрова, Петрову, Петровым,
    /// Петровом, Петровой, Петрове, Петровых), in Cyrillic and as
    /// transliterated, normalized as the scan reads them.
    static let caseEndings: Set<[Unicode.Scalar]> = Set(
        ["а", "у", "ым", "ом", "ой", "е", "ых", "ою", "a", "u", "ym", "om", "oy", "oi", "e", "ykh", "yh"].map(LeakNormalizer.needle))

    /// The most chunks a run may have.
    static let maximumChunks = 4
    /// The longest chunk of a run of three or more.
    static let maximumChunkLetters = 5

    /// Two words of at least two letters each; or three or four chunks of two
    /// to `maximumChunkLetters` letters. A one-letter word never joins (`sad
    /// y kov`, `a man`: red-team round 5's ordinary text); runs of single
    /// letters are the letter-spacing view's.
    static func isCandidate(_ chunks: [Range<Int>]) -> Bool {
        let total = chunks.reduce(0) { $0 + $1.count }
        guard total >= minimumLetters, chunks.allSatisfy({ $0.count >= 2 }) else { return false }
        return chunks.count == 2 || chunks.allSatisfy { $0.count <= maximumChunkLetters }
    }

    /// Only spaces (at least one) between two words on one line.
    static func spacesOnly(between left: Range<Int>, _ right: Range<Int>, _ text: LeakNormalizer) -> Bool {
        right.lowerBound > left.upperBound && text.scalars[left.upperBound..<right.lowerBound].allSatisfy { $0 == " " }
    }

    private func read(_ chunks: [Range<Int>], _ text: LeakNormalizer, protected: Set<String>, into first: inout [String: Int]) {
        let leftHalf = Array(text.scalars[chunks[0]])
        let joined = chunks.flatMap { text.scalars[$0] }
        let leftIsName = wholeParts[leftHalf] ?? []
        for ending in 0...min(Self.endingLetters, chunks.count >= 3 ? joined.count - Self.minimumLetters : chunks[chunks.count - 1].count - 1) {
            let part = Array(joined.dropLast(ending))
            // A part of six letters takes only a Russian case ending
            // (`Pe trova`, `Аса но вым`, `Петро в ым`): the split form of
            // exactly the name's case form is no accident of prose.
            let caseForm = Self.caseEndings.contains(Array(joined.suffix(ending)))
            var ids = ending == 0 || part.count >= Self.minimumLettersWithEnding || caseForm ? parts[part] ?? [] : []
            if ending > 0 { ids.formUnion(stems[part] ?? []) }
            for id in ids where protected.contains(id) && first[id] == nil && !leftIsName.contains(id) {
                first[id] = text.lines[chunks[0].lowerBound]
            }
        }
    }
}
