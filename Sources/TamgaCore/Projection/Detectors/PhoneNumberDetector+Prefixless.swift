/// A mobile written as its own country writes it at home, with no `+`,
/// `0` or `8` and no phone word (red-team round 10, C-523, C-524): Uzbek
/// `90 123 45 67`, `(90) 123-45-67`; Kyrgyz `555 12 34 56`, `(555) 123
/// 456`; Kazakh and Russian `701 123 45 67`. What tells it from a count is
/// the grouping a phone has and a sum has not: a two- or three-digit code,
/// then two pairs at the end (2-3-2-2, 3-2-2-2, 3-3-2-2), or the code in
/// brackets before six digits. Each gap is one space, dash or dot (a
/// bracket and a space after the code): a table's columns (`| 90 | 123 |`)
/// or a wide gap are no phone.
extension PhoneNumberDetector {
    static let prefixlessShapes: [[Int]] = [[2, 3, 2, 2], [3, 2, 2, 2], [3, 3, 2, 2]]
    static let bracketedShapes: [[Int]] = [[2, 3, 2, 2], [3, 2, 2, 2], [3, 3, 3], [3, 3, 2, 2], [2, 3, 4], [3, 6], [2, 7]]

    static func isPrefixlessMobile(_ scalars: [Unicode.Scalar], _ groups: ArraySlice<Range<Int>>) -> Bool {
        let counts = groups.map(\.count)
        let first = groups[groups.startIndex]
        let bracketed = first.lowerBound > 0 && scalars[first.lowerBound - 1] == "(" && first.upperBound < scalars.count
            && scalars[first.upperBound] == ")"
        guard bracketed ? bracketedShapes.contains(counts) : prefixlessShapes.contains(counts) else { return false }
        for index in groups.indices.dropFirst() {
            let gap = Array(scalars[groups[index - 1].upperBound..<groups[index].lowerBound])
            if index == groups.startIndex + 1, bracketed {
                guard gap.first == ")", gap.count <= 2, gap.dropFirst().allSatisfy(isJoiner) else { return false }
            } else {
                guard gap.count == 1, isJoiner(gap[0]) else { return false }
            }
        }
        return true
    }

    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        DetectorScalars.isSpace(scalar) && scalar != "\n" && scalar != "\t" || DetectorScalars.isDash(scalar) || scalar == "."
    }
}
