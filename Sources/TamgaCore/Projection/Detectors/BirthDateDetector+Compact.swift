/// Dates of birth closed up to eight digits, as forms and databases write
/// them (red-team round 3, class R3-8): `DOB 19910302` (yyyymmdd) and
/// `Дата рождения 02031991` (ddmmyyyy); and to six, as a passport's
/// machine-readable zone writes them (red-team round 5: `DOB 910302`,
/// `д.р. 910302`, yymmdd, or ddmmyy). Such digits are otherwise common
/// (accounts, case numbers, postal codes), so the detector takes them only
/// right after a birth word (`compactWindow`: one word between at most) and
/// only when they read as a real date, either way round.
extension BirthDateDetector {
    static func compactDate(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard DetectorScalars.isDigit(scalars, start), !DetectorScalars.isLetterOrDigit(scalars, start - 1) else { return nil }
        let run = DetectorScalars.digitRun(scalars, from: start)
        guard run == 8 || run == 6, !DetectorScalars.isLetterOrDigit(scalars, start + run) else { return nil }
        func value(_ offset: Int, _ count: Int) -> Int { DetectorScalars.number(scalars, start + offset, count) }
        let months = 1...12, days = 1...31
        if run == 6 {
            let yearFirst = months.contains(value(2, 2)) && days.contains(value(4, 2))
            let yearLast = days.contains(value(0, 2)) && months.contains(value(2, 2))
            return yearFirst || yearLast ? start + 6 : nil
        }
        let years = 1900...2100
        let yearFirst = years.contains(value(0, 4)) && months.contains(value(4, 2)) && days.contains(value(6, 2))
        let yearLast = days.contains(value(0, 2)) && months.contains(value(2, 2)) && years.contains(value(4, 4))
        return yearFirst || yearLast ? start + 8 : nil
    }
}
