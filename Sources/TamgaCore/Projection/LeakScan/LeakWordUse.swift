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
    static func isLowerCaseWord(_ word: Range<Int>, _ text: LeakNormalizer, lines: [Substring]) -> Bool {
        let lineNumber = text.lines[word.lowerBound]
        guard lineNumber >= 1, lineNumber - 1 < lines.count else { return false }
        let tokens = occurrences(of: word, text, in: lines[lineNumber - 1])
        guard let first = tokens.first else { return false }
        return tokens.allSatisfy { $0.first?.isLowercase == true } && CommonWords.shared.isWordForm(first)
    }

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
