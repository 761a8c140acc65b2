/// The words before a date in a register line, read backwards from the
/// date's separator: a person's label (`A`, `4`, `№ 3`), name words and
/// initials, and whether a role word (`Задержанный`) or the start of the
/// line, item or cell comes before them (`BirthDateDetector+Register`).
struct RegisterHead {
    /// A role word right before the label or the name words.
    private(set) var hasRoleWord = false
    /// Two or three capitalised words or initials open the line, item or
    /// cell, and one of them is no lexicon word.
    private(set) var isNameAtLineStart = false

    init(_ scalars: [Unicode.Scalar], end: Int) {
        var position = end
        var nameWords: [String] = []
        var initials = 0
        var labelled = false
        // A label: one letter (with or without a dot), or a number (after `№`, `No.`, `#`).
        if let start = Self.labelStart(scalars, end: position) {
            labelled = true
            position = BirthDateDetector.skipSpacesBack(scalars, from: start)
            for mark in ["№", "#"] where position > 0 && scalars[position - 1] == mark.unicodeScalars.first! {
                position = BirthDateDetector.skipSpacesBack(scalars, from: position - 1)
            }
        }
        while nameWords.count + initials < 3 {
            if let start = Self.initialStart(scalars, end: position) {
                initials += 1
                position = BirthDateDetector.skipSpacesBack(scalars, from: start)
                continue
            }
            guard let start = Self.wordStart(scalars, end: position) else { break }
            let word = String(String.UnicodeScalarView(scalars[start..<position]))
            if BirthDateDetector.personWords.match(scalars, at: start) != nil {
                hasRoleWord = true
                return
            }
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else { break }
            nameWords.append(word)
            position = BirthDateDetector.skipSpacesBack(scalars, from: start)
        }
        guard !labelled, nameWords.count + initials >= 2, !nameWords.isEmpty, Self.opensLine(scalars, at: position) else { return }
        isNameAtLineStart = nameWords.contains { !CommonWords.shared.contains($0.lowercased()) && !LexiconInflection.isFormOfLexiconWord($0.lowercased()) }
    }

    /// The start of a word of letters (hyphens inside) ending at `end`.
    static func wordStart(_ scalars: [Unicode.Scalar], end: Int) -> Int? {
        var start = end
        while start > 0, DetectorScalars.isLetter(scalars, start - 1) || (scalars[start - 1] == "-" && DetectorScalars.isLetter(scalars, start - 2)) {
            start -= 1
        }
        return start < end ? start : nil
    }

    /// An initial (`А.`, `А.С.`) ending at `end`.
    static func initialStart(_ scalars: [Unicode.Scalar], end: Int) -> Int? {
        var position = end
        var letters = 0
        while position >= 2, scalars[position - 1] == ".", DetectorScalars.isLetter(scalars, position - 2),
              !DetectorScalars.isLetter(scalars, position - 3), scalars[position - 2].properties.isUppercase {
            position -= 2
            letters += 1
        }
        return letters > 0 ? position : nil
    }

    /// A person's label ending at `end`: one capital letter alone (not an
    /// initial with its dot), or digits.
    static func labelStart(_ scalars: [Unicode.Scalar], end: Int) -> Int? {
        guard end > 0 else { return nil }
        if DetectorScalars.isDigit(scalars, end - 1) {
            var start = end
            while start > 0, DetectorScalars.isDigit(scalars, start - 1) { start -= 1 }
            return DetectorScalars.isLetter(scalars, start - 1) ? nil : start
        }
        guard DetectorScalars.isLetter(scalars, end - 1), scalars[end - 1].properties.isUppercase,
              !DetectorScalars.isLetter(scalars, end - 2) else { return nil }
        return end - 1
    }

    /// Start of the text or line, a list marker (`-`, `*`, `+`, `1.`, `2)`), or a table cell's border.
    static func opensLine(_ scalars: [Unicode.Scalar], at offset: Int) -> Bool {
        var position = BirthDateDetector.skipSpacesBack(scalars, from: offset)
        if position == 0 || scalars[position - 1] == "\n" || scalars[position - 1] == "|" { return true }
        if "-*+".unicodeScalars.contains(scalars[position - 1]) {
            position = BirthDateDetector.skipSpacesBack(scalars, from: position - 1)
        } else if ".)".unicodeScalars.contains(scalars[position - 1]), DetectorScalars.isDigit(scalars, position - 2) {
            position -= 1
            while position > 0, DetectorScalars.isDigit(scalars, position - 1) { position -= 1 }
            position = BirthDateDetector.skipSpacesBack(scalars, from: position)
        } else {
            return false
        }
        return position == 0 || scalars[position - 1] == "\n"
    }
}
