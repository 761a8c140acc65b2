/// Small predicates the detectors share: what counts as a digit, a space, a
/// dash and a group of digits in a number as people write it.
enum DetectorScalars {
    static func isDigit(_ scalars: [Unicode.Scalar], _ offset: Int) -> Bool {
        offset >= 0 && offset < scalars.count && scalars[offset].asciiDigit != nil
    }

    static func isLetterOrDigit(_ scalars: [Unicode.Scalar], _ offset: Int) -> Bool {
        offset >= 0 && offset < scalars.count && ScalarText.isWordScalar(scalars[offset])
    }

    static func isLetter(_ scalars: [Unicode.Scalar], _ offset: Int) -> Bool {
        offset >= 0 && offset < scalars.count && scalars[offset].asciiDigit == nil && ScalarText.isWordScalar(scalars[offset])
    }

    /// `scalar` in lower case: ASCII and basic Cyrillic by arithmetic (the
    /// detectors fold at every word start), the rest by its properties.
    @inline(__always)
    static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x41...0x5A, 0x410...0x42F: Unicode.Scalar(scalar.value + 0x20) ?? scalar
        case 0x400...0x40F: Unicode.Scalar(scalar.value + 0x50) ?? scalar
        case 0...0x7F, 0x430...0x45F: scalar
        default: ScalarText.folded(scalar)
        }
    }

    /// True when `start` continues a number before it (`17:00`, `1,5`,
    /// `12.03`): a phone or a personal number does not start in the middle
    /// of a time, a decimal or a date.
    static func continuesNumber(_ scalars: [Unicode.Scalar], _ start: Int) -> Bool {
        start >= 2 && ":.,/".unicodeScalars.contains(scalars[start - 1]) && isDigit(scalars, start - 2)
    }

    /// The length of the run of ASCII digits starting at `offset`.
    static func digitRun(_ scalars: [Unicode.Scalar], from offset: Int) -> Int {
        var end = offset
        while isDigit(scalars, end) { end += 1 }
        return end - offset
    }

    /// The value of `count` digits at `offset`.
    static func number(_ scalars: [Unicode.Scalar], _ offset: Int, _ count: Int) -> Int {
        scalars[offset..<(offset + count)].reduce(0) { $0 * 10 + ($1.asciiDigit ?? 0) }
    }

    /// Spaces of any kind (no-break, thin, em, ideographic) count the same in
    /// numbers, and so does a line break: a paragraph wrapped at 78 columns
    /// splits `ID 1234567` or `+996 555 123 456` over two lines as readily
    /// as any words.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
            || (scalar.value >= 0x80 && scalar.properties.isWhitespace)
    }

    /// Hyphen-minus and every dash a word processor substitutes for it:
    /// ‐ ‑ ‒ – — ― − and the small and full-width hyphens.
    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: true
        default: false
        }
    }

    /// The digit groups from `start` (a digit) joined by gaps of one to
    /// `maxGap` scalars that `isSeparator` accepts, stopping before a blank
    /// line: `2 0203 1991 00123` is four groups.
    static func groups(_ scalars: [Unicode.Scalar], from start: Int, maxGap: Int, limit: Int = 8,
                       isSeparator: (Unicode.Scalar) -> Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var offset = start
        while result.count < limit {
            let run = digitRun(scalars, from: offset)
            guard run > 0 else { break }
            result.append(offset..<(offset + run))
            var next = offset + run
            var newlines = 0
            while next < scalars.count, next - (offset + run) < maxGap, isSeparator(scalars[next]) {
                if scalars[next] == "\n" { newlines += 1 }
                next += 1
            }
            guard next > offset + run, newlines < 2, isDigit(scalars, next) else { break }
            offset = next
        }
        return result
    }

    /// The digits of `groups`, in order.
    static func digits(_ scalars: [Unicode.Scalar], _ groups: some Collection<Range<Int>>) -> [Unicode.Scalar] {
        groups.flatMap { scalars[$0] }
    }

    /// Three groups that read as a date, joined by dots, slashes or dashes
    /// (`28.10.2014`, `2014-10-28`, `3/3/90`): a visit date is not a phone
    /// or a document number. With `shortYear: false` only a four-digit
    /// year counts (after a phone word, `62.12.34` is a phone).
    static func isDateShaped(_ scalars: [Unicode.Scalar], _ groups: some Collection<Range<Int>>, shortYear: Bool = true) -> Bool {
        let groups = Array(groups)
        guard groups.count == 3 else { return false }
        for index in 1..<3 {
            let gap = scalars[groups[index - 1].upperBound..<groups[index].lowerBound]
            guard gap.count == 1, let separator = gap.first, separator == "." || separator == "/" || isDash(separator) else { return false }
        }
        let values = groups.map { number(scalars, $0.lowerBound, $0.count) }
        let counts = groups.map(\.count)
        if counts[0] == 4 { return counts[1] <= 2 && counts[2] <= 2 && (1...12).contains(values[1]) && (1...31).contains(values[2]) }
        guard counts[0] <= 2, counts[1] <= 2, counts[2] == 4 || (shortYear && counts[2] == 2) else { return false }
        return ((1...31).contains(values[0]) && (1...12).contains(values[1])) || ((1...12).contains(values[0]) && (1...31).contains(values[1]))
    }

    /// A sentence break (`.`, `!` or `?` then whitespace), a semicolon or a
    /// blank line in `gap`: a label there belongs to another statement.
    static func hasBreak(_ scalars: [Unicode.Scalar], _ gap: Range<Int>) -> Bool {
        var newlines = 0
        for offset in gap {
            let scalar = scalars[offset]
            if scalar == ";" { return true }
            if scalar == "\n" { newlines += 1 }
            if ".!?".unicodeScalars.contains(scalar), offset + 1 < scalars.count, scalars[offset + 1].properties.isWhitespace,
               !isAbbreviation(scalars, dot: offset) {
                return true
            }
        }
        return newlines > 1
    }

    /// A dot after a one-letter word (`г.`, `ж.`, `b.`, an initial) abbreviates it; it does not end a sentence.
    static func isAbbreviation(_ scalars: [Unicode.Scalar], dot offset: Int) -> Bool {
        scalars[offset] == "." && isLetter(scalars, offset - 1) && !isLetter(scalars, offset - 2)
    }
}
