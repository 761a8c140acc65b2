/// The machine-readable zone of a passport or ID card (ICAO 9303), copied
/// off a scan (red-team round 5, class C): TD3 passports print two lines of
/// 44 characters, TD1 ID cards three of 30, in capitals, digits and the
/// filler `<`:
///
///     P<KGZSADYKOV<<AIBEK<<<<<<<<<<<<<<<<<<<<<<<<<
///     AC12345670KGZ9103022M2501010<<<<<<<<<<<<<<06
///
/// The name line holds the surname and given names (`<` stands between
/// them, so a name matcher reads `KGZSADYKOV` as one word), the other lines
/// the document number, nationality, date of birth (YYMMDD) and sex: every
/// line is an identifier, so each is withheld whole.
///
/// A line is a run of capitals, digits and fillers (also `«`, `‹`, `＜` as
/// an OCR or a keyboard writes `<`) that either
/// - holds a pair of fillers (`<<`, the field separator) and at least six
///   letters or digits: no prose or table is written so;
/// - or, with no fillers left (the optional field filled), has the shape
///   of a TD3 second line or a TD1 first or second line whose check digit
///   (weights 7, 3, 1) holds for the document number or the birth date.
///
/// Lower case is left alone: a C++ `cout<<endl<<x` in a report is code, and
/// the zone is printed in capitals.
extension DocumentNumberDetector {
    static func mrzLine(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard start < scalars.count, isMRZ(scalars[start]), start == 0 || !isMRZ(scalars[start - 1]),
              !DetectorScalars.isLetterOrDigit(scalars, start - 1) else { return nil }
        var end = start
        var alphanumerics = 0, pair = false
        while end < scalars.count, isMRZ(scalars[end]) {
            if isFiller(scalars[end]) {
                if end > start, isFiller(scalars[end - 1]) { pair = true }
            } else {
                alphanumerics += 1
            }
            end += 1
        }
        guard !DetectorScalars.isLetterOrDigit(scalars, end) else { return nil }
        let line = Array(scalars[start..<end])
        if pair, alphanumerics >= 6 { return end }
        return hasDataLineShape(line) ? end : nil
    }

    /// A capital Latin letter, an ASCII digit or a filler.
    private static func isMRZ(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || scalar.asciiDigit != nil || isFiller(scalar)
    }

    private static func isFiller(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "<" || scalar == "«" || scalar == "‹" || scalar == "\u{FF1C}"
    }

    /// A TD3 second line (number and check digit, nationality, birth date
    /// and check digit, sex) or a TD1 first (type, state, number and check
    /// digit) or second line (birth date and check digit, sex, expiry),
    /// with at least one check digit that holds.
    static func hasDataLineShape(_ line: [Unicode.Scalar]) -> Bool {
        func letters(_ range: Range<Int>) -> Bool { range.allSatisfy { (0x41...0x5A).contains(line[$0].value) || isFiller(line[$0]) } }
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { line[$0].asciiDigit != nil } }
        func sex(_ offset: Int) -> Bool { ["M", "F", "X", "<"].contains(line[offset]) || isFiller(line[offset]) }
        if line.count >= 28, letters(10..<13), digits(13..<20), sex(20), digits(21..<28) {
            return checks(line, 0..<9, 9) || checks(line, 13..<19, 19)
        }
        if line.count >= 18, digits(0..<7), sex(7), digits(8..<15), letters(15..<18) {
            return checks(line, 0..<6, 6) || checks(line, 8..<14, 14)
        }
        if line.count >= 15, ["A", "C", "I"].contains(line[0]), letters(1..<5), digits(14..<15) {
            return checks(line, 5..<14, 14)
        }
        return false
    }

    /// ICAO 9303 check digit: values (digits, A=10…Z=35, filler 0) weighted 7, 3, 1 in turn, modulo 10.
    static func checks(_ line: [Unicode.Scalar], _ field: Range<Int>, _ check: Int) -> Bool {
        guard check < line.count, let expected = line[check].asciiDigit else { return false }
        var sum = 0
        for (index, offset) in field.enumerated() {
            let scalar = line[offset]
            let value = scalar.asciiDigit ?? ((0x41...0x5A).contains(scalar.value) ? Int(scalar.value) - 0x41 + 10 : 0)
            sum += value * [7, 3, 1][index % 3]
        }
        return sum % 10 == expected
    }
}
