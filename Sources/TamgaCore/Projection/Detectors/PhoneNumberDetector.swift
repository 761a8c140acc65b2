/// Phone numbers as written in Kyrgyzstan and Russia:
///
/// - international: `+996 555 123 456`, `+996(312)62-12-34`, `00996 555 123456`,
///   `996555123456`, `+7 912 345 67 89`;
/// - national: `0555 123456`, `0555-123-456`, `0 (312) 62 12 34`, `8 (912) 345-67-89`;
/// - after a phone word (`PhoneWords`: `тел.`, `phone`, `номер`, `номуру`,
///   messengers, `звоните`, `чалгыла`, `доб.`; `тел` only as a word, so
///   `телесные повреждения` is not one): any 5 to 13 digits, so local numbers (`62-12-34`,
///   `621234`, `5-12-34`) and mobiles without a prefix (`555 123 456`);
///   so too in a table column headed by a phone word (`PhoneNumberDetector+Column`).
///
/// Digit groups may be joined by up to four of: spaces of any kind, every
/// dash (‐ ‑ ‒ – — −), dots, slashes and parentheses; an international
/// number, or one starting with a four-digit operator or city code, may
/// also run across table cells (`| +996 555 | 123 456 |`, `| 0555 | 123 456 |`);
/// counts in a table (`| 0 | 12 | 15 |`) have no such start. Such a number
/// is matched cell by cell, so withholding it keeps the table's columns. A
/// number is the digits counted after normalization, with a phone's length
/// for how it starts: `+` or `00` and 10–13 more; `996` and 12; `0` and 10;
/// `8` and 10–11 (a national `00xx` number of 10 digits too).
///
/// - a city number in three dashed pairs, `62-50-15`, with no phone word.
///
/// Not phones: a group of one digit after the first (a table row of counts,
/// `| 0 | 0 | 0 |`), a number of one repeated digit, three groups shaped
/// like a date (`28.10.2014`), and plain short numbers with no phone word.
/// Dates with a four-digit year are read first (`DetectorScalars+DateTokens`)
/// and a phone never overlaps one: a period `01.01.2014–31.12.2014` or
/// `2014-01-01/2014-12-31` is two dates, not ten digits of a phone
/// (red-team round 6, clean cases).
enum PhoneNumberDetector {
    static let labels = DetectorLabels(PhoneWords.all)

    static func matches(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        // Toll-free lines are read as dates are: no phone overlaps one (`0 800 800` after a phone word is part of it).
        let dates = DetectorScalars.dateTokens(in: scalars) + DetectorScalars.shortYearPeriods(in: scalars) + tollFreeNumbers(in: scalars)
        while start < scalars.count {
            if let end = match(scalars, at: start, dates: dates) {
                // `(90) 123-45-67`: the bracket opening the code goes with the number its closing one is in.
                let from = start > 0 && scalars[start - 1] == "(" && scalars[start..<end].contains(")") ? start - 1 : start
                result += cellPieces(scalars, from..<end)
                start = end
            } else {
                start += 1
            }
        }
        let words = wordMatches(in: scalars)
        guard !words.isEmpty else { return result }
        return (result + words).sorted { $0.lowerBound < $1.lowerBound }
    }

