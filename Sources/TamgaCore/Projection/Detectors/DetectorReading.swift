/// The text as the detectors read it: as a reader sees it (issue 15,
/// class 5), not as it is typed. Inline markup inside a number or a date
/// is removed (`02.03.*1991*`, `~~02.03.~~1991`, `2^nd^ of March`), every
/// decimal digit of any script is read by its Unicode value as the ASCII
/// digit (`١٢٣٤٥٦٧`, `१२३`), keycap digits are their digits (`5️⃣5️⃣`, round 4), and a number letter-spaced digit by digit with
/// the same one to three spaces (`0  5  5  5  1  2  3  4  5  6`) is closed
/// up. The projector and the leak scan both read through it, since both
/// call `DetectorKind.matches`.
///
/// A match in the reading maps back to the original scalars; where it
/// spans markup, it takes the markup next to it too, so no half of an
/// emphasis is left around the marker.
struct DetectorReading {
    let scalars: [Unicode.Scalar]
    /// For each scalar read, its offset in the original; nil when the
    /// reading is the original.
    private let origin: [Int]?
    private let original: [Unicode.Scalar]

    static func isMarkup(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "*" || scalar == "~" || scalar == "^" || scalar == "`" || scalar == "_" || scalar == "\\"
            || isEmojiPresentation(scalar)
    }

    /// The variation selectors and the combining enclosing keycap
    /// (`0️⃣5️⃣5️⃣`: a digit, U+FE0F, U+20E3), read past as markup is, so
    /// keycap digits are the digits they show to the projector as to the
    /// leak scan (`LeakScanner.emojiPresentation`; issue 15, red-team round 4).
    static func isEmojiPresentation(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{FE0E}" || scalar == "\u{FE0F}" || scalar == "\u{20E3}"
    }

    init(_ original: [Unicode.Scalar]) {
        self.original = original
        let plain = !original.contains { Self.isMarkup($0) || $0 == "%" || ($0.value >= 0x80 && $0.properties.numericType == .decimal) }
        if plain, !Self.hasSpacedDigits(original) {
            scalars = original
            origin = nil
            return
        }
        var read: [Unicode.Scalar] = []
        var origin: [Int] = []
        read.reserveCapacity(original.count)
        let mixed = Self.mixedDigitRuns(original)
        var offset = 0
        while offset < original.count {
            let scalar = original[offset]
            if let decoded = Self.percentEscape(original, at: offset) {
                read.append(decoded)
                origin.append(offset)
                offset += 3
                continue
            }
            if !Self.isMarkup(scalar) {
                read.append(mixed.contains(offset) ? scalar : SensitivePhrase.asciiDigit(scalar))
                origin.append(offset)
            }
            offset += 1
        }
        let kept = Self.closingSpacedDigits(read)
        scalars = kept.map { read[$0] }
        self.origin = kept.map { origin[$0] }
    }

    /// Whether the reading differs from the original.
    var changesText: Bool { origin != nil }

    /// The original range of a range of the reading.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard let origin, !range.isEmpty else { return range }
        var lower = origin[range.lowerBound], upper = origin[range.upperBound - 1]
        upper += Self.percentEscape(original, at: upper) == nil ? 1 : 3
        if original[lower..<upper].contains(where: Self.isMarkup) {
            while lower > 0, Self.isMarkup(original[lower - 1]) { lower -= 1 }
            while upper < original.count, Self.isMarkup(original[upper]) { upper += 1 }
        }
        return lower..<upper
    }

    /// The printable ASCII character a `%XX` escape at `offset` encodes
    /// (`%2B` is `+`, `%20` a space, `%35` a `5`); nil for anything else,
    /// a `%` of a percentage included.
    static func percentEscape(_ scalars: [Unicode.Scalar], at offset: Int) -> Unicode.Scalar? {
        guard scalars[offset] == "%", offset + 2 < scalars.count,
              let high = hexValue(scalars[offset + 1]),
              let low = hexValue(scalars[offset + 2]) else { return nil }
        let value = high * 16 + low
        guard (0x20...0x7E).contains(value) else { return nil }
        return Unicode.Scalar(UInt8(value))
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: scalar.value - 0x30
        case 0x41...0x46: scalar.value - 0x37
        case 0x61...0x66: scalar.value - 0x57
        default: nil
        }
    }

    /// The offsets of other-script digits in a run that also holds ASCII
    /// digits (`1991٣`): such a digit is not read into the number, as a
    /// letter touching it would not be; a run wholly in one script is.
    private static func mixedDigitRuns(_ scalars: [Unicode.Scalar]) -> Set<Int> {
        var result: Set<Int> = []
        var start = 0
        while start < scalars.count {
            guard scalars[start].properties.numericType == .decimal else { start += 1; continue }
            var end = start
            var ascii = false, other: [Int] = []
            while end < scalars.count, scalars[end].properties.numericType == .decimal {
                if scalars[end].asciiDigit != nil { ascii = true } else { other.append(end) }
                end += 1
            }
            if ascii { result.formUnion(other) }
            start = end
        }
        return result
    }

    private static func isGapSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && scalar.properties.isWhitespace && scalar != "\u{2028}")
    }

    private static func hasSpacedDigits(_ scalars: [Unicode.Scalar]) -> Bool {
        var singles = 0
        for index in scalars.indices where scalars[index].asciiDigit != nil {
            let alone = !DetectorScalars.isLetterOrDigit(scalars, index - 1) && !DetectorScalars.isLetterOrDigit(scalars, index + 1)
            singles = alone ? singles + 1 : 0
            if singles >= minimumSpacedDigits { return true }
        }
        return false
    }

    /// Six or more single digits letter-spaced with the same gap.
    static let minimumSpacedDigits = 6

    /// The offsets kept when each run of `minimumSpacedDigits` single
    /// digits, each apart from the next by the same one to three spaces,
    /// is closed up.
    private static func closingSpacedDigits(_ scalars: [Unicode.Scalar]) -> [Int] {
        var kept: [Int] = []
        kept.reserveCapacity(scalars.count)
        var index = 0
        func single(_ i: Int) -> Bool {
            i < scalars.count && scalars[i].asciiDigit != nil && !DetectorScalars.isLetterOrDigit(scalars, i - 1)
                && !DetectorScalars.isLetterOrDigit(scalars, i + 1)
        }
        while index < scalars.count {
            if single(index) {
                var gap = 0
                while index + 1 + gap < scalars.count, gap < 3, isGapSpace(scalars[index + 1 + gap]) { gap += 1 }
                var digits = [index]
                if gap > 0 {
                    let pattern = Array(scalars[(index + 1)..<(index + 1 + gap)])
                    var next = index + 1 + gap
                    while single(next) {
                        digits.append(next)
                        let after = next + 1
                        guard after + gap <= scalars.count, Array(scalars[after..<(after + gap)]) == pattern, single(after + gap) else { break }
                        next = after + gap
                    }
                }
                if digits.count >= minimumSpacedDigits {
                    kept += digits
                    index = digits[digits.count - 1] + 1
                    continue
                }
            }
            kept.append(index)
            index += 1
        }
        return kept
    }
}
