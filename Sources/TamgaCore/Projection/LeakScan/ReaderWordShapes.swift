/// Two more ways a reader reads a word the word rules would not (issue 15,
/// red-team round 3), each a separate view so no reading is lost:
///
/// - **camel case**: a hashtag or handle in camel case (`#АйбеккеЭркиндик`,
///   `#ТемирдиКамагыла`) shows its words to a reader though no space
///   separates them; a capital after a small letter starts a new word, and
///   so does a change between Latin and Cyrillic letters.
/// - **a digit for a letter**: `Sadyk0v`, `Садык0в`: a 0 between two
///   letters reads as o, a 1 as i; read as the letter.
enum ReaderWordShapes {
    static func splittingCamelCase(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            // A capital after a small letter, or a letter of another script after a letter
            // (a pseudonym written into a hashtag: "Detainee AТоктосунованы").
            if let previous, (previous.properties.isLowercase && scalar.properties.isUppercase) || Self.changesScript(previous, scalar) {
                out.append(" ")
            }
            out.append(scalar)
            previous = scalar
        }
        return String(out)
    }

    /// A Latin letter next to a Cyrillic one, either way round.
    static func changesScript(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        func script(_ s: Unicode.Scalar) -> Int { s.isASCII && s.properties.isAlphabetic ? 1 : (0x400...0x4FF).contains(s.value) ? 2 : 0 }
        let (x, y) = (script(a), script(b))
        return x != 0 && y != 0 && x != y
    }

    static func readingDigitsAsLetters(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { $0 == "0" || $0 == "1" }) else { return text }
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            let between = index > 0 && index + 1 < scalars.count
                && scalars[index - 1].properties.isAlphabetic && scalars[index + 1].properties.isAlphabetic
            if between, scalar == "0" { out.append("o") } else if between, scalar == "1" { out.append("i") } else { out.append(scalar) }
        }
        return String(out)
    }
}
