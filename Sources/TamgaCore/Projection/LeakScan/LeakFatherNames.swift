/// The father's name in a Kyrgyz patronymic, as the leak scan reads it
/// (issue 15, red-team round 4). In "Нурлан Бакыт уулу" the word Бакыт is
/// the father's given name: alone it names the father or any man called
/// Бакыт ("Директор Бакыт Төрөбаев"), and beside уулу/кызы with another
/// given name it is another man's patronymic ("Асан уулу Марат", "Жамила
/// Асан кызы"). The stem rule read it alone and refused such reports.
///
/// So the stems (`LeakStemIndex`, `LeakCommonStems`) leave out the father's
/// name and the particle, and `phraseLines` reads "Бакыт уулу" (the whole
/// phrase) as the person unless a capitalized word the lexicon does not
/// have, another person's given name, stands right before it or right after
/// the particle. The full declared spelling ("Нурлан Бакыт уулу") is still
/// found as declared (`LeakSpellingTrie`).
struct LeakFatherNames: Sendable {
    /// Normalized father's names → the persons whose patronymic they make.
    private var personsByFather: [String: [String]] = [:]

    /// The particles as the scan normalizes text.
    static let particles: Set<String> = Set(["уулу", "кызы", "uulu", "kyzy", "kizi", "uly", "ulu", "ugli", "ogly", "oglu", "gizi", "улы", "угли",
                                             "оглы", "гызы", "қызы"].map { String(String.UnicodeScalarView(LeakNormalizer.needle($0))) })

    /// The words of a spelling whose stems the stem rule reads: all but a
    /// particle and the word right before it (the father's name).
    static func stemWords(of spelling: String) -> [String] {
        let words = LeakNormalizer(spelling).words.map(\.word)
        return words.indices.filter { index in
            !particles.contains(words[index]) && !(index + 1 < words.count && particles.contains(words[index + 1]))
        }.map { words[$0] }
    }

    mutating func add(_ person: RegisteredPerson) {
        for spelling in person.spellings {
            let words = LeakNormalizer(spelling).words.map(\.word)
            for index in words.indices.dropLast() where Self.particles.contains(words[index + 1]) && words[index].count >= 3 {
                if !(personsByFather[words[index]]?.contains(person.id) ?? false) {
                    personsByFather[words[index], default: []].append(person.id)
                }
            }
        }
    }

    /// For each protected person, the line of the first "father's name + particle"
    /// of theirs not beside another person's given name.
    func phraseLines(in text: LeakNormalizer, lines written: ScanLines, protected: Set<String>) -> [String: Int] {
        guard !personsByFather.isEmpty else { return [:] }
        var firstLine: [String: Int] = [:]
        let words = text.wordRanges
        let lines = written.lines
        for (index, word) in words.enumerated() where index + 1 < words.count {
            guard let ids = personsByFather[LeakPlaceContext.string(word, text)] else { continue }
            let particle = words[index + 1]
            let particleText = LeakPlaceContext.string(particle, text)
            guard Self.particles.contains(where: { particleText.hasPrefix($0) }),
                  text.scalars[word.upperBound..<particle.lowerBound].allSatisfy({ $0 == " " }) else { continue }
            let before = index > 0 ? words[index - 1] : nil
            let after = index + 2 < words.count ? words[index + 2] : nil
            // Before: a capitalized word the lexicon lacks (Жамила; not Директор). After the
            // particle: any capitalized word (Марат, Болот), where Kyrgyz puts the given name.
            let beside = [before.map { ($0, $0.upperBound..<word.lowerBound, true) }, after.map { ($0, particle.upperBound..<$0.lowerBound, false) }]
                .compactMap { $0 }
                .contains { neighbour, gap, lexicon in
                    text.scalars[gap].allSatisfy { $0 == " " } && Self.isGivenNameLike(neighbour, text, lines: lines, lexicon: lexicon)
                }
            if beside { continue }
            for id in ids where firstLine[id] == nil && protected.contains(id) { firstLine[id] = text.lines[word.lowerBound] }
        }
        return firstLine
    }

    /// A word written with a capital on its line (and, with `lexicon`, one the lexicon does not have): a given name.
    private static func isGivenNameLike(_ word: Range<Int>, _ text: LeakNormalizer, lines: [Substring], lexicon: Bool) -> Bool {
        let lineNumber = text.lines[word.lowerBound]
        guard word.count >= 3, lineNumber - 1 < lines.count else { return false }
        let occurrences = LeakWordUse.occurrences(of: word, text, in: lines[lineNumber - 1])
        return !occurrences.isEmpty && occurrences.allSatisfy { token in
            token.first?.isUppercase == true && !(lexicon && CommonWords.shared.isWordForm(token.lowercased()))
        }
    }
}
