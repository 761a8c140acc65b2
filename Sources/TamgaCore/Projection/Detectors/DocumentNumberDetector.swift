/// Passport and ID-card numbers: two letters and seven digits, or a
/// document label and a number.
///
/// - letters first: `AN1234567`, `AN 1234567`, `AN-1234567`, `AN № 1234567`,
///   `ID: 2345678`, `AN 123 45 67`, in Latin letters or Cyrillic look-alikes
///   (`АН 1234567`). Capitals may be apart from the digits (up to six
///   spaces, dashes, `№`, `#`, `:` or `.`); lower case (`an1234567`) only
///   touching them or joined by a dash, or after a document label, so a
///   sentence's `на 1500000` is not a passport;
/// - after a label (`паспорт`, `passport`, `серия`/`серии`, `series`, `ID`,
///   `№`, `No.`, `удостоверение`, `ID-карта`, `документ`, and `compoundLabels`:
///   `загранпаспорт`, `ИД-карта`, `жеке күбөлүгү`): 7 to 10 digits (also the Russian
///   `45 06 123456`), in groups joined by a space or a dash;
/// - a Russian internal passport's series and number after a label, the
///   number apart: `серия 45 09 № 123456` (`DocumentNumberDetector+Series`);
/// - a passport's or ID card's machine-readable zone, line by line
///   (`DocumentNumberDetector+MRZ`);
/// - after a label, the number in words (`DocumentNumberDetector+Words`);
/// - a driving licence's letters and digits (`DocumentNumberDetector+Licence`).
///
/// The digits may be grouped by single spaces or dashes of any kind, in
/// groups of two digits or more; three groups shaped like a date
/// (`12-03-2015`) are not a document number, nor a sum (`№ 14, 1 500 000 сом`),
/// nor a year and more digits in a reference (`VR-2014-017`).
enum DocumentNumberDetector {
    static let labels = DetectorLabels([
        "паспорт*", "passport*", "серия", "серии", "серию", "series", "id", "№", "удостоверени*", "id-карт*", "id карт*",
        "id card*", "id-card*", "документ*", "document*", "no", "nr",
    ] + compoundLabels)

    /// Document names that hold the label inside a longer word, or are
    /// written in another script or language (issue 15, red-team round 4:
    /// `загранпаспорт 75 1234567`, `ИД-карта 1234567`, Kyrgyz
    /// `жеке күбөлүгү 1234567`); a label matches only at a word's start.
    static let compoundLabels = [
        "загранпаспорт*", "загран паспорт*", "загран. паспорт*", "загран.паспорт*", "заграничный паспорт*",
        "заграничного паспорт*", "ид-карт*", "ид карт*", "айди карт*", "айди-карт*", "id-карт*", "id карт*",
        "күбөлүк*", "күбөлүг*", "жеке күбөлүк*", "жеке күбөлүг*",
        // A residence permit, a foreigner's identity document (red team round 10, C-510, C-914, C-915).
        "вид на жительство", "вида на жительство", "виду на жительство", "видом на жительство", "виде на жительство", "внж",
        "residence permit*", "residence card*", "permit of residence", "permanent residence", "жашоого уруксат*",
        "жашоого укук*", "туруктуу жашоого*",
    ]

    static func matches(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        while start < scalars.count {
            if let end = mrzLine(scalars, at: start) ?? lettered(scalars, at: start) ?? oneLetter(scalars, at: start) ?? certificate(scalars, at: start)
                ?? internalPassport(scalars, at: start) ?? labelled(scalars, at: start) ?? drivingLicence(scalars, at: start) {
                result.append(start..<end)
                start = end
            } else {
                start += 1
            }
        }
        let words = wordMatches(in: scalars)
        guard !words.isEmpty else { return result }
        return (result + words).sorted { $0.lowerBound < $1.lowerBound }
    }

    private static func isDigitSeparator(_ scalar: Unicode.Scalar) -> Bool {
        DetectorScalars.isSpace(scalar) || DetectorScalars.isDash(scalar) || scalar == "."
    }

    static func isGap(_ scalar: Unicode.Scalar) -> Bool {
        DetectorScalars.isSpace(scalar) || DetectorScalars.isDash(scalar) || "№#:.".unicodeScalars.contains(scalar)
    }

