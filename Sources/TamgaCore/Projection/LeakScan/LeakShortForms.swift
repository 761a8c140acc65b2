/// Short forms of a protected person's given name or surname, shorter than
/// the stem rule reads (`LeakScanner.stemLetters`, five letters): Ната,
/// Макс, Нуке, Кузя, Alex, Max, Mike (issue 15, red-team round 4). The
/// matcher keys them from the derived spellings (`NameDiminutiveSpellings`);
/// this is the scan's own reading of them, so that a short form the matcher
/// misses still stops the export.
///
/// A word is the short form as derived or with a short case ending (Кузю,
/// Макса, Нату), and counts only where used as a name (`LeakCommonStems.isNameUse`):
/// with a capital, at a sentence start only if the lexicon does not have it
/// or it is the form written whole (Max, Маке); in a pasted chat a small
/// letter counts as a capital. Four letters meet many words (max, руке,
/// sans): a lower-case one is never the name.
struct LeakShortForms: Sendable {
    private var personsByForm: [String: [String]] = [:]
    private var partnersByPerson: [String: Set<String>] = [:]

    static let shortest = 3
    /// Case endings after the form without its final vowel (Кузя → Кузю, Кузей; Ната → Нату; Макс → Макса).
    static let endings: Set<String> = Set(["а", "у", "ю", "я", "е", "и", "ы", "ой", "ей", "ом", "ем", "s"]
        .map { String(String.UnicodeScalarView(LeakNormalizer.needle($0))) })

    mutating func add(_ person: RegisteredPerson) {
        let declared = Set(person.spellings.flatMap { LeakNormalizer($0).words.map(\.word) })
        var forms: Set<String> = []
        for spelling in person.nameForms where !person.spellings.contains(spelling) {
            for word in spelling.split(whereSeparator: { !$0.isLetter }).map(String.init) {
                for written in FusedWordRule.writings(of: word) {
                    let form = String(String.UnicodeScalarView(written))
                    if (Self.shortest..<LeakScanner.stemLetters).contains(written.count), !declared.contains(form) { forms.insert(form) }
                }
            }
        }
        guard !forms.isEmpty else { return }
        for form in forms { personsByForm[form, default: []].append(person.id) }
        partnersByPerson[person.id] = forms.union(person.spellings.flatMap(LeakFatherNames.stemWords(of:)))
    }

    /// For each protected person, the line of the first word that is a short form of theirs used as a name.
    func firstLines(in text: LeakNormalizer, lines written: ScanLines, protected: Set<String>) -> [String: Int] {
        guard !personsByForm.isEmpty else { return [:] }
        var firstLine: [String: Int] = [:]
        let lines = written.lines
        for word in text.wordRanges where (Self.shortest...(LeakScanner.stemLetters + 1)).contains(word.count) {
            let (whole, inflected) = persons(of: LeakPlaceContext.string(word, text))
            for id in whole + inflected where firstLine[id] == nil && protected.contains(id) {
                // A dictionary word reached only through a form's stem and an ending is the word:
                // "DejaVu Sans", "Médecins Sans Frontières" (the matcher's `isReachedOnlyByDerivedStem`).
                if !whole.contains(id), isDictionaryWord(word, text, lines: lines) { continue }
                if LeakCommonStems.isNameUse(word, text, lines: lines, partners: partnersByPerson[id] ?? [], inChat: written.isChat) {
                    firstLine[id] = text.lines[word.lowerBound]
                }
            }
        }
        return firstLine
    }

    /// Whether the word, as written on its line, is a lexicon word (fail closed: not found is no word).
    private func isDictionaryWord(_ word: Range<Int>, _ text: LeakNormalizer, lines: [Substring]) -> Bool {
        let lineNumber = text.lines[word.lowerBound]
        guard lineNumber >= 1, lineNumber - 1 < lines.count else { return false }
        let tokens = LeakWordUse.occurrences(of: word, text, in: lines[lineNumber - 1])
        return !tokens.isEmpty && tokens.allSatisfy { CommonWords.shared.isWordForm($0.lowercased()) }
    }

    /// The persons a word is a short form of: the form itself (`whole`), or
    /// the form (without a final vowel) and a case ending (`inflected`).
    private func persons(of word: String) -> (whole: [String], inflected: [String]) {
        let whole = personsByForm[word] ?? []
        var found = whole
        let scalars = Array(word.unicodeScalars)
        for cut in 1...2 where scalars.count - cut >= Self.shortest - 1 {
            let stem = String(String.UnicodeScalarView(scalars.dropLast(cut)))
            let ending = String(String.UnicodeScalarView(scalars.suffix(cut)))
            guard Self.endings.contains(ending) else { continue }
            for vowel in ["", "а", "я", "е", "a", "e"].map({ String(String.UnicodeScalarView(LeakNormalizer.needle($0))) }) {
                for id in personsByForm[stem + vowel] ?? [] where !found.contains(id) && stem + vowel != word { found.append(id) }
            }
        }
        return (whole, Array(found.dropFirst(whole.count)))
    }
}
