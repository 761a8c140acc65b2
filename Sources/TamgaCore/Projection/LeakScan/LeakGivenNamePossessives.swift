/// The scan's own reading of a protected person's given-name possessive
/// (`GivenNamePossessives`: Айбеков брат, Нурланов дом, "Aibekov brat",
/// the tag "aibekov-brat"; red-team round 5). The stem rule leaves the
/// word alone on purpose (`LeakNameDerivation`: Айбек + -ов is another
/// person's surname, "The lawyer Nazira Aibekova"), so this rule reads it
/// where the words around it do not make it a surname (`PossessiveUse`).
///
/// A word counts when it is a possessive stem (in Cyrillic or any Latin
/// writing, normalized as the scan normalizes) and one of the adjective's
/// endings. Fail closed: a word the original line does not show as one
/// token (a disguised spelling) counts wherever it stands.
struct LeakGivenNamePossessives: Sendable {
    private var personsByStem: [String: [String]] = [:]

    /// The endings, Cyrillic and Latin, normalized (look-alikes read Latin).
    static let endings: Set<String> = Set((GivenNamePossessives.endings + GivenNamePossessives.latinEndings)
        .map { String(String.UnicodeScalarView(LeakNormalizer.needle($0))) })
    static let longestEnding = 3
    /// Four letters of a given name and -ов.
    static let shortestStem = 6

    mutating func add(_ person: RegisteredPerson) {
        for stem in GivenNamePossessives.stems(ofSpellings: person.spellings) {
            let writings = NameVariants.scripts(of: stem) + ForeignTransliteration.allCases.map { $0.latin(stem) }
            for written in writings {
                let key = String(String.UnicodeScalarView(LeakNormalizer.needle(written)))
                guard key.unicodeScalars.count >= Self.shortestStem else { continue }
                if !(personsByStem[key]?.contains(person.id) ?? false) { personsByStem[key, default: []].append(person.id) }
            }
        }
    }

    /// For each protected person, the line of the first word that is a possessive of theirs used as one.
    func firstLines(in text: LeakNormalizer, lines written: ScanLines, protected: Set<String>) -> [String: Int] {
        guard !personsByStem.isEmpty else { return [:] }
        var firstLine: [String: Int] = [:]
        let lines = written.lines
        for word in text.wordRanges where word.count >= Self.shortestStem {
            let scalars = text.scalars[word]
            for cut in 0...min(Self.longestEnding, word.count - Self.shortestStem) {
                let ending = String(String.UnicodeScalarView(scalars.suffix(cut)))
                guard cut == 0 || Self.endings.contains(ending) else { continue }
                let stem = String(String.UnicodeScalarView(scalars.dropLast(cut)))
                for id in personsByStem[stem] ?? [] where firstLine[id] == nil && protected.contains(id) {
                    if Self.isPossessiveUse(word, text, lines: lines) { firstLine[id] = text.lines[word.lowerBound] }
                }
            }
        }
        return firstLine
    }

    /// Whether any occurrence of the word on its line stands as a possessive (none found: yes).
    private static func isPossessiveUse(_ word: Range<Int>, _ text: LeakNormalizer, lines: [Substring]) -> Bool {
        let lineNumber = text.lines[word.lowerBound]
        guard lineNumber >= 1, lineNumber - 1 < lines.count else { return true }
        let line = lines[lineNumber - 1]
        let tokens = LeakWordUse.occurrences(of: word, text, in: line)
        guard !tokens.isEmpty else { return true }
        return tokens.contains { PossessiveUse.isPossessive($0, before: line[..<$0.startIndex], after: line[$0.endIndex...]) }
    }
}
