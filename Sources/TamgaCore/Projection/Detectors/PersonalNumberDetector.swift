/// The 14-digit personal number (ПИН, ИНН, PIN): the sex digit (1 or 2),
/// the date of birth (DDMMYYYY) and five more digits.
///
/// - written in one run, `20203199100123`: always (a run of 15 or more
///   digits is some other number; letters may touch it, `ПИН20203199100123`);
/// - in groups, `2 0203 1991 00123`, `20203-1991-00123`, `2.0203.1991.00123`,
///   joined by up to three spaces of any kind, dashes (‐ ‑ ‒ – — −), dots or
///   slashes: when a label (`ПИН`, `ИНН`, `PIN`, `INN`, `персональный`,
///   `жеке номер`) comes shortly before or heads the table column, or when the digits read as a
///   personal number (a sex digit and a real date). A row of statistics,
///   `12 15 20 11 30 14 10`, has fourteen digits but no date in them;
/// - partly masked, `ПИН: 2020319910****` (`PersonalNumberDetector+Masked`):
///   the digits left still show the sex and the date of birth;
/// - a payment card's number or a phone's IMEI, by shape and Luhn check
///   (`PersonalNumberDetector+Cards`), a card masked at its end and a
///   SNILS (`PersonalNumberDetector+Round6`).
///
/// Not a personal number: 0, a date and five digits. In Kyrgyzstan the
/// 14-digit INN of an organisation begins with 0, then the date of its
/// registration; a person's PIN with 1 (female) or 2 (male); so
/// `ИНН учреждения 01809199910052` is the institution's (issue 15,
/// red-team round 4, clean case).
enum PersonalNumberDetector {
    static let labels = DetectorLabels([
        "пин*", "инн*", "pin*", "inn*", "персональн*", "идентификацион*", "жеке*", "personal number*", "personal id*",
    ])

    static func matches(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var offset = 0
        // A period (`2011-02-08/2019-04-07`) is two dates, not a grouped number (red-team round 6).
        let periods = DetectorScalars.dateRanges(in: scalars, dates: DetectorScalars.dateTokens(in: scalars))
        while offset < scalars.count {
            let run = DetectorScalars.digitRun(scalars, from: offset)
            guard run > 0 else {
                offset += 1
                continue
            }
            if !DetectorScalars.isDigit(scalars, offset - 1),
               let end = cardOrDevice(scalars, at: offset) ?? maskedCardOrInsurance(scalars, at: offset) {
                result.append(offset..<end)
                offset = end
                continue
            } else if let end = masked(scalars, at: offset, run: run) {
                result.append(offset..<end)
                offset = end
                continue
            } else if run <= 12, !DetectorScalars.isDigit(scalars, offset - 1), !DetectorScalars.continuesNumber(scalars, offset),
                      let end = kazakhNumber(scalars, at: offset) {
                result.append(offset..<end)
                offset = end
                continue
            } else if run == 14 {
                // An organisation's INN begins with 0 (`isOrganisation`); a person's with 1 or 2.
                if !isOrganisation(scalars, at: offset), !isOrganisationNamed(scalars, at: offset) { result.append(offset..<(offset + 14)) }
            } else if !DetectorScalars.isDigit(scalars, offset - 1), let pieces = acrossCells(scalars, at: offset) {
                result += pieces
                offset = pieces[pieces.count - 1].upperBound
                continue
            } else if !DetectorScalars.isDigit(scalars, offset - 1), !DetectorScalars.continuesNumber(scalars, offset),
                      let end = grouped(scalars, at: offset), !DetectorScalars.overlapsDate(offset..<end, periods) {
                result.append(offset..<end)
                offset = end
                continue
            }
            offset += run
        }
        return result
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        DetectorScalars.isSpace(scalar) || DetectorScalars.isDash(scalar) || scalar == "." || scalar == "/"
    }

    /// The end of a grouped personal number starting at `start`.
    private static func grouped(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        let groups = DetectorScalars.groups(scalars, from: start, maxGap: 3, limit: 14, isSeparator: isSeparator)
        var total = 0
        for (index, group) in groups.enumerated() {
            total += group.count
            guard total < 14 else {
                guard total == 14, index > 0, !DetectorScalars.isLetterOrDigit(scalars, group.upperBound) else { return nil }
                let digits = DetectorScalars.digits(scalars, groups[0...index])
                guard !isOrganisation(digits) else { return nil }
                let labelled = labels.before(scalars, start, window: 25).contains {
                    !DetectorScalars.hasBreak(scalars, $0.upperBound..<start)
                } || DetectorTableColumn.isHeaded(scalars, at: start, by: labels)
                return labelled || readsAsPersonalNumber(digits) ? group.upperBound : nil
            }
        }
        return nil
    }

    /// A personal number split over table cells (`| 2020319 | 9100123 |`,
    /// red-team case): groups in adjacent cells of one row that together
    /// read as a personal number, returned cell by cell so the table keeps
    /// its columns.
    private static func acrossCells(_ scalars: [Unicode.Scalar], at start: Int) -> [Range<Int>]? {
        func isCellSeparator(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "|" || scalar == " " || scalar == "\t" || scalar == "\u{A0}" || DetectorScalars.isDash(scalar)
        }
        let groups = DetectorScalars.groups(scalars, from: start, maxGap: 12, limit: 14, isSeparator: isCellSeparator)
        var total = 0
        for (index, group) in groups.enumerated() {
            total += group.count
            guard total >= 14 else { continue }
            guard index > 0 else { return nil }
            let gaps = (1...index).map { scalars[groups[$0 - 1].upperBound..<groups[$0].lowerBound] }
            guard total == 14, gaps.contains(where: { $0.contains("|") }),
                  gaps.allSatisfy({ $0.filter { $0 == "|" }.count <= 1 }),
                  !DetectorScalars.isLetterOrDigit(scalars, group.upperBound),
                  readsAsPersonalNumber(DetectorScalars.digits(scalars, groups[0...index])) else { return nil }
            return Array(groups[0...index])
        }
        return nil
    }

    /// A sex digit and a date of birth between 1900 and 2099.
    static func readsAsPersonalNumber(_ digits: [Unicode.Scalar]) -> Bool {
        let values = digits.map { Int($0.asciiDigit ?? 0) }
        func number(_ from: Int, _ count: Int) -> Int { values[from..<(from + count)].reduce(0) { $0 * 10 + $1 } }
        return values.count == 14 && (1...2).contains(values[0]) && (1...31).contains(number(1, 2))
            && (1...12).contains(number(3, 2)) && (1900...2099).contains(number(5, 4))
    }
}
