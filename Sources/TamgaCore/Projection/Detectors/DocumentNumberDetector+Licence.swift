/// A driving licence's number (red-team round 6, class C, scope): after a
/// licence word (`водительское удостоверение`, `ВУ`, Kyrgyz `айдоочулук
/// күбөлүк`, `driver's licence`, `Führerschein`, `permis de conduire`),
/// one or two letters and six or seven digits (`AB 123456`, `АВ № 1234567`),
/// which a passport's seven-digit rule does not take.
extension DocumentNumberDetector {
    static let licenceLabels = DetectorLabels([
        "водительск*", "вод. удост*", "вод.удост*", "ву", "айдоочу*", "айдоочулук*", "driver's licen*", "drivers licen*",
        "driver licen*", "driving licen*", "driver’s licen*", "führerschein*", "fuhrerschein*", "permis de conduire", "licencia de conducir",
        "ehliyet*", "haydovchilik*", "жүргізуші*",
    ])

    /// The end of a licence number whose letters start at `start`.
    static func drivingLicence(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard start < scalars.count, !DetectorScalars.isLetterOrDigit(scalars, start - 1), isSeriesLetter(scalars[start]) else { return nil }
        var letters = start + 1
        if letters < scalars.count, isSeriesLetter(scalars[letters]) { letters += 1 }
        guard !DetectorScalars.isLetter(scalars, letters) else { return nil }
        var digits = letters
        while digits < scalars.count, digits - letters < 4, isGap(scalars[digits]) { digits += 1 }
        let run = DetectorScalars.digitRun(scalars, from: digits)
        guard (6...7).contains(run), !DetectorScalars.isLetterOrDigit(scalars, digits + run) else { return nil }
        let labelled = licenceLabels.before(scalars, start, window: 40).contains {
            !DetectorScalars.hasBreak(scalars, $0.upperBound..<start)
        }
        return labelled ? digits + run : nil
    }
}
