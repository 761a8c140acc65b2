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
        if index > 0, parts[index].isNumber, let afterSign = skipSign(text, from: positions[0]) { positions.append(afterSign) }
        var best: Int?
        for from in positions {
            // A part after the first starts where a word may (or right after the previous part: `nightshift`, `Cell14`).
            for form in parts[index].forms {
                guard let end = consume(form.scalars, text, at: from) else { continue }
                if parts[index].isNumber || form.inflected, isWord(text, end),
                   parts[index].isNumber ? Self.isDigit(text[end]) : isLetter(text, end) { continue }
                if let found = match(index + 1, text, start, at: end) { best = max(best ?? found, found) }
            }
        }
        return best
    }

    /// `needle` at `position`, single spaces or markup allowed between its scalars.
    private func consume(_ needle: [Unicode.Scalar], _ text: [Unicode.Scalar], at position: Int) -> Int? {
        var offset = position
        for (index, scalar) in needle.enumerated() {
            if index > 0 {
                var gap = 0
                while offset < text.count, gap < 3, Self.isInnerGap(text[offset]) { offset += 1; gap += 1 }
                if gap > 0, offset < text.count, Self.asciiDigit(text[offset]) != scalar { return nil }
            }
            guard offset < text.count, Self.asciiDigit(text[offset]) == scalar else { return nil }
            offset += 1
        }
        return offset
    }

    /// Up to eight scalars of anything but letters and digits, at most one line break.
    private func skipGap(_ text: [Unicode.Scalar], from position: Int) -> Int {
        var offset = position
        var newlines = 0
        while offset < text.count, offset - position < 8, !isWord(text, offset) {
            if text[offset] == "\n" { newlines += 1 }
            if newlines > 1 { return position }
            offset += 1
        }
        return offset
    }

    /// After a number sign word (`No.`, `Nr`, `номер`), the gap after it.
    private func skipSign(_ text: [Unicode.Scalar], from position: Int) -> Int? {
        for sign in Self.signWords where text.count - position >= sign.count {
            guard Array(text[position..<(position + sign.count)]) == sign else { continue }
            let end = position + sign.count
            if end < text.count, Self.isDigit(text[end]) { return end }
            if isWord(text, end) { continue }
            return skipGap(text, from: end)
        }
        return nil
    }
}
