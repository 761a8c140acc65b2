/// Names fused into one word outside any address (issue 15, red-team round
/// 2, class 3): hashtags (`#freeaibeksadykov`, `#свободуайбекусадыкову`),
/// handles written without `@` (`erketoktosunova`, `asadykov`), a tag
/// (`ivanstarostin`), a campaign in capitals (`AIBEKSADYKOV`). No word rule
/// reads a name inside a longer word, and `FusedNameRule` reads only
/// addresses.
///
/// Why not every part inside every word: a surname is often inside another
/// (Asanov in Khasanov, Sadykov in Mamasadykov) and a given name inside a
/// common word. What is read here is what only the person's name makes:
/// two parts of one declared spelling in a row (a few letters of an ending
/// between them: айбек-у-садыкову), or the first letter of one part right
/// before another at the start of the word (a-sadykov).
struct FusedWordRule {
    private struct Part { let personID: String; let spelling: Int; let index: Int; let scalars: [Unicode.Scalar] }

    /// Parts by their first three scalars.
    private var partsByHead: [[Unicode.Scalar]: [Part]] = [:]
    /// Per person and spelling, the parts in order, each in every writing
    /// (as declared, and a Cyrillic part in each Latin system: a campaign
    /// writes AIBEKSADYKOV for a detainee declared only as Айбек Садыков).
    private var spellings: [String: [[[[Unicode.Scalar]]]]] = [:]

    /// Letters an ending may put between two parts (айбек-у садыков-у).
    static let gap = 3
    static let minimumWord = 8
    /// An initial and a part of five letters or more (mbelov).
    static let minimumInitialWord = 6

    init(persons: some Sequence<RegisteredPerson>) {
        for person in persons {
            for (number, spelling) in person.nameForms.enumerated() {
                let parts = spelling.split(whereSeparator: { !$0.isLetter }).map { Self.writings(of: String($0)) }
                spellings[person.id, default: []].append(parts)
                for (index, writings) in parts.enumerated() {
                    for part in writings where part.count >= 3 {
                        partsByHead[Array(part.prefix(3)), default: []].append(Part(personID: person.id, spelling: number, index: index, scalars: part))
                    }
                }
            }
        }
    }

    /// For each person in `protected` with a fused name in the view (`text`:
    /// the view normalized, as the caller's other rules read it), the line of the first word.
    func hits(in view: ScanView, _ text: LeakNormalizer, protected: Set<String>) -> [LeakHit] {
        guard !partsByHead.isEmpty else { return [] }
        var firstLine: [String: Int] = [:]
        for word in text.wordRanges where word.count >= Self.minimumInitialWord {
            // Digits after a handle (asadykov1990) are not part of the name.
            let letters = Array(text.scalars[word].reversed().drop { $0.properties.numericType != nil }.reversed())
            guard letters.count >= Self.minimumInitialWord else { continue }
            for id in fusedPersons(in: letters) where firstLine[id] == nil && protected.contains(id) { firstLine[id] = text.lines[word.lowerBound] }
        }
        return firstLine.keys.sorted().map {
            LeakHit(rule: .protectedName, view: view.name, exportLine: firstLine[$0], sourceLine: nil, personID: $0, detector: nil)
        }
    }

    /// A part as declared and, when Cyrillic, in each Latin system, normalized as the scan normalizes text.
    static func writings(of part: String) -> [[Unicode.Scalar]] {
        var out = [LeakNormalizer.needle(part)]
        if part.unicodeScalars.contains(where: { (0x400...0x4FF).contains($0.value) }) {
            for system in TransliterationSystem.allCases {
                let latin = LeakNormalizer.needle(Transliteration.latin(part, system: system))
                if !out.contains(latin) { out.append(latin) }
            }
        }
        return out
    }

    /// The persons two of whose parts stand in a row inside `word`, or whose
    /// part follows the initial of another at the word's start.
    private func fusedPersons(in word: [Unicode.Scalar]) -> Set<String> {
        var found: Set<String> = []
        for start in 0..<max(0, word.count - 2) {
            for part in partsByHead[Array(word[start..<(start + 3)])] ?? [] where occurs(part.scalars, in: word, at: start) {
                guard let parts = spellings[part.personID]?[part.spelling] else { continue }
                let end = start + part.scalars.count
                // Another part of the same spelling right after (an ending between allowed).
                for (index, writings) in parts.enumerated() where word.count >= Self.minimumWord && index != part.index {
                    for other in writings where other.count >= 3
                        && max(other.count, part.scalars.count) >= 5 && other.count + part.scalars.count >= 8 {
                        for at in end...min(end + Self.gap, word.count) where occurs(other, in: word, at: at) {
                            found.insert(part.personID)
                        }
                    }
                }
                // The initial of another part, then this one, at the word's start: asadykov.
                if start == 1, part.scalars.count >= 5, word.count - end <= Self.gap,
                   parts.enumerated().contains(where: { $0.offset != part.index && $0.element.contains { $0.first == word[0] } }) {
                    found.insert(part.personID)
                }
            }
        }
        return found
    }

    private func occurs(_ part: [Unicode.Scalar], in word: [Unicode.Scalar], at start: Int) -> Bool {
        start + part.count <= word.count && word[start..<(start + part.count)].elementsEqual(part)
    }
}
