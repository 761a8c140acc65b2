/// Two more ways a reader reads a word the word rules would not (issue 15,
/// red-team round 3), each a separate view so no reading is lost:
///
/// - **camel case**: a hashtag or handle in camel case (`#АйбеккеЭркиндик`,
///   `#ТемирдиКамагыла`) shows its words to a reader though no space
///   separates them; a capital after a small letter starts a new word, and
///   so does a change between Latin and Cyrillic letters.
/// - **a digit or a sign for a letter**: `Sadyk0v`, `Садык0в`, `$adykov`,
///   `Сади3ов`: inside a word, or opening one, a 0 reads as o, a 1 as i, a $
///   as S, a 3 as e (з among Cyrillic letters); read as the letter.
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
        guard scalars.contains(where: { latinReading[$0] != nil || cyrillicReading[$0] != nil }) else { return text }
        func isLetter(_ i: Int) -> Bool { i >= 0 && i < scalars.count && scalars[i].properties.isAlphabetic }
        // A sign next to another sign counts as the letter it reads as (`$@дыков`).
        func isLetterish(_ i: Int) -> Bool {
            isLetter(i) || (i >= 0 && i < scalars.count && (latinReading[scalars[i]] != nil || cyrillicReading[scalars[i]] != nil))
        }
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            // Between two letters, or opening a word of three letters or more (`$adykov`,
            // `5адыков`; red-team round 4), read as the letter it stands for in the
            // script of the nearest letter.
            guard latinReading[scalar] != nil || cyrillicReading[scalar] != nil else { out.append(scalar); continue }
            let between = isLetterish(index - 1) && isLetterish(index + 1)
            let opening = !isLetterish(index - 1) && isLetterish(index + 1) && isLetterish(index + 2) && isLetterish(index + 3)
            guard between || opening else { out.append(scalar); continue }
            // The nearest letters, up to a word's length either way.
            let word = (index + 1..<min(scalars.count, index + 40)).prefix { isLetterish($0) }
                + (max(0, index - 40)..<index).reversed().prefix { isLetterish($0) }
            guard between || opening, word.contains(where: isLetter) else { out.append(scalar); continue }
            let cyrillic = word.first(where: isLetter).map { (0x400...0x4FF).contains(scalars[$0].value) } ?? false
            out.append((cyrillic ? cyrillicReading[scalar] : latinReading[scalar]) ?? latinReading[scalar] ?? cyrillicReading[scalar]!)
        }
        return String(out)
    }

    /// What a digit or sign inside a word reads as (leetspeak, chat spellings).
    static let latinReading: [Unicode.Scalar: Unicode.Scalar] = [
        "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "$": "s", "@": "a", "€": "e", "£": "l", "|": "l",
    ]
    /// The same beside Cyrillic letters, where 3 is з, 4 is ч and 6 is б.
    static let cyrillicReading: [Unicode.Scalar: Unicode.Scalar] = [
        "0": "о", "3": "з", "4": "ч", "6": "б", "$": "с", "@": "а", "€": "е",
    ]
}
