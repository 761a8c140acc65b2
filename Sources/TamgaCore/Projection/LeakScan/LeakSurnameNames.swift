/// A protected person's Russian-type surname written whole, in any case,
/// or with a case ending: кузнецов, кузнецова, кузнецову, петров, орлов (for
/// Orlova), садиков (Sadikov read back into Cyrillic). Red-team round 8,
/// A1: these leaked in lower case because the lexicon reads them as forms
/// of words (the genitive plurals of кузнец, садик, орёл; the possessive
/// of Пётр), and the common-stem rule let any lower-case lexicon word pass.
///
/// The lexicon may excuse a spelling one slip from a name (`LeakNearNames`),
/// never the surname itself or its own case forms: a surname is no lemma
/// of prose, and `у кузнецов` (at the blacksmiths') in a document that
/// declares Кузнецов is refused, naming the line, for the author to mark
/// or reword. What the lexicon lists as a whole word with an ending after
/// the surname (беловой "fair", for Белов) keeps its reading in lower-case
/// prose (`LeakWordUse`), as before; places and named entities too.
struct LeakSurnameNames: Sendable {
    /// Surnames (normalized, both genders, derived Cyrillic readings) → the persons who bear them.
    private var personsBySurname: [String: [String]] = [:]
    private var heads: Set<String> = []

    mutating func add(_ person: RegisteredPerson) {
        var words = RussianSurnames.words(of: person.nameForms)
        words.formUnion(words.flatMap(Self.derivedReadings))
        for word in words {
            let normalized = String(String.UnicodeScalarView(LeakNormalizer.needle(word)))
            guard normalized.unicodeScalars.count >= LeakScanner.stemLetters else { continue }
            if !(personsBySurname[normalized]?.contains(person.id) ?? false) { personsBySurname[normalized, default: []].append(person.id) }
            heads.insert(String(String.UnicodeScalarView(normalized.unicodeScalars.prefix(LeakScanner.stemLetters))))
        }
    }

    /// A Latin surname read back into Cyrillic (Sadykov → садыков), and a
    /// Cyrillic ы read as и (Sadikov → садиков): the spellings every
    /// transliteration table derives, which the sound skeleton reads as one.
    static func derivedReadings(_ word: String) -> [String] {
        let cyrillic = word.unicodeScalars.allSatisfy(\.isASCII) ? Transliteration.cyrillic(word) : [word]
        return cyrillic.flatMap { [$0, $0.replacingOccurrences(of: "ы", with: "и")] }
    }

    /// For each protected person, the line of the first word that is one of
    /// their surnames, bare or with a name's case ending or Kyrgyz suffixes.
    func firstLines(in text: LeakNormalizer, lines written: ScanLines, protected: Set<String>) -> [String: Int] {
        guard !personsBySurname.isEmpty else { return [:] }
        var firstLine: [String: Int] = [:]
        for word in text.wordRanges where word.count >= LeakScanner.stemLetters {
            let head = String(String.UnicodeScalarView(text.scalars[word.lowerBound..<(word.lowerBound + LeakScanner.stemLetters)]))
            // As in `LeakStemIndex`: only a word of scalars normal on their own skips on its head.
            if text.scalars[word].allSatisfy(LeakScalarTable.isNFKCStableScalar), !heads.contains(head) { continue }
            for length in LeakScanner.stemLetters...word.count {
                let stemEnd = word.lowerBound + length
                let prefix = String(String.UnicodeScalarView(text.scalars[word.lowerBound..<stemEnd]))
                guard let ids = personsBySurname[prefix] else { continue }
                let rest = text.scalars[stemEnd..<word.upperBound]
                guard rest.isEmpty || LeakWordUse.nameEndings.contains(Array(rest)) || LeakSuffixGrammar.accepts(rest) else { continue }
                // Садыковна, Петровна: another person's patronymic (`LeakNameDerivation`).
                if LeakNameDerivation.makesAnotherName(stem: prefix.unicodeScalars, rest: rest) { continue }
                let pending = ids.filter { protected.contains($0) && firstLine[$0] == nil }
                guard !pending.isEmpty, isNameUse(word, rest: rest, text, lines: written) else { continue }
                for id in pending { firstLine[id] = text.lines[word.lowerBound] }
            }
        }
        return firstLine
    }

    /// Not a place or a named entity, and not a word the lexicon lists
    /// whole that only begins with the surname (беловой, in lower-case prose).
    private func isNameUse(_ word: Range<Int>, rest: ArraySlice<Unicode.Scalar>, _ text: LeakNormalizer, lines written: ScanLines) -> Bool {
        if LeakPlaceContext.isPlace(word, in: text, hyphensAsSpaces: written.hyphensAsSpaces) || LeakPlaceContext.isEntity(word, in: text, lines: written.lines) { return false }
        // A word equal to a surname is never the lexicon's.
        if rest.isEmpty || personsBySurname[LeakPlaceContext.string(word, text)] != nil { return true }
        let lineNumber = text.lines[word.lowerBound]
        guard lineNumber >= 1, lineNumber - 1 < written.lines.count else { return true }
        let tokens = LeakWordUse.occurrences(of: word, text, in: written.lines[lineNumber - 1])
        guard LeakWordUse.nameEndings.contains(Array(rest)) else {
            // Not a name's ending: a form of a lexicon word in lower-case prose (беловатой, of
            // беловатый, read here as the feminine белова + Kyrgyz -той) is the word.
            let lowerProse = !tokens.isEmpty && tokens.allSatisfy { $0.first?.isLowercase == true } && !written.isChat(lineNumber)
            if lowerProse, tokens.allSatisfy({ LexiconInflection.isFormOfLexiconWord($0.lowercased()) }) { return false }
            return !LeakWordUse.isLowerCaseWord(word, text, lines: written.lines, rest: rest, inChat: written.isChat)
        }
        // With a Russian case ending, only a word the lexicon lists whole, not one it
        // reads as the word plus a Kyrgyz "my" (кузнецовым is no "my кузнецов").
        guard tokens.contains(where: { CommonWords.shared.contains($0.lowercased()) }) else { return true }
        return !LeakWordUse.isLowerCaseWord(word, text, lines: written.lines, rest: rest, inChat: written.isChat)
    }
}
