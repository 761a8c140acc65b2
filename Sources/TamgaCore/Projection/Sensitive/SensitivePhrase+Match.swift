/// The walk of `SensitivePhrase` over a text: part by part, with the gaps
/// and number signs a reader passes over.
extension SensitivePhrase {
    /// Scalars that may stand inside a word of the phrase in the text:
    /// letter-spacing and inline markup (`c e l l`, `ce**ll**`).
    static func isInnerGap(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{A0}" || scalar == "\u{2009}" || scalar == "\u{202F}" || scalar == "\u{AD}"
            || "*_~^`".unicodeScalars.contains(scalar)
    }

    func isWord(_ text: [Unicode.Scalar], _ offset: Int) -> Bool {
        offset >= 0 && offset < text.count && ScalarText.isWordScalar(text[offset])
    }

    func isLetter(_ text: [Unicode.Scalar], _ offset: Int) -> Bool {
        isWord(text, offset) && !Self.isDigit(text[offset])
    }

    /// The end of a match of parts `index...` at `position`, the longest.
    func match(_ index: Int, _ text: [Unicode.Scalar], _ start: Int, at position: Int) -> Int? {
        guard index < parts.count else { return isWord(text, position) ? nil : position }
        var positions = [index == 0 ? position : skipGap(text, from: position)]
        if index > 0, parts[index].isNumber { positions += skipSign(text, from: positions[0]) }
        var best: Int?
        for from in positions {
            if parts[index].value != nil {
                for end in numberEnds(parts[index], text, at: from) {
                    if let found = match(index + 1, text, start, at: end) { best = max(best ?? found, found) }
                }
                continue
            }
            // A part after the first starts where a word may (or right after the previous part: `nightshift`, `Cell14`).
            for form in parts[index].forms {
                guard let end = consume(form.scalars, text, at: from) else { continue }
                if parts[index].isNumber || form.inflected, isWord(text, end),
                   parts[index].isNumber ? Self.isDigit(text[end]) : isLetter(text, end) && !signFollows(index, text, end) { continue }
                if let found = match(index + 1, text, start, at: end) { best = max(best ?? found, found) }
            }
        }
        return best
    }

    /// Whether the text's `scalar` reads as the phrase's `wanted`: the same
    /// digit of any script, or a letter a reader cannot tell from it
    /// (`SensitiveLookAlikes`: the Latin k of `kамере` is the Cyrillic к).
    @inline(__always)
    static func reads(_ scalar: Unicode.Scalar, as wanted: Unicode.Scalar) -> Bool {
        let digit = asciiDigit(scalar)
        return digit == wanted || SensitiveLookAlikes.skeleton(digit) == SensitiveLookAlikes.skeleton(wanted)
    }

    /// `needle` at `position`, single spaces or markup allowed between its scalars.
    func consume(_ needle: [Unicode.Scalar], _ text: [Unicode.Scalar], at position: Int) -> Int? {
        var offset = position
        for (index, scalar) in needle.enumerated() {
            if index > 0 {
                var gap = 0
                while offset < text.count, gap < 3, Self.isInnerGap(text[offset]) { offset += 1; gap += 1 }
                if gap > 0, offset < text.count, !Self.reads(text[offset], as: scalar) { return nil }
            }
            guard offset < text.count, Self.reads(text[offset], as: scalar) else { return nil }
            offset += 1
        }
        return offset
    }

    /// Up to eight scalars of anything but letters and digits, at most one line break.
    func skipGap(_ text: [Unicode.Scalar], from position: Int) -> Int {
        var offset = position
        var newlines = 0
        while offset < text.count, offset - position < 8, !isWord(text, offset) {
            if text[offset] == "\n" { newlines += 1 }
            if newlines > 1 { return position }
            offset += 1
        }
        return offset
    }

    /// A number sign glued to an inflected word before the number (`cells№14`,
    /// which the scan's normalization reads as `cellsno14`).
    private func signFollows(_ index: Int, _ text: [Unicode.Scalar], _ end: Int) -> Bool {
        index + 1 < parts.count && parts[index + 1].isNumber && !skipSign(text, from: end).isEmpty
    }

    /// After each number sign word that may start at `position` (`No.`,
    /// `Nr`, `номер`, letter-spaced too), the gap after it.
    private func skipSign(_ text: [Unicode.Scalar], from position: Int) -> [Int] {
        var ends: [Int] = []
        for sign in signs {
            guard let end = consume(sign, text, at: position) else { continue }
            if end < text.count, Self.isDigit(text[end]) {
                ends.append(end)
            } else if !isWord(text, end) {
                ends.append(skipGap(text, from: end))
            }
        }
        return ends
    }

    /// Where a number sign ends right before `offset` (up to two spaces
    /// and a dot apart): `№`, `#`, `No`, `Nr` (the scan reads `№` as `no`).
    func signStart(_ text: [Unicode.Scalar], before offset: Int) -> Int? {
        var end = offset
        while end > 0, offset - end < 2, text[end - 1] == " " || text[end - 1] == "\u{A0}" { end -= 1 }
        if end > 0, text[end - 1] == "." { end -= 1 }
        guard end > 0 else { return nil }
        if text[end - 1] == "№" || text[end - 1] == "#" { return end - 1 }
        for sign in ["no", "nr", "n"] {
            let scalars = Array(sign.unicodeScalars)
            let start = end - scalars.count
            if start >= 0, Array(text[start..<end]) == scalars, !isWord(text, start - 1) { return start }
        }
        return nil
    }
}
