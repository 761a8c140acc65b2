/// Dates read before phones and personal numbers (red-team round 6, clean cases): a period
/// written as two dates joined by a dash or a slash (`01.01.2014–31.12.2014`,
/// `01.01.2014 – 31.12.2014`, `2014-01-01/2014-12-31`) ran on as one group
/// of digits, and ten of them starting with `0` were a phone. A date with a
/// four-digit year is a token of its own; a phone that would overlap one is
/// no phone; a personal number, whose digits may be grouped in any way
/// (`2100-2-1-974-88571`), only may not overlap a period: two such dates
/// joined by a dash or a slash. A two-digit year is not enough (`+996 555 12-03-15` is a
/// phone), and a date is read only with one separator between its parts,
/// as dates are written.
extension DetectorScalars {
    /// The dates with a four-digit year (1900 to 2099) in `scalars`: day,
    /// month, year or year, month, day, joined by `.`, `/` or a dash.
    static func dateTokens(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var tokens: [Range<Int>] = []
        var offset = 0
        while offset < scalars.count {
            guard DetectorScalars.isDigit(scalars, offset), !DetectorScalars.isDigit(scalars, offset - 1) else {
                offset += 1
                continue
            }
            let groups = DetectorScalars.groups(scalars, from: offset, maxGap: 1, limit: 3) {
                $0 == "." || $0 == "/" || DetectorScalars.isDash($0)
            }
            if groups.count == 3, DetectorScalars.isDateShaped(scalars, groups, shortYear: false),
               let year = groups.first(where: { $0.count == 4 }), (1900...2099).contains(number(scalars, year.lowerBound, 4)) {
                tokens.append(offset..<groups[2].upperBound)
                offset = groups[2].upperBound
            } else {
                offset += DetectorScalars.digitRun(scalars, from: offset)
            }
        }
        return tokens
    }

    /// Periods with two-digit years (red-team round 7, clean-032 and
    /// clean-118: `01.01.14–31.12.14`, `01.01.14 – 31.12.14` read as ten
    /// digits of a phone): two dates, each day, month and two-digit year
    /// joined by dots or slashes (not dashes, which a phone's pairs use:
    /// `555 12-03-15`), the two joined by a dash and at most two spaces.
    /// One such date alone is not read, so `0555 12.03.15` stays a phone.
    static func shortYearPeriods(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var dates: [Range<Int>] = []
        var offset = 0
        while offset < scalars.count {
            guard isDigit(scalars, offset), !isLetterOrDigit(scalars, offset - 1) else {
                offset += 1
                continue
            }
            let groups = Self.groups(scalars, from: offset, maxGap: 1, limit: 3) { $0 == "." || $0 == "/" }
            if groups.count == 3, groups[2].count == 2, !isLetterOrDigit(scalars, groups[2].upperBound),
               isDateShaped(scalars, groups), scalars[groups[0].upperBound] == scalars[groups[1].upperBound] {
                dates.append(offset..<groups[2].upperBound)
                offset = groups[2].upperBound
            } else {
                offset += max(1, digitRun(scalars, from: offset))
            }
        }
        guard dates.count > 1 else { return [] }
        var periods: [Range<Int>] = []
        for (first, second) in zip(dates, dates.dropFirst()) {
            let gap = scalars[first.upperBound..<second.lowerBound]
            guard (1...3).contains(gap.count), gap.filter(isDash).count == 1, gap.allSatisfy({ isDash($0) || $0 == " " || isSpace($0) }) else {
                continue
            }
            if periods.last != first { periods.append(first) }
            periods.append(second)
        }
        return periods
    }

    /// Whether `range` shares a scalar with any of `dates`.
    static func overlapsDate(_ range: Range<Int>, _ dates: [Range<Int>]) -> Bool {
        dates.contains { $0.overlaps(range) }
    }

    /// Periods: two of `dates` joined by up to three spaces, dashes or slashes
    /// (`01.01.2014–31.12.2014`, `2014-01-01/2014-12-31`, `… – …`), each as one range.
    static func dateRanges(in scalars: [Unicode.Scalar], dates: [Range<Int>]) -> [Range<Int>] {
        guard dates.count > 1 else { return [] }
        return zip(dates, dates.dropFirst()).compactMap { first, second in
            let gap = scalars[first.upperBound..<second.lowerBound]
            guard (1...3).contains(gap.count), gap.allSatisfy({ $0 == " " || $0 == "/" || isDash($0) || isSpace($0) }),
                  gap.contains(where: { $0 == "/" || isDash($0) }) else { return nil }
            return first.lowerBound..<second.upperBound
        }
    }
}
