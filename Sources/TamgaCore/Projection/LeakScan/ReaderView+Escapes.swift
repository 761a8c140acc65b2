/// A name written as JSON or JavaScript escapes (red-team round 7, B-032:
/// `"\u0421\u0430\u0434\u044b\u043a\u043e\u0432"` in a code span): a
/// reader who pastes it into any console, or a search engine indexing
/// the page, reads `Садыков`. The reader's text drops the backslashes, so
/// this view decodes `\uXXXX` (and a surrogate pair, `\uD83D\uDE00`) in the
/// export as rendered first, then reads it as the reader's text is read.
/// Names and `sensitive` strings only: an escaped number is no one's phone.
extension ReaderView {
    static func unicodeEscapeViews(_ rendered: String) -> [ScanView] {
        guard rendered.contains("\\u") || rendered.contains("\\U") else { return [] }
        let decoded = decodingUnicodeEscapes(rendered)
        guard decoded != rendered else { return [] }
        return [ScanView(name: "export as read, \\u escapes decoded", text: readerText(decoded), rules: .words)]
    }

    static func decodingUnicodeEscapes(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if let (high, next) = escape(scalars, at: index) {
                if (0xD800...0xDBFF).contains(high), let (low, after) = escape(scalars, at: next), (0xDC00...0xDFFF).contains(low),
                   let pair = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) {
                    result.append(pair)
                    index = after
                    continue
                }
                if let scalar = Unicode.Scalar(high) {
                    result.append(scalar)
                    index = next
                    continue
                }
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }

    /// The value of a `\uXXXX` escape at `index` and the offset after it.
    private static func escape(_ scalars: [Unicode.Scalar], at index: Int) -> (UInt32, Int)? {
        guard index + 5 < scalars.count, scalars[index] == "\\", scalars[index + 1] == "u" || scalars[index + 1] == "U" else { return nil }
        var value: UInt32 = 0
        for offset in (index + 2)..<(index + 6) {
            guard let digit = scalars[offset].asciiDigit.map(UInt32.init) ?? hexLetter(scalars[offset]) else { return nil }
            value = value * 16 + digit
        }
        return (value, index + 6)
    }

    private static func hexLetter(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 0x41...0x46: scalar.value - 0x37
        case 0x61...0x66: scalar.value - 0x57
        default: nil
        }
    }
}