    /// A number across table cells is returned cell by cell, so the
    /// projector withholds each part and the table keeps its columns.
    private static func cellPieces(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
        guard scalars[range].contains("|") else { return [range] }
        func isPart(_ scalar: Unicode.Scalar) -> Bool { scalar.asciiDigit != nil || "+()\u{FF0B}".unicodeScalars.contains(scalar) }
        var pieces: [Range<Int>] = []
        var pieceStart: Int?
        var lastPart = range.lowerBound
        for offset in range {
            if scalars[offset] == "|" {
                if let from = pieceStart { pieces.append(from..<(lastPart + 1)) }
                pieceStart = nil
            } else if isPart(scalars[offset]) {
                if pieceStart == nil { pieceStart = offset }
                lastPart = offset
            }
        }
        if let from = pieceStart { pieces.append(from..<(lastPart + 1)) }
        return pieces
    }

    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        DetectorScalars.isSpace(scalar) || DetectorScalars.isDash(scalar) || "./()|".unicodeScalars.contains(scalar)
    }

    private static func match(_ scalars: [Unicode.Scalar], at start: Int, dates: [Range<Int>]) -> Int? {
        // A footnote mark or other non-decimal number sign (`²+996 …`) does not join the number.
        guard !DetectorScalars.isLetterOrDigit(scalars, start - 1) || scalars[start - 1].properties.generalCategory == .otherNumber,
              start == 0 || scalars[start - 1] != "+",
              !DetectorScalars.continuesNumber(scalars, start) else { return nil }
        let hasPlus = scalars[start] == "+" || scalars[start] == "\u{FF0B}"
        let first = hasPlus ? start + 1 : start
        guard DetectorScalars.isDigit(scalars, first) else { return nil }
        let groups = DetectorScalars.groups(scalars, from: first, maxGap: 4, isSeparator: isSeparator)
        if !hasPlus, isOrganisationNumber(scalars, groups, at: start) { return nil }
        // Looked up only when a number of a local phone's length needs it.
        let total = groups.reduce(0) { $0 + $1.count }
        let labelled = total >= 5 && labels.before(scalars, start, window: 30).contains { label in
            let gap = label.upperBound..<start
            return !DetectorScalars.hasBreak(scalars, gap) && !(scalars[gap].contains("|") && scalars[gap].contains("\n"))
        } || (total >= 5 && inPhoneColumn(scalars, at: start))
        var best: Int?
        for count in 1...groups.count {
            let prefix = groups[0..<count]
            // Later groups have two digits or more; a table cell is crossed
            // only by an international number or after an operator code.
            if count > 1 {
                if groups[count - 1].count < 2 && !afterCityCode(scalars, groups, count: count) || isBracketedYear(scalars, groups[count - 1]) {
                    break
                }
                let gap = groups[count - 2].upperBound..<groups[count - 1].lowerBound
                if scalars[gap].contains("|"), !mayCrossCells(scalars, prefix, hasPlus: hasPlus) { break }
            }
            let end = groups[count - 1].upperBound
            if DetectorScalars.overlapsDate(start..<end, dates) { break }
            guard !DetectorScalars.isLetterOrDigit(scalars, end), !DetectorScalars.isDateShaped(scalars, prefix, shortYear: !labelled) else {
                continue
            }
            let digits = DetectorScalars.digits(scalars, prefix)
            if Set(digits).count == 1 { continue }
            if isPhone(digits, prefix, hasPlus: hasPlus) || (labelled && (5...13).contains(digits.count))
                || isDashedLocal(scalars, prefix, hasPlus: hasPlus) || (!hasPlus && isPrefixlessMobile(scalars, prefix)) { best = end }
        }
        return best
    }

    /// A one-digit group right after a five-digit city code in 0
    /// (`(03222) 5-55-11`, `03222 5 55 11`: Osh; red team round 10, C-532,
    /// C-910): the city's five-digit local number starts with it. Only in
    /// one line of text, never across table cells (a row of counts).
    private static func afterCityCode(_ scalars: [Unicode.Scalar], _ groups: [Range<Int>], count: Int) -> Bool {
        guard count == 2, groups[0].count == 5, scalars[groups[0].lowerBound] == "0", groups.count >= 4 else { return false }
        return !scalars[groups[0].upperBound..<groups[1].lowerBound].contains("|")
    }

    /// A year in brackets after a number (`6 019 480 (2014)`, a population; red-team round 8,
    /// clean-085): the date of the figure, never a phone's digits. Without it the match
    /// began at `019` and took `480 (2014` for the ten digits of a national number.
    private static func isBracketedYear(_ scalars: [Unicode.Scalar], _ group: Range<Int>) -> Bool {
        guard group.count == 4, group.lowerBound > 0, scalars[group.lowerBound - 1] == "(" else { return false }
        // A city code in brackets is followed by the number (`(4012) 34-56-78`); a year is not.
        var after = group.upperBound
        if after < scalars.count, scalars[after] == ")" { after += 1 }
        while after < scalars.count, scalars[after] == " " { after += 1 }
        guard !DetectorScalars.isDigit(scalars, after) else { return false }
        let year = DetectorScalars.number(scalars, group.lowerBound, 4)
        return (1900...2099).contains(year)
    }

    /// Fourteen digits in one run in an organisation's INN shape (0 and a
    /// date), after `ИНН`/`ПИН`: an organisation's INN (`PersonalNumberDetector`), whose `00` when its
    /// date's day is below 10 (`ИНН 00303201514114`) is no international
    /// prefix (red-team round 4, clean case).
    private static func isOrganisationNumber(_ scalars: [Unicode.Scalar], _ groups: [Range<Int>], at start: Int) -> Bool {
        guard let first = groups.first, first.count == 14,
              PersonalNumberDetector.isOrganisation(Array(scalars[first])) else { return false }
        return PersonalNumberDetector.labels.before(scalars, start, window: 25).contains {
            !DetectorScalars.hasBreak(scalars, $0.upperBound..<start)
        }
    }

    /// A six-digit city number in its written shape, `62-50-15` (three
    /// pairs joined by single dashes; red-team round 3, class R3-8): a
    /// phone without a phone word. Date-shaped pairs (`12-05-15`) were
    /// left out above; other pairs of numbers keep their one dash.
    private static func isDashedLocal(_ scalars: [Unicode.Scalar], _ groups: ArraySlice<Range<Int>>, hasPlus: Bool) -> Bool {
        guard !hasPlus, groups.count == 3, groups.allSatisfy({ $0.count == 2 }) else { return false }
        let first = groups.startIndex
        return (first..<(first + 2)).allSatisfy { index in
            let gap = groups[index].upperBound..<groups[index + 1].lowerBound
            return gap.count == 1 && DetectorScalars.isDash(scalars[gap.lowerBound])
        }
    }

    private static func mayCrossCells(_ scalars: [Unicode.Scalar], _ groups: ArraySlice<Range<Int>>, hasPlus: Bool) -> Bool {
        let digits = DetectorScalars.digits(scalars, groups)
        let first = groups[groups.startIndex].count
        return hasPlus || (first >= 4 && digits.starts(with: "00".unicodeScalars)) || (first >= 3 && digits.starts(with: "996".unicodeScalars))
            || (first == 4 && digits.first == "0")
    }

    private static func isPhone(_ digits: [Unicode.Scalar], _ groups: ArraySlice<Range<Int>>, hasPlus: Bool) -> Bool {
        if hasPlus { return (10...13).contains(digits.count) }
        // A lone `0` or `8` is followed by a city or operator code (`0 (312)`, `8 (912)`).
        let firstAlone = groups[groups.startIndex].count == 1
        if firstAlone, groups.count > 1, !(3...4).contains(groups[groups.startIndex + 1].count) { return false }
        switch digits.first {
        case "0":
            if digits.starts(with: "00".unicodeScalars) { return (12...15).contains(digits.count) || digits.count == 10 }
            return digits.count == 10
        case "9": return digits.count == 12 && digits.starts(with: "996".unicodeScalars)
        case "8": return (10...11).contains(digits.count)
        default: return false
        }
    }
}
