/// The inflected forms a word of a `sensitive` phrase may take in the text:
/// the English plural (`officers`, `cells`, `duties`), the Russian case
/// and number endings on the word's stem (`камера` → `камере`, `камерах`;
/// `дежурный` → `дежурного`), and the Kyrgyz case and plural suffixes
/// (`KyrgyzInflection`, with vowel harmony: `камерада`, `камеранын`), the
/// Kyrgyz possessive and the Russian adjective (`SensitivePlaceForms`).
/// Over-generating is safe here: every form must still be a whole word of
/// the text, followed by the rest of the phrase.
enum SensitiveInflection {
    static let russianEndings = [
        "а", "я", "ы", "и", "у", "ю", "е", "о", "ь", "ой", "ей", "ою", "ею", "ом", "ем", "ам", "ям", "ами", "ями", "ах", "ях",
        "ов", "ев", "ью", "ья", "ого", "его", "ому", "ему", "ым", "им", "ых", "их", "ую", "юю", "ая", "яя", "ое", "ее",
        "ые", "ие", "ый", "ий", "ой",
    ]

    static let latinCaseEndings = [
        "a", "ya", "u", "yu", "e", "om", "em", "ym", "im", "oy", "ey", "ov", "ke", "ge", "ka", "ga", "ku", "gu", "du", "dy", "di",
        "tu", "ty", "ti", "nin", "nyn", "nun", "dun", "dyn", "din", "tyn", "tin", "tun", "dan", "den", "tan", "ten", "da", "de", "ta",
        "te", "ny", "ni", "nu",
        // The Kyrgyz o-harmony (Korgondo, Suugo; red team round 9, C-404, C-405).
        "do", "to", "go", "ko", "don", "ton", "nun", "dogu", "dagy", "tagy",
    ]

    static func forms(of word: String) -> [String] {
        guard let first = word.unicodeScalars.first, word.count >= 2 else { return [] }
        if (0x400...0x4FF).contains(first.value) { return cyrillic(word) }
        var forms = [word + "s", word + "es", word + "'s"]
        // A Cyrillic name typed in Latin keeps its Russian or Kyrgyz case
        // ending (`Sarybeku`, `Sarybekke`); never `-o` (`cell` → `cello`).
        // From three letters: the last word of a place (Kara-Suu → Kara-Suuda).
        if word.count >= 3 { forms += latinCaseEndings.map { word + $0 } }
        if word.hasSuffix("y"), word.count > 2 { forms.append(String(word.dropLast()) + "ies") }
        return forms
    }

    private static func cyrillic(_ word: String) -> [String] {
        let stripped = russianEndings.filter { word.hasSuffix($0) && word.count - $0.count >= 3 }.max { $0.count < $1.count }
        let stem = stripped.map { String(word.dropLast($0.count)) } ?? word
        var forms = russianEndings.map { stem + $0 }
        let kyrgyz = KyrgyzInflection.forms(of: word)
        forms += kyrgyz + KyrgyzInflection.attributiveLocatives(of: word)
        // The possessive and its cases (`14-камерасында`), the Russian adjective (`Карасуйский`).
        forms += SensitivePlaceForms.possessives(of: word) + SensitivePlaceForms.russianAdjectives(of: word)
        // A Kyrgyz plural then a case (`камералардын`).
        // The standard plural (not the last form: after у, the о forms follow the cases);
        // its last vowel is never у, so its own forms end with its plural, dropped.
        if !word.hasSuffix("уулу"), !word.hasSuffix("кызы") {
            forms += KyrgyzInflection.forms(of: KyrgyzInflection.form(of: word, .plural)).dropLast()
        }
        return forms
    }
}
