/// The derived forms a report gives a `sensitive` place beyond its case
/// endings (red-team round 8, C-065…C-079), derived the way names are:
///
/// - the Kyrgyz 3rd-person possessive and its cases, with the pronominal
///   н: `камера` → `камерасы`, `14-камерасында` ("in cell 14"), `№47
///   колониясында`, `Жылуу-Булагында` (к voiced before the vowel), and the
///   attributive `-ндагы` after its locative; on the plural too
///   (`камераларында`);
/// - the Russian relational adjective, the usual way a Russian report
///   names a district's police (`Карасуйский РОВД`): `-ский` after a
///   consonant (`Ноокатский`, `Токтогульский`), `-йский` after a last
///   vowel run (`Кара-Суу` → `Карасуйский`, `Кызыл-Кия` → `Кызыл-Кийский`),
///   `-инский` for a last vowel dropped (`Ала-Бука` → `Ала-Букинский`),
///   each in every case and gender.
///
/// Over-generating is safe, as for `SensitiveInflection`: a form counts
/// only as a whole word of the text, followed by the rest of the phrase.
enum SensitivePlaceForms {
    private static let vowels: Set<Character> = ["а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "ө", "ү"]

    /// The possessive's vowel (narrow, by the last vowel's harmony).
    private static func narrow(after word: [Character]) -> Character {
        switch word.last(where: vowels.contains) ?? "а" {
        case "е", "и", "э": "и"
        case "о", "ё", "у", "ю": "у"
        case "ө", "ү": "ү"
        default: "ы"
        }
    }

    /// The wide vowels after the possessive's vowel: а after ы and у (and
    /// о after у, as some write it, `SensitiveKyrgyzCase`), е after и, ө after ү.
    private static func wide(after narrow: Character) -> [Character] {
        switch narrow {
        case "и": ["е"]
        case "ү": ["ө"]
        case "у": ["а", "о"]
        default: ["а"]
        }
    }

    private static func narrow(of wide: Character) -> Character {
        switch wide {
        case "е": "и"
        case "ө": "ү"
        case "о": "у"
        default: "ы"
        }
    }

    /// The possessive (`камерасы`) and its genitive, dative, accusative,
    /// locative, ablative and attributive locative, of the word and of its plural.
    static func possessives(of word: String) -> [String] {
        guard word.count >= 2, !word.hasSuffix("уулу"), !word.hasSuffix("кызы") else { return [] }
        let plural = KyrgyzInflection.form(of: word, .plural)
        return possessiveForms(word) + possessiveForms(plural)
    }

    private static func possessiveForms(_ word: String) -> [String] {
        let letters = Array(word)
        guard let last = letters.last else { return [] }
        let vowel = narrow(after: letters)
        var stems: [String]
        if vowels.contains(last) {
            stems = [word + "с" + String(vowel)]
        } else {
            stems = [word + String(vowel)]
            // A last к or п is voiced before the vowel (`булак` → `булагы`); both are written.
            if last == "к" || last == "п" { stems.append(String(letters.dropLast()) + (last == "к" ? "г" : "б") + String(vowel)) }
        }
        var forms: [String] = []
        for stem in stems {
            forms += [stem, stem + "н" + String(vowel) + "н", stem + "н"]
            for wide in wide(after: vowel) {
                let locative = stem + "нд" + String(wide)
                forms += [stem + "н" + String(wide), locative, stem + "н" + String(wide) + "н", locative + "г" + String(narrow(of: wide))]
            }
        }
        return forms
    }

    static let adjectiveEndings = ["ий", "ый", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими"]

    /// The Russian relational adjective of a place's (last) word, in every case and gender.
    static func russianAdjectives(of word: String) -> [String] {
        let letters = Array(word)
        guard letters.count >= 2, let last = letters.last else { return [] }
        var stems: [String] = []
        if vowels.contains(last) {
            // The last vowel run kept as one vowel, then -йск (`суу` → `суйск`, `кия` → `кийск`).
            let run = letters.reversed().prefix(while: vowels.contains).count
            if run < letters.count { stems.append(String(letters.dropLast(run)) + String(letters[letters.count - run]) + "йск") }
            // The last vowel dropped, then -инск (`бука` → `букинск`).
            stems.append(String(letters.dropLast()) + "инск")
        } else {
            stems.append(word + "ск")
            // л is softened before -ск (`Токтогульский`, `Каракольский`).
            if last == "л" { stems.append(word + "ьск") }
        }
        return stems.flatMap { stem in adjectiveEndings.map { stem + $0 } }
    }
}
