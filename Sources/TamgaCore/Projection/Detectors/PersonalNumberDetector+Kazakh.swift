/// A Kazakh IIN (red-team round 9, C-203): twelve digits, the holder's date
/// of birth (YYMMDD), then the century and sex digit (1–6) and five more.
/// A foreign detainee's IIN names him as a Kyrgyz PIN does.
///
/// In one run of twelve digits when they read as one (a real date, a
/// century digit); after its label (`ИИН`, `IIN`, `ЖСН`) in any grouping
/// of twelve digits (`900923 300123`, `900 923 300 123`, `900923-300123`).
/// Twelve digits that read as no date (`123456789012`) stay.
extension PersonalNumberDetector {
    static let kazakhLabels = DetectorLabels(["иин*", "iin*", "жсн*", "jsn*", "ИИН*"])

    /// The end of a Kazakh IIN starting at `start`, a digit not inside another number.
    static func kazakhNumber(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        let run = DetectorScalars.digitRun(scalars, from: start)
        if run == 12 {
            if readsAsKazakh(Array(scalars[start..<(start + 12)])) || isLabelledKazakh(scalars, start) { return start + 12 }
            return nil
        }
        guard run < 12, isLabelledKazakh(scalars, start) else { return nil }
        let groups = DetectorScalars.groups(scalars, from: start, maxGap: 2, limit: 6) { scalar in
            DetectorScalars.isSpace(scalar) || DetectorScalars.isDash(scalar) || scalar == "."
        }
        var total = 0
        for group in groups {
            total += group.count
            if total == 12 { return DetectorScalars.isDigit(scalars, group.upperBound) ? nil : group.upperBound }
            if total > 12 { return nil }
        }
        return nil
    }

    private static func isLabelledKazakh(_ scalars: [Unicode.Scalar], _ start: Int) -> Bool {
        kazakhLabels.before(scalars, start, window: 25).contains { !DetectorScalars.hasBreak(scalars, $0.upperBound..<start) }
    }

    /// A date of birth (YYMMDD, a real month and day) and a century and sex digit 1–6.
    static func readsAsKazakh(_ digits: [Unicode.Scalar]) -> Bool {
        let values = digits.map { Int($0.asciiDigit ?? 0) }
        guard values.count == 12 else { return false }
        let month = values[2] * 10 + values[3], day = values[4] * 10 + values[5]
        return (1...12).contains(month) && (1...31).contains(day) && (1...6).contains(values[6])
    }
}
