/// Spellings of a protected person's name that no rule derives: a vowel of
/// another language (Oybek for Aibek, Irkin for Erkin, Nurlon for Nurlan,
/// Dilshat for Dilshod, Usmonov for Osmonov), Kyrgyz ү written as Russian ю
/// (Бюбюсара, Byubyusara for Бүбүсара), another ending (Rakhimof,
/// Asanof), a dropped h (Hasanov), and ordinary typos (Saydkov, Sadykvo,
/// Садыкв, Садыквов, Шевчеко). Red-team round 6, class A: each of the 21
/// leaks was one edit from a declared spelling once the word is read by
/// sound (`SoundSkeleton`).
///
/// So a word of five letters or more, whole or without a case ending, whose
/// skeleton is the skeleton of a part of a protected person's name or that
/// skeleton misspelled (`SoundSkeleton.isNear(word:part:)`: the edits that
/// keep the name, not those that make another surname) of a part of a
/// protected person's name (five letters or more, the father's name of a
/// patronymic left out), is that person where it is used as a name (`isNameUse`):
/// in any case (round 7), not a word the lexicon has or a form of one, not a
/// place or a named entity. Uzbek forms are read as derivations: the vowel
/// shift a→o and the suffixes -jon, -xon, -oy (round 7). A word that is exactly a part of a person
/// the audience may see, or sounds exactly like one when it is only near a
/// protected one, is that person (`Temir Osmonov` is not the protected
/// Osmanov). Only the scan reads this rule: the projector keeps replacing
/// what it knows, and a near spelling stops the export with the place named,
/// for the author to correct or declare.
///
/// Skeletons are filed under each one-symbol deletion of their pair-folded
/// form, so a word costs a few lookups whatever the registry's size.
struct LeakNearNames: Sendable {
    private struct Part: Sendable {
        let personID: String
        let skeleton: [UInt8]
        /// One `V` per vowel letter (`SoundSkeleton.of(_:collapsingVowels:)`).
        let open: [UInt8]
        /// The letters, for typos that cut a two-letter sound (Mihkail, Shhevchenko, Chygnyz).
        let letters: [Unicode.Scalar]

        func isNear(_ reading: Reading) -> Bool {
            SoundSkeleton.isNear(word: reading.skeleton, part: skeleton) || SoundSkeleton.isNear(word: reading.open, part: open)
                || Self.isTypo(reading.letters, of: letters)
                // Uzbek writes a as o (Abdurahmonova, Sodiqov, Usmonov): the shift is the derivation, one slip may follow.
                || SoundSkeleton.isNear(word: SoundSkeleton.uzbekShifted(reading.skeleton), part: SoundSkeleton.uzbekShifted(skeleton))
        }

        /// Two neighbouring letters swapped, or one letter typed twice.
        static func isTypo(_ word: [Unicode.Scalar], of part: [Unicode.Scalar]) -> Bool {
            if word.count == part.count {
                guard let i = word.indices.first(where: { word[$0] != part[$0] }), i + 1 < word.count else { return false }
                return word[i] == part[i + 1] && word[i + 1] == part[i] && word[(i + 2)...] == part[(i + 2)...]
            }
            guard word.count == part.count + 1 else { return false }
            let i = part.indices.first(where: { part[$0] != word[$0] }) ?? part.count
            return word[(i + 1)...] == part[i...] && ((i > 0 && word[i - 1] == word[i]) || (i + 1 < word.count && word[i + 1] == word[i]))
        }
    }

    /// A word's two skeletons and its letters.
    private struct Reading {
        let skeleton: [UInt8]
        let open: [UInt8]
        let letters: [Unicode.Scalar]

        init(_ word: some Collection<Unicode.Scalar>) {
            skeleton = SoundSkeleton.of(word)
            open = SoundSkeleton.of(word, collapsingVowels: false)
            letters = Array(word)
        }
    }

