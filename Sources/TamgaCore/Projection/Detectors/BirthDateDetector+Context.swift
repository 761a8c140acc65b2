/// Where a date says whose birth it is without a birth word beside it
/// (issue 15, class 5): in a table column headed by one (`| Born |`,
/// `| Дата рожд. |`, `| Туулган |`: any row below the header), and beside a
/// person's age in parentheses (`(23, 02.03.91)`).
extension BirthDateDetector {
    /// True when the date at `offset` sits in a Markdown table cell whose
    /// column header holds a birth word.
    static func inBirthColumn(_ scalars: [Unicode.Scalar], at offset: Int) -> Bool {
        DetectorTableColumn.isHeaded(scalars, at: offset, by: labels)
    }

    /// Age words after the age in `(23 years, 02.03.91)`.
    static let ageWords = DetectorLabels(["years*", "yrs", "y.o", "лет", "год*", "жаш*"])

    /// True when the date at `offset` follows an age and a comma inside
    /// the same parentheses: `(23, 02.03.91)`, `(23 года, 2 марта 1991)`.
    static func besideAge(_ scalars: [Unicode.Scalar], at offset: Int) -> Bool {
        var position = offset
        func skipSpaces() { while position > 0, DetectorScalars.isSpace(scalars[position - 1]), scalars[position - 1] != "\n" { position -= 1 } }
        skipSpaces()
        guard position > 0, scalars[position - 1] == "," else { return false }
        position -= 1
        skipSpaces()
        // An age word, if any.
        var wordStart = position
        while DetectorScalars.isLetter(scalars, wordStart - 1) || (wordStart > 0 && scalars[wordStart - 1] == ".") { wordStart -= 1 }
        if wordStart < position, ageWords.match(scalars, at: wordStart) != nil {
            position = wordStart
            skipSpaces()
        }
        var digits = position
        while DetectorScalars.isDigit(scalars, digits - 1) { digits -= 1 }
        guard (1...2).contains(position - digits), (1...110).contains(DetectorScalars.number(scalars, digits, position - digits)) else {
            return false
        }
        position = digits
        skipSpaces()
        return position > 0 && scalars[position - 1] == "("
    }
}
