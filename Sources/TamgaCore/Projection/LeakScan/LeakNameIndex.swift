/// What the leak scan's name rules need from a set of persons, computed
/// once (in `LeakScanner.init`, for the whole registry) rather than on
/// every scan: each spelling normalized into one trie, and every stem in
/// one lookup table. Before, each scan re-normalized every spelling of every
/// person and searched the text once per spelling, so an export cost 120 ms
/// with an 800-person registry (BENCHMARKS.md, P2).
///
/// Which persons are protected depends on the audience, so the index holds
/// everyone and each query takes the protected ids.
struct LeakNameIndex: Sendable {
    /// Persons by id, each with the trie numbers of its spellings in order.
    private let persons: [(id: String, needles: [Int])]
    private let trie: LeakSpellingTrie
    private let stems: LeakStemIndex
    /// The stems that are common words, judged by use (issue 15).
    private let commonStems: LeakCommonStems
    /// Short forms the stem rule is too short for, and fathers' names with
    /// their particle (issue 15, red-team round 4).
    private let shortForms: LeakShortForms
    private let fathers: LeakFatherNames
    /// Given-name possessives not used as surnames (red-team round 5).
    private let possessives: LeakGivenNamePossessives
    /// Name parts cut in two by a space (red-team round 5).
    private let splitNames: LeakSplitNames
    /// Spellings one edit from a name part by sound (red-team round 6).
    private let nearNames: LeakNearNames
    /// Russian-type surnames written whole, whatever the lexicon reads (red-team round 8).
    private let surnames: LeakSurnameNames
    let ids: Set<String>

    init(persons: some Sequence<RegisteredPerson>) {
        var trie = LeakSpellingTrie()
        var stems = LeakStemIndex()
        var commonStems = LeakCommonStems()
        var shortForms = LeakShortForms()
        var fathers = LeakFatherNames()
        var possessives = LeakGivenNamePossessives()
        var splitNames = LeakSplitNames()
        var nearNames = LeakNearNames()
        var surnames = LeakSurnameNames()
        var ordered: [(id: String, needles: [Int])] = []
        for person in persons.sorted(by: { $0.id < $1.id }) {
            ordered.append((person.id, person.nameForms.map { trie.insert(LeakNormalizer.needle($0)) }))
            stems.add(person)
            commonStems.add(person)
            shortForms.add(person)
            fathers.add(person)
            possessives.add(person)
            splitNames.add(person)
            nearNames.add(person)
            surnames.add(person)
        }
        self.persons = ordered
        self.trie = trie
        self.stems = stems
        self.commonStems = commonStems
        self.shortForms = shortForms
        self.fathers = fathers
        self.possessives = possessives
        self.splitNames = splitNames
        self.nearNames = nearNames
        self.surnames = surnames
        ids = Set(ordered.map(\.id))
    }

    /// The first whole-word occurrence of each declared spelling of each
    /// protected person: by person id, then in the order of the spellings,
    /// one entry per spelling found (its line).
    func spellingLines(in text: LeakNormalizer, protected: Set<String>) -> [(personID: String, line: Int)] {
        guard !persons.isEmpty else { return [] }
        let first = trie.firstOffsets(in: text)
        var found: [(personID: String, line: Int)] = []
        for person in persons where protected.contains(person.id) {
            for needle in person.needles {
                if let offset = first[needle] { found.append((person.id, text.lines[offset])) }
            }
        }
        return found
    }

    /// For each protected person, the line of the first two words that
    /// together spell a part of their name (`LeakSplitNames`).
    func splitLines(in text: LeakNormalizer, protected: Set<String>) -> [String: Int] {
        splitNames.firstLines(in: text, protected: protected)
    }

    /// For each protected person, the line of the first word a stem of
    /// theirs begins (`LeakScanner.stemHits`).
    func stemLines(in text: LeakNormalizer, lines: ScanLines, protected: Set<String>) -> [String: Int] {
        stems.firstLines(in: text, lines: lines, protected: protected)
    }

    /// For each protected person, the line of the first word a common stem
    /// of theirs begins where it is used as a name (`LeakCommonStems`).
    /// Also the short forms used as names and the fathers' names with their
    /// particle (`LeakShortForms`, `LeakFatherNames`): words judged by use too.
    func commonStemLines(in text: LeakNormalizer, lines: ScanLines, protected: Set<String>) -> [String: Int] {
        var first = commonStems.firstLines(in: text, lines: lines, protected: protected)
        first.merge(shortForms.firstLines(in: text, lines: lines, protected: protected)) { min($0, $1) }
        first.merge(fathers.phraseLines(in: text, lines: lines, protected: protected)) { min($0, $1) }
        first.merge(possessives.firstLines(in: text, lines: lines, protected: protected)) { min($0, $1) }
        first.merge(nearNames.firstLines(in: text, lines: lines, protected: protected)) { min($0, $1) }
        first.merge(surnames.firstLines(in: text, lines: lines, protected: protected)) { min($0, $1) }
        return first
    }
}
