/// How a word the stem rule found is written in the original text of its
/// line (the scan normalizes case away): a lexicon word written in lower
/// case ("беловой вариант" "fair copy", "беловатые" "whitish", "beloved")
/// is that word, not the protected Белов (issue 15, red-team round 2).
///
/// Fail closed: the word must be found on its line, every occurrence there
/// must begin with a small letter, and the lexicon must have it as written;
/// a capitalized occurrence, a disguised spelling the lexicon does not have,
/// or a word the original text does not show as one token keeps the rule.
enum LeakWordUse {
    ///
    /// A capital does not make it the name when what follows the stem
    /// (`rest`) is no ending a name takes: "Беловатые выделения" at the
    /// start of a table cell is whitish, not Белов (red-team round 3);
    /// "Беловой" capitalized may be Белова's dative and keeps the rule.
    static func isLowerCaseWord(_ word: Range<Int>, _ text: LeakNormalizer, lines: [Substring],
                                rest: ArraySlice<Unicode.Scalar> = [], inChat: (Int) -> Bool) -> Bool {
        let lineNumber = text.lines[word.lowerBound]
        guard lineNumber >= 1, lineNumber - 1 < lines.count else { return false }
        let tokens = occurrences(of: word, text, in: lines[lineNumber - 1])
        let notAnEnding = !rest.isEmpty && !nameEndings.contains(Array(rest)) && !LeakSuffixGrammar.accepts(rest)
        // A form the lexicon does not list of a word it has (беловатого of беловатый, round 7), where no name ending follows the stem.
        guard let first = tokens.first,
              CommonWords.shared.isWordForm(first) || (notAnEnding && LexiconInflection.isFormOfLexiconWord(first.lowercased())) else { return false }
        // In a pasted chat a small letter says nothing (`ChatRegister`): "с беловой говорили".
        return notAnEnding || (tokens.allSatisfy { $0.first?.isLowercase == true } && !inChat(lineNumber))
    }

    /// Russian case endings of names and surnames (both genders, plural), normalized.
    static let nameEndings: Set<[Unicode.Scalar]> = Set([
        "а", "я", "у", "ю", "ом", "ем", "ём", "ым", "им", "е", "и", "ы", "ой", "ей", "ою", "ею", "ого", "его", "ому", "ему",
        "ая", "ую", "ые", "ие", "ых", "их", "ыми", "ими", "ам", "ям", "ами", "ями", "ах", "ях", "ий", "ый", "s",
    ].map(LeakNormalizer.needle))

    /// The tokens (runs of letters and digits) of `line` that normalize to the word.
    static func occurrences(of word: Range<Int>, _ text: LeakNormalizer, in line: Substring) -> [Substring] {
        var found: [Substring] = []
        var index = line.startIndex
        while index < line.endIndex {
            guard line[index].isLetter else { index = line.index(after: index); continue }
            let start = index
            while index < line.endIndex, line[index].isLetter || line[index].isNumber { index = line.index(after: index) }
            let token = line[start..<index]
            if LeakNormalizer(String(token)).scalars.elementsEqual(text.scalars[word]) { found.append(token) }
        }
        return found
    }
}