    /// The end of the digits at `start` when they total `counts`.
    /// With `whole`, not two groups or more cut out of a number joined by
    /// dashes or dots that is too long to be a document number.
    private static func digitsEnd(_ scalars: [Unicode.Scalar], at start: Int, counts: ClosedRange<Int>, whole: Bool = false) -> Int? {
        let groups = DetectorScalars.groups(scalars, from: start, maxGap: 1, isSeparator: isDigitSeparator)
        // A lone digit starts a sum of money (`1 500 000`), not a document number.
        guard !groups.isEmpty, !DetectorScalars.isDateShaped(scalars, groups), groups.count == 1 || groups.allSatisfy({ $0.count >= 2 }),
              !isReference(scalars, groups) else { return nil }
        // The groups joined by a single dash or dot from the first: one number as written.
        var chain = 1
        while chain < groups.count, groups[chain].lowerBound == groups[chain - 1].upperBound + 1,
              !DetectorScalars.isSpace(scalars[groups[chain - 1].upperBound]) { chain += 1 }
        let chainDigits = groups[0..<chain].reduce(0) { $0 + $1.count }
        var best: Int?
        var total = 0
        for (index, group) in groups.enumerated() {
            total += group.count
            // Groups cut out of a number too long to be a document's.
            if whole, index > 0, index + 1 < chain, chainDigits > counts.upperBound { continue }
            if counts.contains(total), !DetectorScalars.isLetterOrDigit(scalars, group.upperBound) { best = group.upperBound }
        }
        return best
    }

    /// One capital letter and eight digits, touching or after a document
    /// label (`N12345678`, foreign passports: red-team case).
    private static func oneLetter(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard start + 1 < scalars.count, !DetectorScalars.isLetterOrDigit(scalars, start - 1), isSeriesLetter(scalars[start]),
              !DetectorScalars.isLetter(scalars, start + 1) else { return nil }
        var digits = start + 1
        while digits < scalars.count, digits - start - 1 < 3, isGap(scalars[digits]) { digits += 1 }
        guard DetectorScalars.isDigit(scalars, digits), DetectorScalars.digitRun(scalars, from: digits) == 8,
              let end = digitsEnd(scalars, at: digits, counts: 8...8) else { return nil }
        let touching = digits == start + 1 && scalars[start].properties.isUppercase
        return touching || hasLabel(scalars, before: start) ? end : nil
    }

    /// A birth certificate's series and number, as Soviet and Kyrgyz ones
    /// are written: a Roman numeral, a dash, two letters, then six digits
    /// (`I-АН № 123456`, `II-ТП 654321`): the shape is the signal.
    private static func certificate(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard let numeral = RomanMonth.end(scalars, at: start), numeral < scalars.count, DetectorScalars.isDash(scalars[numeral]),
              numeral + 2 < scalars.count, isSeriesLetter(scalars[numeral + 1]), isSeriesLetter(scalars[numeral + 2]),
              !DetectorScalars.isLetter(scalars, numeral + 3) else { return nil }
        var digits = numeral + 3
        while digits < scalars.count, digits - numeral - 3 < 6, isGap(scalars[digits]) { digits += 1 }
        guard DetectorScalars.isDigit(scalars, digits), DetectorScalars.digitRun(scalars, from: digits) == 6,
              !DetectorScalars.isLetterOrDigit(scalars, digits + 6) else { return nil }
        return digits + 6
    }

    /// A year, then more digits: a document or case reference
    /// (`VR-2014-017`, `VR 2014 017` in a file name, `№ 2015-1234`), not a
    /// document number.
    private static func isReference(_ scalars: [Unicode.Scalar], _ groups: [Range<Int>]) -> Bool {
        guard groups.count > 1, let first = groups.first, first.count == 4 else { return false }
        return (1990...2039).contains(DetectorScalars.number(scalars, first.lowerBound, 4))
    }

    static func hasLabel(_ scalars: [Unicode.Scalar], before offset: Int) -> Bool {
        labels.before(scalars, offset, window: 25).contains { !DetectorScalars.hasBreak(scalars, $0.upperBound..<offset) }
    }

    /// The labels before bare digits: a document word, or only a bare
    /// number sign (`№`, `No.`), which numbers anything, or none. A sign
    /// after a word naming what it numbers counts as none.
    private enum Label { case none, sign, document }

