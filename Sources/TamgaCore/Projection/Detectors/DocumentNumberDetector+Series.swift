/// A Russian internal passport written as its form prints it (red-team
/// round 3, class R3-8): the series as two pairs or four digits, then a
/// number sign, then six digits: `Паспорт серия 45 09 № 123456`,
/// `серия 4509 № 123456`. The series alone is too short and the six
/// digits alone are any number, so the whole is matched, and only after a
/// document label (`паспорт`, `серия`, `passport`, ...).
extension DocumentNumberDetector {
    static func internalPassport(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        // Not a piece of a reference joined by dashes or dots (`№ 02-123-2014-000456`).
        guard DetectorScalars.isDigit(scalars, start), !DetectorScalars.isLetterOrDigit(scalars, start - 1),
              !(start >= 2 && (DetectorScalars.isDash(scalars[start - 1]) || scalars[start - 1] == ".") && DetectorScalars.isDigit(scalars, start - 2))
        else { return nil }
        var offset = start
        let first = DetectorScalars.digitRun(scalars, from: offset)
        if first == 2 {
            offset += 2
            guard offset < scalars.count, DetectorScalars.isSpace(scalars[offset]) || DetectorScalars.isDash(scalars[offset]),
                  DetectorScalars.digitRun(scalars, from: offset + 1) == 2 else { return nil }
            offset += 3
        } else if first == 4 {
            offset += 4
        } else {
            return nil
        }
        // The number sign between, or only spaces.
        let gapStart = offset
        // Spaces and a number sign only: a dash or dot would join a reference's parts.
        while offset < scalars.count, offset - gapStart < 6,
              DetectorScalars.isSpace(scalars[offset]) || "№#:No".unicodeScalars.contains(scalars[offset]) {
            offset += 1
        }
        guard offset > gapStart, DetectorScalars.digitRun(scalars, from: offset) == 6, !DetectorScalars.isLetterOrDigit(scalars, offset + 6),
              hasLabel(scalars, before: start) else { return nil }
        return offset + 6
    }
}
