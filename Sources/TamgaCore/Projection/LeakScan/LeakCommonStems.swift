/// The stem rule for stems that are common words (issue 15): a protected
/// person's Максат, Надежда or Бакыт begins "максаты" ("purpose"), "надежду"
/// ("hope"), "бакыттуу" ("happy"), and the case-insensitive stem rule made
/// every report using the word unexportable. For such a stem a word counts
/// only where it is used as a name: written with a capital not at a sentence
/// start, or next to another part of the same person's name. Distinctive
/// stems keep the case-insensitive rule (`LeakStemIndex`, fail closed), which
/// skips the common ones (`LeakStemFilter`) so that they are judged here.
struct LeakCommonStems: Sendable {
    /// Common stems (normalized) → the persons who have them.
    private var personsByStem: [String: [String]] = [:]
    /// Every stem of each person with a common stem, to recognize "Максат Садыров".
    private var stemsByPerson: [String: Set<String>] = [:]
    /// The first `stemLetters` scalars of each common stem: most words cost one lookup.
    private var heads: Set<String> = []

    mutating func add(_ person: RegisteredPerson) {
        // Not the father's name of a Kyrgyz patronymic (`LeakFatherNames`): alone it is not the person.
        let stems = Set(person.nameForms.flatMap { LeakFatherNames.stemWords(of: $0).flatMap(\.leakStems) }
            .filter { $0.unicodeScalars.count >= LeakScanner.stemLetters })
        let common = stems.filter(LeakStemFilter.isCommon)
        guard !common.isEmpty else { return }
        stemsByPerson[person.id] = stems
        for stem in common {
            personsByStem[stem, default: []].append(person.id)
            heads.insert(String(String.UnicodeScalarView(stem.unicodeScalars.prefix(LeakScanner.stemLetters))))
        }
    }

    var isEmpty: Bool { personsByStem.isEmpty }

    /// For each protected person, the line of the first word that begins with
    /// a common stem of theirs and is used as a name (`isNameUse`).
    func firstLines(in text: LeakNormalizer, lines written: ScanLines, protected: Set<String>) -> [String: Int] {
        guard !personsByStem.isEmpty, LeakStemFilter.isEnabled else { return [:] }
        var firstLine: [String: Int] = [:]
        let lines = written.lines
        for word in text.wordRanges where word.count >= LeakScanner.stemLetters {
            // As in `LeakStemIndex`: only a word of scalars normal on their own skips on its head.
            let head = text.scalars[word.lowerBound..<(word.lowerBound + LeakScanner.stemLetters)]
            if text.scalars[word].allSatisfy(LeakScalarTable.isNFKCStableScalar),
               !heads.contains(String(String.UnicodeScalarView(head))) { continue }
            let shortest = max(LeakScanner.stemLetters, word.count - LeakScanner.suffixLetters)
            for length in shortest...word.count {
                let prefix = String(String.UnicodeScalarView(text.scalars[word.lowerBound..<(word.lowerBound + length)]))
                let stemEnd = word.lowerBound + length
                if LeakNameDerivation.makesAnotherName(stem: prefix.unicodeScalars, rest: text.scalars[stemEnd..<word.upperBound]) {
                    continue
                }
                for id in personsByStem[prefix] ?? [] where firstLine[id] == nil && protected.contains(id) {
                    if !LeakPlaceContext.isPlace(word, in: text, hyphensAsSpaces: written.hyphensAsSpaces), !LeakPlaceContext.isEntity(word, in: text, lines: lines),
                       Self.isNameUse(word, text, lines: lines, partners: stemsByPerson[id] ?? [], inChat: written.isChat) {
                        firstLine[id] = text.lines[word.lowerBound]
                    }
                }
            }
        }
        return firstLine
    }