    private static func label(_ scalars: [Unicode.Scalar], before offset: Int) -> Label {
        if DetectorTableColumn.isHeaded(scalars, at: offset, by: columnLabels) { return .document }
        var found = Label.none
        for label in labels.before(scalars, offset, window: 25) where !DetectorScalars.hasBreak(scalars, label.upperBound..<offset) {
            guard signs.match(scalars, at: label.lowerBound) == label.upperBound else { return .document }
            if !numbersAThing(scalars, label: label) { found = .sign }
        }
        return found
    }

    /// The words of a table header over document numbers (`| Паспорт |`,
    /// `| ID card |`; red-team round 5): a document's name, not a bare
    /// number sign, which heads a column of row numbers.
    static let columnLabels = DetectorLabels([
        "паспорт*", "passport*", "серия", "series", "удостоверени*", "id-карт*", "id карт*", "id card*", "id-card*",
    ] + compoundLabels)

    /// Number signs that say only "number" (`№`, `No.`, `Nr`).
    static let signs = DetectorLabels(["№", "no", "nr"])
    /// Things a number sign after them numbers that are not a person's
    /// document: an inventory item, a case, an order, a room (red-team
    /// over-refusals `Inventory No. 1234567`, `Уголовное дело № 02-…`).
    static let numberedThings = DetectorLabels([
        "inventory", "invoice", "order*", "case*", "file*", "decision*", "protocol*", "act", "letter*", "item*", "room*",
        "cell*", "lot", "register*", "journal*", "ref*", "инвентар*", "дел*", "приказ*", "решени*", "протокол*", "акт*",
        "письм*", "исх*", "вх*", "камер*", "палат*", "журнал*", "реестр*", "иш*", "буйрук*", "токтом*",
    ], takesDot: false)

    /// True when the number sign `label` comes right after a word naming
    /// what it numbers (an inventory number is no passport).
    ///
    /// Up to two issuing bodies' abbreviations may stand between (`Приказ МВД
    /// № 1234567`, `Приказ МВД КР №`; red team round 9, clean-022): a word of
    /// two to six capitals, then the numbered thing.
    private static func numbersAThing(_ scalars: [Unicode.Scalar], label: Range<Int>) -> Bool {
        var end = label.lowerBound
        for _ in 0..<3 {
            while end > 0, DetectorScalars.isSpace(scalars[end - 1]) || scalars[end - 1] == "." { end -= 1 }
            var start = end
            while DetectorScalars.isLetter(scalars, start - 1) { start -= 1 }
            guard start < end else { return false }
            if let matched = numberedThings.match(scalars, at: start), matched == end { return true }
            guard (2...6).contains(end - start), scalars[start..<end].allSatisfy({ $0.properties.isUppercase }) else { return false }
            end = start
        }
        return false
    }

    private static func lettered(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard start + 2 < scalars.count, !DetectorScalars.isLetterOrDigit(scalars, start - 1),
              isSeriesLetter(scalars[start]), isSeriesLetter(scalars[start + 1]),
              !DetectorScalars.isLetter(scalars, start + 2) else { return nil }
        var digits = start + 2
        while digits < scalars.count, digits - start - 2 < 6, isGap(scalars[digits]) { digits += 1 }
        guard DetectorScalars.isDigit(scalars, digits), let end = digitsEnd(scalars, at: digits, counts: 7...7) else { return nil }
        let capitals = scalars[start].properties.isUppercase && scalars[start + 1].properties.isUppercase
        let gap = scalars[(start + 2)..<digits]
        let joined = gap.isEmpty || (gap.count == 1 && DetectorScalars.isDash(gap[gap.startIndex]))
        guard capitals || joined || hasLabel(scalars, before: start) else { return nil }
        return end
    }

    /// Bare digits after a label. After only a bare number sign, the
    /// digits must be the whole number: `№ 02-123-2014-000456` is a case
    /// number, not a document number cut out of it (red-team over-refusal).
    private static func labelled(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard DetectorScalars.isDigit(scalars, start), !DetectorScalars.isLetterOrDigit(scalars, start - 1),
              digitsEnd(scalars, at: start, counts: 7...10) != nil else { return nil }
        switch label(scalars, before: start) {
        case .none: return nil
        case .sign: return digitsEnd(scalars, at: start, counts: 7...10, whole: true)
        case .document: return digitsEnd(scalars, at: start, counts: 7...10)
        }
    }

    /// A Latin letter, or a Cyrillic one (look-alikes such as А, Н, С, Е stand in for A, H, C, E).
    static func isSeriesLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0x410...0x44F, 0x401, 0x451: true
        default: false
        }
    }
}
