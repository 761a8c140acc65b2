/// The Russian possessive adjective of a given name (red-team round 5):
/// «Айбеков брат» (Aibek's brother), «Нурланов дом», «в Эркиновом доме»,
/// Latin "Aibekov brat". Russian makes it with -ов/-ев after a consonant
/// (-ин after а/я: Натальин, which the stem rules already read), declined as
/// an adjective (Айбекова, Айбеково, Айбековы, Айбековым, Айбековой…), and a
/// reader who knows Aibek reads him in it.
///
/// Decision (the trade-off): the same word is a surname of other people
/// (Айбеков, Нурланов are common Kyrgyz surnames; Иванов, Михайлов, Петров
/// the commonest Russian ones). So:
/// - only a given name the Russian short-form table does not know
///   (`GivenNameDiminutives.isRussianName`: Иван, Михаил, Пётр, Роман…) and
///   whose possessive is no Russian lexicon word: a Russian writes the
///   possessive of the short form (Ванин брат), and "Прокурор Михайлов" or
///   "Иванов" would name thousands of unrelated people;
/// - only a given name of four letters or more (Ким → Кимов is not derived);
/// - the word counts only where it is not used as a surname
///   (`PossessiveUse`): "The lawyer Nazira Aibekova", "прокурор Айбеков",
///   "Айбеков А.Б." are another person and stay; anywhere else it is read as
///   the possessive (fail closed): the projector replaces it and the leak
///   scan refuses it.
enum GivenNamePossessives {
    /// The possessive stems (nominative masculine, capitalized) of a given
    /// name written in Cyrillic or Latin (read into Cyrillic first).
    static func stems(of given: String, table: GivenNameDiminutives = .shared, lexicon: CommonWords = .shared) -> [String] {
        let cyrillic = given.unicodeScalars.allSatisfy(\.isASCII) ? Transliteration.cyrillic(given) : [given]
        var out: [String] = []
        for written in cyrillic {
            let name = written.lowercased()
            guard name.count >= 4, name.unicodeScalars.allSatisfy({ (0x400...0x4FF).contains($0.value) }),
                  !table.isRussianName(name), let last = name.last else { continue }
            let possessive: String
            if "йь".contains(last) {
                possessive = String(name.dropLast()) + "ев"
            } else if "жшчщц".contains(last) {
                possessive = name + "ев"
            } else if !KyrgyzDiminutives.vowels.contains(last) {
                possessive = name + "ов"
            } else {
                continue
            }
            guard !lexicon.isRussianWord(possessive) else { continue }
            let capitalized = possessive.prefix(1).uppercased() + possessive.dropFirst()
            if !out.contains(capitalized) { out.append(capitalized) }
        }
        return out
    }

    /// The stems of each declared spelling's given name (a Kyrgyz spelling's
    /// one open part: "Нурлан Бакыт уулу").
    static func stems(ofSpellings spellings: [String]) -> [String] {
        var out: [String] = []
        for spelling in spellings {
            let parts = NameParts.parse(spelling).parts
            let kyrgyz = parts.contains { $0.role == .father }
            guard let given = parts.first(where: { $0.role == .given || (kyrgyz && $0.role == .surname) })?.text else { continue }
            for stem in stems(of: given) where !out.contains(stem) { out.append(stem) }
        }
        return out
    }

    /// The adjective's endings after the stem (Айбеков-а, -о, -у, -ы, -ым, -ой,
    /// -ом, -ых, -ыми, -ого, -ому, -ою), and their Latin writings.
    static let endings: [String] = ["", "а", "о", "у", "ы", "ым", "ой", "ом", "ых", "ыми", "ого", "ому", "ою", "е"]
    static let latinEndings: [String] = ["a", "o", "u", "y", "i", "ym", "im", "oy", "oi", "oj", "om", "ykh", "ikh", "yh", "ych",
                                         "ymi", "imi", "ogo", "omu", "oyu", "oju", "e", "s"]
}
