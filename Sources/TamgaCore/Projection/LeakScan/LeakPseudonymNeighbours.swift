/// The rest of a protected name beside a pseudonym (red team round 9,
/// `Alexander Detainee A`, `Detainee A
/// Yusupov`, `Юсупов Задержанный A`, `Bakhtygul Detainee A`. The projector
/// replaced one part and left the other, written a letter or two off the
/// declared spelling: too far for the near-name rule to read alone
/// (`LeakNearNames`: Юсупов is a surname of its own, not a slip of
/// Джусупов), but beside a pseudonym it can only be the rest of the name.
///
/// So the word right before a pseudonym's role words, or right after its
/// letter (a space or one comma between), of five letters or more and not
/// a word the lexicon has nor a place, is a protected person's where its sound
/// (`SoundSkeleton`, one symbol per vowel letter), whole or without a name
/// ending, is within one edit of a part of that person's name (two for a
/// part of six symbols or more), and it is not exactly a part of a person
/// the audience may see. Which person the pseudonym stands for the scan
/// does not know (the projector chose it): any protected person counts.
///
/// Pseudonyms are read as the shipped catalogues and the policy write
/// them: the role words, then one or two letters.
struct LeakPseudonymNeighbours: Sendable {
    private struct Part: Sendable {
        let personID: String
        let sound: [UInt8]
    }

    private var parts: [Part] = []
    /// Every part as written, by person, for the exemption of disclosed persons.
    private var words: [String: Set<String>] = [:]
    /// The role words of every pseudonym template, each as a list of normalized words.
    private let roleWords: [[String]]

    static let shortestWord = 5

    init(persons: some Sequence<RegisteredPerson>, policy: Policy) {
        var templates = Set(policy.roles.values.map(\.pseudonym.template))
        for language in [DocumentLanguage.english, .russian, .kyrgyz] {
            templates.formUnion(ExportCatalogue.for(language).policyTexts.pseudonyms.values)
        }
        roleWords = templates.sorted().compactMap { template in
            guard let prefix = template.components(separatedBy: PseudonymPattern.placeholder).first else { return nil }
            let words = LeakNormalizer(prefix).words.map(\.word)
            return words.isEmpty ? nil : words
        }
        for person in persons {
            var seen: Set<[UInt8]> = []
            for word in person.spellings.flatMap(LeakFatherNames.stemWords(of:)) {
                for written in FusedWordRule.writings(of: word) {
                    words[person.id, default: []].insert(String(String.UnicodeScalarView(written)))
                    let sound = Self.sound(written)
                    guard sound.count >= Self.shortestWord, seen.insert(sound).inserted else { continue }
                    parts.append(Part(personID: person.id, sound: sound))
                }
            }
        }
    }

    /// A hit per protected person whose name part stands beside a pseudonym, at the first such line.
    func hits(in view: ScanView, _ text: LeakNormalizer, protected: Set<String>, disclosed: Set<String>) -> [LeakHit] {
        guard !parts.isEmpty else { return [] }
        let ranges = text.wordRanges
        let strings = ranges.map { LeakPlaceContext.string($0, text) }
        var firstLine: [String: Int] = [:]
        for (index, range) in ranges.enumerated() where range.count <= 2 {
            // The label: one or two Latin letters after the role words.
            guard text.scalars[range].allSatisfy({ ("a"..."z").contains($0) }), let roleStart = roleStart(strings, before: index) else { continue }
            var neighbours: [Int] = []
            if roleStart > 0, isBeside(text, ranges[roleStart - 1].upperBound, ranges[roleStart].lowerBound) { neighbours.append(roleStart - 1) }
            if index + 1 < ranges.count, isBeside(text, range.upperBound, ranges[index + 1].lowerBound) { neighbours.append(index + 1) }
            for neighbour in neighbours {
                for id in persons(of: strings[neighbour], text.scalars[ranges[neighbour]], protected: protected, disclosed: disclosed)
                where firstLine[id] == nil {
                    firstLine[id] = text.lines[ranges[neighbour].lowerBound]
                }
            }
        }
        return firstLine.keys.sorted().map { id in
            LeakHit(rule: .protectedName, view: view.name, exportLine: firstLine[id], sourceLine: nil, personID: id, detector: nil)
        }
    }

    /// Where the role words that end right before word `index` begin, if any do.
    private func roleStart(_ strings: [String], before index: Int) -> Int? {
        for role in roleWords where index >= role.count {
            if Array(strings[(index - role.count)..<index]) == role { return index - role.count }
        }
        return nil
    }

    /// Only a space, or one comma and a space, between two words.
    private func isBeside(_ text: LeakNormalizer, _ end: Int, _ start: Int) -> Bool {
        let gap = text.scalars[end..<start]
        return (1...2).contains(gap.count) && gap.allSatisfy { $0 == " " || $0 == "," } && gap.filter { $0 == "," }.count <= 1
    }

    /// The protected persons one of whose parts the word is, written a letter or two off.
    private func persons(of word: String, _ scalars: ArraySlice<Unicode.Scalar>, protected: Set<String>,
                         disclosed: Set<String>) -> Set<String> {
        guard scalars.count >= Self.shortestWord, !CommonWords.shared.isWordForm(word), !Gazetteer.shared.placeForms.contains(word),
              !Gazetteer.hasToponymShape(word) else { return [] }
        if disclosed.contains(where: { words[$0]?.contains(word) ?? false }) { return [] }
        // The whole word within two edits (one for a short part); without a name ending, within one
        // (Юсупова, Юсуповдун; not Alexandrovka, a village: Aleksandr and -ovka).
        let whole = Self.sound(scalars)
        var stems: [[UInt8]] = []
        for cut in stride(from: 1, through: min(6, scalars.count - Self.shortestWord), by: 1) {
            let rest = scalars.suffix(cut)
            if LeakWordUse.nameEndings.contains(Array(rest)) || LeakSuffixGrammar.accepts(rest) {
                stems.append(Self.sound(scalars.dropLast(cut)))
            }
        }
        var found: Set<String> = []
        for part in parts where protected.contains(part.personID) && !found.contains(part.personID) {
            if Self.isWithin(part.sound.count >= 6 ? 2 : 1, whole, part.sound) || stems.contains(where: { Self.isWithin(1, $0, part.sound) }) {
                found.insert(part.personID)
            }
        }
        return found
    }

    /// The sound of a word, a Latin x read as ks (Alexander, Maxim: the
    /// skeleton's x is the kh of a Russian transliteration).
    static func sound(_ scalars: some Collection<Unicode.Scalar>) -> [UInt8] {
        guard scalars.contains("x"), !scalars.contains(where: { (0x400...0x4FF).contains($0.value) }) else {
            return SoundSkeleton.of(scalars, collapsingVowels: false)
        }
        return SoundSkeleton.of(scalars.flatMap { $0 == "x" ? ["k", "s"] : [$0] } as [Unicode.Scalar], collapsingVowels: false)
    }

    /// Whether the edit distance of two sounds is at most `limit` (the
    /// scan's own, apart from the projector's reading of neighbours).
    static func isWithin(_ limit: Int, _ a: [UInt8], _ b: [UInt8]) -> Bool {
        BoundedEditDistance.isWithin(limit, a, b)
    }
}
