/// The productive Kyrgyz short forms of a given name (issue 15, red-team
/// round 4): a guard shouting «Нурик, кел!», relatives writing «Нуке,
/// чыдагыла», a mother calling her daughter Эркеш. None of these is in a
/// table: each is made from any name by a rule, so a rule derives them.
///
/// - the first closed syllable and -ик (Нурлан → Нурик, Руслан → Русик,
///   Темир → Темик), when that syllable has three letters or more: a
///   two-letter one (Эркин → Эр-ик) makes another name (Эрик), not this one;
/// - the respectful clipping -ке: the opening consonant and vowel (Нурлан →
///   Нуке, Бакыт → Баке, Максат → Маке), or for a name opening with a
///   vowel that vowel and the next consonant (Айбек → Айке);
/// - after a final vowel, -ш (Эрке → Эркеш, Бүбү → Бүбүш).
///
/// Several of these are words (маке, баке are Russian case forms, теке
/// "billy goat"): the matcher and the scan treat a derived form that is a
/// word as they treat every name that is one (a capital, not at a sentence
/// start), so deriving them refuses no ordinary sentence.
enum KyrgyzDiminutives {
    static let vowels: Set<Character> = ["а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "ө", "ү"]

    /// The short forms of a lower-case Cyrillic given name, lower case, without the name itself.
    static func forms(of name: String) -> [String] {
        let letters = Array(name)
        guard letters.count >= 4, let firstVowel = letters.firstIndex(where: vowels.contains) else { return [] }
        var out: [String] = []
        let closed = firstVowel + 1 < letters.count && !vowels.contains(letters[firstVowel + 1])
        if closed, firstVowel + 2 >= 3, firstVowel + 2 < letters.count {
            out.append(String(letters[...(firstVowel + 1)]) + "ик")
        }
        if firstVowel > 0 {
            out.append(String(letters[...firstVowel]) + "ке")
        } else if closed {
            out.append(String(letters[...1]) + "ке")
        }
        if let last = letters.last, "еэөүиу".contains(last) { out.append(name + "ш") }
        return out.filter { $0 != name }
    }
}
