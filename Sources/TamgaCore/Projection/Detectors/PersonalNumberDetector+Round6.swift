/// Personal numbers of red-team round 6 (class C, scope), and an
/// organisation's number that is none:
///
/// - a payment card masked only at its end (`4169 5853 1234 ****`): twelve
///   digits or more in groups of four, then a masked group, still name the
///   card (a receipt's `**** **** **** 5678` or `4169 58** **** 5678`
///   shows too little to, and is left);
/// - a Russian SNILS, `123-456-789 01`: its shape (three dashed groups of
///   three, then two) is the signal, with or without its label;
/// - fourteen digits beginning with 0 right after a word naming an
///   organisation (`ИНН учреждения: 01234567891011`, red-team round 6
///   clean case): a person's number begins with the sex digit, 1 or 2.
extension PersonalNumberDetector {
    static let organisationLabels = DetectorLabels([
        "учреждени*", "организаци*", "предприяти*", "юр. лиц*", "юрлиц*", "юридическ*", "мекеме*", "уюм*", "ишкан*", "окпо",
        "okpo", "institution*", "organisation*", "organization*", "company", "ооо", "осоо", "оао", "зао", "гп", "ргп",
    ])

    /// The end of a masked card or a SNILS starting at `start` (a digit run's start).
    static func maskedCardOrInsurance(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard !DetectorScalars.isLetterOrDigit(scalars, start - 1), !DetectorScalars.continuesNumber(scalars, start) else { return nil }
        return insuranceNumber(scalars, at: start) ?? maskedCard(scalars, at: start)
    }

    private static func maskedCard(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        let groups = DetectorScalars.groups(scalars, from: start, maxGap: 1, limit: 4) { DetectorScalars.isSpace($0) || DetectorScalars.isDash($0) }
        guard groups.count >= 3, groups.allSatisfy({ $0.count == 4 }), "234569".unicodeScalars.contains(scalars[start]) else { return nil }
        var end = groups[groups.count - 1].upperBound
        guard end + 1 < scalars.count, DetectorScalars.isSpace(scalars[end]) || DetectorScalars.isDash(scalars[end]),
              isMask(scalars[end + 1]) else { return nil }
        end += 1
        while end < scalars.count, isMask(scalars[end]) { end += 1 }
        return end
    }

    private static func insuranceNumber(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        let groups = DetectorScalars.groups(scalars, from: start, maxGap: 1, limit: 4) { $0 == " " || DetectorScalars.isDash($0) }
        guard groups.count == 4, groups.map(\.count) == [3, 3, 3, 2], !DetectorScalars.isLetterOrDigit(scalars, groups[3].upperBound) else {
            return nil
        }
        for index in 1..<3 where !DetectorScalars.isDash(scalars[groups[index].lowerBound - 1]) { return nil }
        return groups[3].upperBound
    }

    /// Fourteen digits at `start`, beginning with 0, after an organisation word.
    static func isOrganisationNamed(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        scalars[start] == "0" && organisationLabels.before(scalars, start, window: 30).contains {
            !DetectorScalars.hasBreak(scalars, $0.upperBound..<start)
        }
    }
}
