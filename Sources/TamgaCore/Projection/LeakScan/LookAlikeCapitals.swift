/// Words typed wholly in Latin capitals that look like Cyrillic ones, read
/// as the Cyrillic word a reader sees (red team round 11, B-1120:
/// `НАЧАЛЬНИК XACAHOB ОТКАЗАЛ` shows ХАСАНОВ; OCR of a typed list gives it
/// too). `MixedScriptText` reads a look-alike inside a word of the other
/// script; a word with no Cyrillic letter at all was read as Latin, where
/// H and B are h and b, not н and в, so the surname was missed.
///
/// Only capitals are read so (a, c, e, o, p, x, y look alike in lower case
/// too, but h, b, k, m, t do not), with the digits 3 and 0 between letters
/// read as З and О (`MOPO3OBA`). A separate reader's view: it only adds
/// hits, and a Latin name in capitals (`BAKYT`) still reads as Latin in the
/// other views. Only in a text with Cyrillic letters: in a Latin one such
/// capitals are codes and acronyms.
enum LookAlikeCapitals {
    static let cyrillic: [Unicode.Scalar: Unicode.Scalar] = [
        "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х", "Y": "У",
    ]
    static let digits: [Unicode.Scalar: Unicode.Scalar] = ["3": "З", "0": "О"]

    static func reading(_ text: String) -> String {
        // Only in a text that has Cyrillic letters: in a Latin one the capitals are Latin (codes, acronyms).
        // Not line by line: a table row or a list item may hold the look-alike surname alone.
        guard text.unicodeScalars.contains(where: { (0x400...0x4FF).contains($0.value) }) else { return text }
        return readingWords(text)
    }

    private static func readingWords(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var changed = false
        var index = 0
        while index < scalars.count {
            guard scalars[index].isASCII, scalars[index].properties.isAlphabetic || scalars[index].properties.numericType != nil else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, scalars[end].isASCII,
                  scalars[end].properties.isAlphabetic || scalars[end].properties.numericType != nil { end += 1 }
            if let rewritten = rewritten(scalars[index..<end]) {
                scalars.replaceSubrange(index..<end, with: rewritten)
                changed = true
            }
            index = end
        }
        return changed ? String(String.UnicodeScalarView(scalars)) : text
    }

    /// The word in Cyrillic, when every letter is a look-alike capital, it
    /// has three letters or more, and digits stand only between letters.
    static func rewritten(_ word: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar]? {
        let letters = word.filter { $0.properties.isAlphabetic }
        guard letters.count >= 3, letters.allSatisfy({ cyrillic[$0] != nil }) else { return nil }
        var out: [Unicode.Scalar] = []
        for (offset, scalar) in zip(word.indices, word) {
            if let letter = cyrillic[scalar] { out.append(letter); continue }
            guard offset > word.startIndex, offset < word.index(before: word.endIndex), let digit = digits[scalar] else { return nil }
            out.append(digit)
        }
        return out
    }
}