    private var parts: [Part] = []
    private var byKey: [[UInt8]: [Int]] = [:]
    /// The same by letters: each one-letter deletion of a part's letters.
    private var byLetters: [[Unicode.Scalar]: [Int]] = [:]
    /// Each person's parts as normalized words, for the neighbour test and the exact-name exemption.
    private var partWords: [String: Set<String>] = [:]
    private var ownerOfWord: [String: Set<String>] = [:]
    /// Every part and its stem (`leakStems`): a word that begins with one is
    /// the stem rule's to judge (Петровна, Садыковна, Михаила, Aibekbek are
    /// other people's names or the person's case forms, already decided there).
    private var stems: Set<[Unicode.Scalar]> = []

    static let shortestWord = 5
    static let shortestSkeleton = 4

    /// Uzbek and Tajik suffixes of endearment and respect after a given name
    /// (Oybekjon, Дилшоджон, Nurlonxon; red-team round 7, A-217): the name
    /// is read without them. Not -bek, which makes another given name (Nurlanbek).
    static let uzbekSuffixes: Set<[Unicode.Scalar]> = Set(["jon", "джон", "жон", "xon", "хон", "oy"].map(LeakNormalizer.needle))

    mutating func add(_ person: RegisteredPerson) {
        var seen: Set<[Unicode.Scalar]> = []
        for word in person.spellings.flatMap(LeakFatherNames.stemWords(of:)) {
            for written in FusedWordRule.writings(of: word) where written.count >= Self.shortestWord {
                let string = String(String.UnicodeScalarView(written))
                for stem in string.leakStems where stem.unicodeScalars.count >= Self.shortestWord { stems.insert(Array(stem.unicodeScalars)) }
                partWords[person.id, default: []].insert(string)
                ownerOfWord[string, default: []].insert(person.id)
                let reading = Reading(written)
                guard reading.skeleton.count >= Self.shortestSkeleton, seen.insert(written).inserted else { continue }
                parts.append(Part(personID: person.id, skeleton: reading.skeleton, open: reading.open, letters: written))
                for key in Self.keys(of: reading.skeleton).union(Self.keys(of: reading.open)) {
                    byKey[key, default: []].append(parts.count - 1)
                }
                for key in Self.deletions(of: written) { byLetters[key, default: []].append(parts.count - 1) }
            }
        }
    }

    /// Each one-letter deletion of a word.
    private static func deletions(of letters: [Unicode.Scalar]) -> Set<[Unicode.Scalar]> {
        var keys: Set<[Unicode.Scalar]> = []
        for index in letters.indices {
            var shorter = letters
            shorter.remove(at: index)
            keys.insert(shorter)
        }
        return keys
    }

    /// The folded skeleton and each of its one-symbol deletions.
    private static func keys(of skeleton: [UInt8]) -> Set<[UInt8]> {
        let folded = SoundSkeleton.folded(skeleton)
        var keys: Set<[UInt8]> = [folded]
        for index in folded.indices {
            var shorter = folded
            shorter.remove(at: index)
            keys.insert(shorter)
        }
        return keys
    }

    /// For each protected person, the line of the first word near a part of their name used as a name.
    func firstLines(in text: LeakNormalizer, lines written: ScanLines, protected: Set<String>) -> [String: Int] {
        guard !parts.isEmpty else { return [:] }
        var firstLine: [String: Int] = [:]
        // A text repeats its words: each is read by sound once (measured:
        // the rule doubled an export's time, BENCHMARKS.md).
        var memo: [String: [String: Bool]] = [:]
        for word in text.wordRanges where word.count >= Self.shortestWord {
            let string = LeakPlaceContext.string(word, text)
            let near: [String: Bool]
            if let known = memo[string] {
                near = known
            } else {
                // A part of a person's name as written, or a word beginning with a part's stem: the other rules judge it.
                let judgedElsewhere = ownerOfWord[string] != nil || (Self.shortestWord...word.count).contains {
                    stems.contains(Array(text.scalars[word.lowerBound..<(word.lowerBound + $0)]))
                }
                near = judgedElsewhere ? [:] : persons(near: text.scalars[word])
                memo[string] = near
            }
            guard !near.isEmpty else { continue }
            let found = near.filter { protected.contains($0.key) && firstLine[$0.key] == nil }
            guard !found.isEmpty else { continue }
            // Sounding exactly like a person the audience may see, and only near the protected one: that person.
            let seen = near.filter { !protected.contains($0.key) && $0.value }
            if !seen.isEmpty, !found.values.contains(true) { continue }
            for id in found.keys.sorted() where isNameUse(word, text, lines: written, partners: partWords[id] ?? []) {
                firstLine[id] = text.lines[word.lowerBound]
            }
        }
        return firstLine
    }

