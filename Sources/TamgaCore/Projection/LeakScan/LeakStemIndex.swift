import Foundation

/// The stems of every registered person's spellings (`LeakScanner.stemHits`
/// explains the rule), built once per registry instead of once per scan,
/// with a filter on each stem's first `stemLetters` scalars so that most
/// words of an export cost one set lookup (BENCHMARKS.md, P2).
///
/// Stems are compared as `String`s, as before, that is up to canonical
/// equivalence. The filter compares scalars, so it is used only for a word
/// made wholly of scalars that are already in normal form on their own
/// (which makes the word and its prefixes NFC), against each stem's NFC
/// form; any other word takes every lookup.
struct LeakStemIndex: Sendable {
    private var personsByStem: [String: [String]] = [:]
    private var heads: Set<Head> = []

    /// The first `stemLetters` (5) scalars of a stem, 21 bits each.
    private struct Head: Hashable {
        var low: UInt64 = 0, high: UInt64 = 0

        init?(_ scalars: some Collection<Unicode.Scalar>) {
            guard scalars.count >= LeakScanner.stemLetters else { return nil }
            for (index, scalar) in scalars.prefix(LeakScanner.stemLetters).enumerated() {
                if index < 3 { low |= UInt64(scalar.value) << (21 * index) } else { high |= UInt64(scalar.value) << (21 * (index - 3)) }
            }
        }
    }

    mutating func add(_ person: RegisteredPerson) {
        // Not the father's name of a Kyrgyz patronymic (`LeakFatherNames`): alone it is not the person.
        // A Latin ts is written tz too (Kuznetzov; red-team round 4).
        let words = person.nameForms.flatMap(LeakFatherNames.stemWords(of:))
        let stems = Set((words + words.filter { $0.contains("ts") }.map { $0.replacingOccurrences(of: "ts", with: "tz") }).flatMap(\.leakStems)
            .filter { $0.unicodeScalars.count >= LeakScanner.stemLetters })
        for stem in stems {
            personsByStem[stem, default: []].append(person.id)
            if let head = Head(stem.precomposedStringWithCanonicalMapping.unicodeScalars) { heads.insert(head) }
        }
    }

    /// For each person in `protected` with a stem that begins a word (and
    /// leaves at most `suffixLetters` letters, or a Kyrgyz suffix stack of
    /// any length), the line of the first such word.
    ///
    /// A word the lexicon has, written in lower case wherever it stands on
    /// its line ("беловой вариант", "беловатые стены", "beloved"), is the
    /// word (`LeakWordUse`); `written` gives the original text to see the case (`ScanLines`).
    func firstLines(in text: LeakNormalizer, lines written: ScanLines, protected: Set<String>) -> [String: Int] {
        guard !personsByStem.isEmpty else { return [:] }
        let lines = written.lines
        let scalars = text.scalars
        var firstLine: [String: Int] = [:]
        for word in text.wordRanges where word.count >= LeakScanner.stemLetters {
            let isNormal = scalars[word].allSatisfy(LeakScalarTable.isNFKCStableScalar)
            if isNormal, let head = Head(scalars[word]), !heads.contains(head) { continue }
            // Up to `suffixLetters` letters of any kind after a stem; more only
            // if they are a Kyrgyz suffix stack (`LeakSuffixGrammar`: Садыковдукунда).
            let shortest = max(LeakScanner.stemLetters, word.count - LeakScanner.suffixLetters)
            for length in LeakScanner.stemLetters...word.count {
                let stemEnd = word.lowerBound + length
                let prefix = String(String.UnicodeScalarView(scalars[word.lowerBound..<stemEnd]))
                guard let ids = personsByStem[prefix] else { continue }
                if length < shortest, !LeakSuffixGrammar.accepts(scalars[stemEnd..<word.upperBound]) { continue }
                if LeakNameDerivation.makesAnotherName(stem: prefix.unicodeScalars, rest: scalars[stemEnd..<word.upperBound]) { continue }
                for id in ids where firstLine[id] == nil && protected.contains(id)
                    && !LeakStemFilter.spares(prefix, word: word, in: text, lines: lines, hyphensAsSpaces: written.hyphensAsSpaces)
                    && !LeakWordUse.isLowerCaseWord(word, text, lines: lines, rest: scalars[stemEnd..<word.upperBound], inChat: written.isChat) {
                    firstLine[id] = text.lines[word.lowerBound]
                }
            }
        }
        return firstLine
    }
}

extension String {
    /// The word, and the word without a final vowel or soft sign: a name
    /// ending in a vowel changes it in declension (Садыкова, Садыковой;
    /// Гульнара, Гульнары), so only the shorter stem begins every form.
    ///
    /// A word ending in к also gives its voiced stem: Kyrgyz writes г before
    /// a vowel-initial suffix (Айбек → Айбегибиз "our Aibek", Айбегим).
    var leakStems: [String] {
        guard let last = unicodeScalars.last else { return [self] }
        let stem = String(String.UnicodeScalarView(unicodeScalars.dropLast()))
        if last == "к" { return [self, stem + "г"] }
        if last == "k" { return [self, stem + "g"] }
        guard "aeiouyяыиюэьй".unicodeScalars.contains(last) else { return [self] }
        return [self, stem]
    }
}
