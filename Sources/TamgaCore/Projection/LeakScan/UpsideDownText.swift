/// Text written upside down, read the right way up (issue 15, class 2:
/// `ʌoʞʎpɐS` is "Sadykov" turned through half a circle: each letter
/// replaced by its rotated look-alike, the order reversed). Every word with
/// at least one turned letter is reversed and each letter read back; other
/// words are left as they are. The table is the rotation every
/// "upside-down text" generator uses (the Latin letters and their turned
/// forms in IPA Extensions, Lisu, letterlike symbols and maths).
enum UpsideDownText {
    /// Rotated glyph → the letter it is turned from.
    static let turned: [Unicode.Scalar: Unicode.Scalar] = [
        "ɐ": "a", "ɔ": "c", "ǝ": "e", "ə": "e", "ɟ": "f", "ƃ": "g", "ɥ": "h", "ᴉ": "i", "ɾ": "j", "ʞ": "k",
        "ɯ": "m", "ɹ": "r", "ʇ": "t", "ʌ": "v", "ʍ": "w", "ʎ": "y", "ʃ": "l",
        "∀": "A", "ꓭ": "B", "Ɔ": "C", "ᗡ": "D", "Ǝ": "E", "Ⅎ": "F", "⅁": "G", "ſ": "J", "ꓘ": "K", "˥": "L",
        "Ԁ": "P", "ꓤ": "R", "┴": "T", "ꓕ": "T", "∩": "U", "Λ": "V", "⅄": "Y",
    ]
    /// Letters that are another letter (or themselves) when rotated.
    static let symmetric: [Unicode.Scalar: Unicode.Scalar] = [
        "b": "q", "d": "p", "l": "l", "n": "u", "o": "o", "p": "d", "q": "b", "s": "s", "u": "n", "x": "x", "z": "z",
        "H": "H", "I": "I", "M": "W", "N": "N", "O": "O", "S": "S", "W": "M", "X": "X", "Z": "Z",
    ]

    /// A turned letter (none is ASCII or Cyrillic: those are skipped without a lookup).
    @inline(__always)
    static func isTurned(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value >= 0x180 && !(value >= 0x400 && value < 0x500) && turned[scalar] != nil
    }

    static func upright(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: isTurned) else { return text }
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            var end = index
            while end < scalars.count, isTurned(scalars[end]) || scalars[end].properties.isAlphabetic { end += 1 }
            guard end > index else {
                result.append(scalars[index])
                index += 1
                continue
            }
            let word = scalars[index..<end]
            if word.contains(where: isTurned) {
                result.append(contentsOf: word.reversed().map { turned[$0] ?? symmetric[$0] ?? $0 })
            } else {
                result.append(contentsOf: word)
            }
            index = end
        }
        return String(result)
    }
}