    /// The persons with a part near the word (whole, or without a Russian
    /// case ending or a Kyrgyz suffix stack), each with whether the sound is
    /// the same (no edit).
    private func persons(near word: ArraySlice<Unicode.Scalar>) -> [String: Bool] {
        var result: [String: Bool] = [:]
        var readings = [Reading(word)]
        for cut in stride(from: 1, through: min(4, word.count - Self.shortestWord), by: 1) {
            let rest = word.suffix(cut)
            guard LeakWordUse.nameEndings.contains(Array(rest)) || LeakSuffixGrammar.accepts(rest)
                || Self.uzbekSuffixes.contains(Array(rest)) else { continue }
            readings.append(Reading(word.dropLast(cut)))
        }
        for reading in readings where reading.skeleton.count >= Self.shortestSkeleton - 1 {
            var candidates: Set<Int> = []
            for key in Self.keys(of: reading.skeleton).union(Self.keys(of: reading.open)) { candidates.formUnion(byKey[key] ?? []) }
            for key in Self.deletions(of: reading.letters) { candidates.formUnion(byLetters[key] ?? []) }
            for index in candidates where parts[index].isNear(reading) {
                let part = parts[index]
                result[part.personID] = (result[part.personID] ?? false) || reading.skeleton == part.skeleton
            }
        }
        return result
    }

    /// Used as a name: next to another part of the person's name, or
    /// neither a word the lexicon has (`Below` is no Belov; a typo the
    /// lexicon has is lost to this rule, a name's case form is the stem
    /// rule's), nor a place or a named entity. Case does not decide (red-team
    /// round 7: `oybek`, `dilshat`, `садыкв` in a relative's message pasted
    /// into prose were published): a lower-case word outside a chat or a
    /// printed label is the name unless the lexicon reads it as a form of a
    /// word (`LexiconInflection`: беловатого, irked), since a word one slip
    /// from a name that is no word of any of the three languages is a name.
    private func isNameUse(_ word: Range<Int>, _ text: LeakNormalizer, lines written: ScanLines, partners: Set<String>) -> Bool {
        let own = LeakPlaceContext.string(word, text)
        for neighbour in [LeakPlaceContext.neighbour(before: word.lowerBound, text).word,
                          LeakPlaceContext.neighbour(after: word.upperBound, text).word]
        where !neighbour.isEmpty && neighbour != own && partners.contains(neighbour) {
            return true
        }
        let lines = written.lines
        if LeakPlaceContext.isPlace(word, in: text, hyphensAsSpaces: written.hyphensAsSpaces) || LeakPlaceContext.isEntity(word, in: text, lines: lines) { return false }
        let lineNumber = text.lines[word.lowerBound]
        guard lineNumber >= 1, lineNumber - 1 < lines.count else { return true }
        let tokens = LeakWordUse.occurrences(of: word, text, in: lines[lineNumber - 1])
        // Not shown as one word on its line (a disguise the normalizer undid): fail closed.
        guard !tokens.isEmpty else { return true }
        if tokens.contains(where: { CommonWords.shared.isWordForm($0.lowercased()) }) { return false }
        // «Еркін Қазақстан»: a Kazakh word in a Kazakh title (`KazakhTitle`).
        let line = lines[lineNumber - 1]
        if tokens.allSatisfy({ KazakhTitle.isTitleWord($0, after: line[$0.endIndex...]) }) { return false }
        if written.isChat(lineNumber) || written.lowerCaseByCustom || tokens.contains(where: { $0.first?.isUppercase == true }) { return true }
        return !tokens.allSatisfy { LexiconInflection.isFormOfLexiconWord($0.lowercased()) }
    }
}
