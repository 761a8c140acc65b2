/// A text as words, numbers and marks, for the detectors that read a few
/// words around numbers (home addresses, case numbers, vehicle plates)
/// rather than a run of digits. Whitespace is dropped; each token says
/// whether space stood before it and whether a line break did.
struct DetectorTokens {
    enum Kind { case word, number, mark }

    struct Token {
        let range: Range<Int>
        let kind: Kind
        /// The token folded to lower case (`DetectorScalars.folded`).
        let text: String
        /// Its first letter is a capital.
        let capital: Bool
        /// Written right after the token before it, no space between.
        let attached: Bool
        /// A line break stands between it and the token before.
        let afterBreak: Bool
    }

    let tokens: [Token]

    init(_ scalars: [Unicode.Scalar]) {
        var tokens: [Token] = []
        // One buffer for every token's folded UTF-8, so a token's `String` is decoded from
        // bytes (inline, no allocation, up to 15 of them) rather than grown scalar by scalar.
        var utf8: [UInt8] = []
        utf8.reserveCapacity(64)
        var offset = 0
        var attached = true
        var afterBreak = false
        while offset < scalars.count {
            let scalar = scalars[offset]
            if Self.isWhitespace(scalar) {
                if scalar == "\n" || scalar == "\r" { afterBreak = true }
                attached = false
                offset += 1
                continue
            }
            let start = offset
            let kind: Kind
            if scalar.asciiDigit != nil {
                while offset < scalars.count, scalars[offset].asciiDigit != nil { offset += 1 }
                kind = .number
            } else if ScalarText.isWordScalar(scalar) {
                while offset < scalars.count, scalars[offset].asciiDigit == nil, ScalarText.isWordScalar(scalars[offset]) { offset += 1 }
                kind = .word
            } else {
                offset += 1
                kind = .mark
            }
            utf8.removeAll(keepingCapacity: true)
            for index in start..<offset { Self.appendUTF8(DetectorScalars.folded(scalars[index]), to: &utf8) }
            tokens.append(Token(range: start..<offset, kind: kind, text: String(decoding: utf8, as: UTF8.self),
                                capital: kind == .word && scalar.properties.isUppercase,
                                attached: attached && !tokens.isEmpty, afterBreak: afterBreak))
            attached = true
            afterBreak = false
        }
        self.tokens = tokens
    }

    /// Unicode's White_Space: by value for ASCII and the Cyrillic blocks
    /// (none there), by the scalar's properties for the rest.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: true
        case 0...0x7F, 0x400...0x52F: false
        default: scalar.properties.isWhitespace
        }
    }

    @inline(__always)
    static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(value))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }

    subscript(_ index: Int) -> Token? { index >= 0 && index < tokens.count ? tokens[index] : nil }

    /// Whether the token at `index` ends a sentence: `!`, `?`, `;`, a
    /// blank line after it, or a `.` after a number or a word of four
    /// letters or more (`г.`, `ул.`, `обл.` are abbreviations).
    func endsSentence(_ index: Int) -> Bool {
        guard let token = self[index], token.kind == .mark else { return false }
        if "!?;".contains(token.text) { return true }
        guard token.text == ".", let before = self[index - 1] else { return false }
        return before.kind == .number || (before.kind == .word && before.text.count >= 4)
    }

    /// A year (1900–2099) followed by a year word (`г.`, `года`, `жылы`, `year`): a date, never a house.
    func isYear(_ index: Int) -> Bool {
        guard let token = self[index], token.kind == .number, token.text.count == 4,
              let value = Int(token.text), (1900...2099).contains(value) else { return false }
        var next = index + 1
        if self[next]?.text == "-" { next += 1 }
        guard let word = self[next], word.kind == .word else { return false }
        return Self.yearWords.contains(word.text) || word.text.hasPrefix("жыл")
    }

    static let yearWords: Set<String> = ["г", "гг", "год", "года", "году", "годом", "годах", "year", "years"]
}