    /// Next to another part of the person's name (in the normalized text), or
    /// capitalized not at a sentence start in any occurrence on its line of
    /// the original text (fail closed: one such occurrence is enough).
    ///
    /// Where the capital says nothing (a sentence start, or any word of a
    /// pasted chat, `inChat` of a line number), the word is the name unless
    /// the lexicon has it, and even then when it is one of the name's case
    /// forms or vocatives (Эркеге, максатты, Максатым,) or, capitalized, its
    /// bare form (in a chat a bare "болот" is "will be").
    static func isNameUse(_ word: Range<Int>, _ text: LeakNormalizer, lines: [Substring], partners: Set<String>,
                           inChat: (Int) -> Bool) -> Bool {
        let previous = LeakPlaceContext.neighbour(before: word.lowerBound, text)
        let next = LeakPlaceContext.neighbour(after: word.upperBound, text)
        let own = LeakPlaceContext.string(word, text)
        for neighbour in [previous.word, next.word] where !neighbour.isEmpty && neighbour != own {
            if partners.contains(where: { neighbour.hasPrefix($0) }) { return true }
        }
        let lineNumber = text.lines[word.lowerBound]
        guard lineNumber - 1 < lines.count else { return true }
        let line = lines[lineNumber - 1]
        for token in LeakWordUse.occurrences(of: word, text, in: line) {
            let (start, index) = (token.startIndex, token.endIndex)
            // «Еркін Қазақстан»: a Kazakh word in a Kazakh title, not the name (`KazakhTitle`).
            if KazakhTitle.isTitleWord(token, after: line[index...]) { continue }
            // At a sentence start only a word the lexicon has is the word ("Adilet asked" is the
            // name), and not the name written bare ("Болот сказал"): only its other forms,
            // with a Kyrgyz possessive the lexicon does not list (Максатыбыз "our goal").
            let capital = token.first?.isUppercase == true
            guard capital || inChat(lineNumber) else { continue }
            if capital && !Self.startsSentence(line[..<start], previousLine: lineNumber >= 2 ? lines[lineNumber - 2] : nil) {
                return true
            }
            if !CommonWords.shared.isWordForm(token) || Self.isCaseFormOrVocative(own, after: line[index...], partners: partners)
                || (capital && partners.contains(own) && !Self.isAttributive(line[index...], allCaps: token.allSatisfy(\.isUppercase))
                    && !SetPhraseUse.isSetPhrase(token, rest: line[index...], nextLine: nil)) {
                return true
            }
        }
        return false
    }

    /// Whether `own` (normalized) is a part of the name with a case ending
    /// (эркеге, максатты; `NameMatcher.caseEndings`) or, before a comma or
    /// "!", with "my" (Максатым,): forms a name takes as readily as the word.
    static func isCaseFormOrVocative(_ own: String, after rest: Substring, partners: Set<String>) -> Bool {
        partners.contains { part in
            guard own.count > part.count, own.hasPrefix(part) else { return false }
            let ending = String(own.dropFirst(part.count))
            return caseEndings.contains(ending) || possessiveForms.contains(ending)
                || (firstPersonPossessives.contains(ending) && (rest.first == "," || rest.first == "!"))
        }
    }

    /// `NameMatcher`'s endings as the scan normalizes text (look-alikes read Latin).
    static let caseEndings = Set(NameMatcher.caseEndings.map { String(String.UnicodeScalarView(LeakNormalizer.needle($0))) })
    static let firstPersonPossessives = Set(NameMatcher.firstPersonPossessives.map { String(String.UnicodeScalarView(LeakNormalizer.needle($0))) })
    static let possessiveForms = Set(NameMatcher.possessiveForms.map { String(String.UnicodeScalarView(LeakNormalizer.needle($0))) })

    /// Whether the text after a word (`rest`, from the scalar after it) is one
    /// space and a bare plural noun it qualifies: "Темир торлор" ("iron bars",
    /// `AttributiveUse`).
    static func isAttributive(_ rest: Substring, allCaps: Bool = false) -> Bool {
        guard rest.first == " " else { return false }
        let next = rest.dropFirst().prefix(while: \.isLetter)
        let after = rest.dropFirst(1 + next.count)
        let following = after.first == " " ? after.dropFirst().prefix(while: \.isLetter) : ""
        return AttributiveUse.isAttributive(next: next, following: following, allCaps: allCaps)
    }

    /// Whether what stands before a word on its line (and the line before)
    /// ends a sentence: nothing but quotes, brackets, dashes and markup after
    /// ". ! ? … : ;", the start of the text, a blank line, a line ending in a
    /// space, or a list marker.
    static func startsSentence(_ before: Substring, previousLine: Substring?) -> Bool {
        // Two spaces: the typist's sentence gap, and what the address view leaves of ". ".
        if before.hasSuffix("  ") { return true }
        var inTag = false
        var marker = false
        for character in before.reversed() {
            if inTag { if character == "<" { inTag = false }; continue }
            if character == ">" { inTag = true; marker = true; continue }
            // A table cell and an opening quotation mark start one too (red-team round 3).
            if ".!?…:;|«“„".contains(character) { return true }
            if "-*#+–—".contains(character) { marker = true; continue }
            if character.isWhitespace || "«»\"'“”„([{_".contains(character) { continue }
            return false
        }
        // A line ending in a space: a Markdown break, or punctuation the address view made spaces.
        guard !marker, let previousLine, let last = previousLine.last, !last.isWhitespace else { return true }
        return ".!?…:;>".contains(last)
    }
}
