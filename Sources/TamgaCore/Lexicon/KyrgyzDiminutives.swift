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
/// - after a final vowel, -ш (Эрке → Эркеш, Бүбү → Бүбүш), and after a
///   doubled open syllable opening the name (Бүбүсара → Бүбүш).
///
/// Several of these are words (маке, баке are Russian case forms, теке
/// "billy goat"): the matcher and the scan treat a derived form that is a
/// word as they treat every name that is one (a capital, not at a sentence
/// start), so deriving them refuses no ordinary sentence.
enum KyrgyzDiminutives {
    static let vowels: Set<Character> = ["а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "ө", "ү"]
    /// Kyrgyz vowels as a Russian speaker writes them.
    static let russianVowels: [Character: Character] = ["ө": "о", "ү": "у"]

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
        // The first closed syllable with the Russian -я, the Kyrgyz vowels read as Russian ones (Гүлзада,
        // Гулнара → Гуля; Асель → Ася), and with its own vowel echoed (Гүлзада → Гүлү): the short forms
        // Russian-speaking guards and Kyrgyz relatives use (red team round 11, A-1105, A-1901, A-1905).
        // Only after л, с (the Russian -я forms: Гуля, Ася): after another consonant the form
        // (Мака, Бака) is a word of its own and would weaken the name's other forms; the echo only of ү, ө.
        if closed, "лс".contains(letters[firstVowel + 1]) {
            let syllable = letters[...(firstVowel + 1)]
            out.append(String(syllable.map { russianVowels[$0] ?? $0 }) + "я")
            if "үө".contains(letters[firstVowel]) { out.append(String(syllable) + String(letters[firstVowel])) }
        }
        if let last = letters.last, "еэөүиу".contains(last) { out.append(name + "ш") }
        // A name opening with a doubled open syllable, Бүбү- "lady" (Бүбүсара, Бүбүкан): that pair and -ш (Бүбүш; round 7, A-093).
        if letters.count >= 6, !vowels.contains(letters[0]), vowels.contains(letters[1]), letters[2] == letters[0], letters[3] == letters[1] {
            out.append(String(letters[..<4]) + "ш")
        }
        out += russianForms(of: letters)
        return out.filter { $0 != name }
    }

    /// The Russian diminutives a Russian-speaking guard or relative makes of
    /// a Kyrgyz name (red-team round 5: Айгерка, Гера of Айгерим), as of a
    /// Russian one:
    /// - -ка on the name cut before its last vowel, when what is left ends in
    ///   a vowel and one consonant (Айгерим → Айгерка; Нурлан → Нурл- is no cut);
    /// - -ка on the whole name ending in a consonant (Айгеримка, Асемка);
    /// - a name opening with Ай- ("moon") clipped to the rest (Айнура → Нура,
    ///   Айгерим → Герим), and the rest cut before its last vowel with -а
    ///   (Айгерим → Гера), when at least four letters are left.
    ///
    /// Trade-off: Гера, Нура, Дана are names of their own (Герман's Гера):
    /// a derived form is matched only with a capital, so another Гера in the
    /// same report is replaced too (over-redacted), never an ordinary word.
    static func russianForms(of letters: [Character]) -> [String] {
        var out: [String] = []
        guard let last = letters.last else { return out }
        let consonantFinal = !vowels.contains(last) && !"йь".contains(last)
        func cutBeforeLastVowel(_ word: [Character]) -> [Character]? {
            guard word.count >= 4, !vowels.contains(word[word.count - 1]), vowels.contains(word[word.count - 2]) else { return nil }
            let cut = Array(word.dropLast(2))
            guard cut.count >= 3, let end = cut.last, !vowels.contains(end), !"йь".contains(end),
                  vowels.contains(cut[cut.count - 2]) else { return nil }
            return cut
        }
        if let cut = cutBeforeLastVowel(letters) { out.append(String(cut) + "ка") }
        if consonantFinal, letters.count >= 4 { out.append(String(letters) + "ка") }
        if letters.count >= 6, letters[0] == "а", letters[1] == "й" {
            let rest = Array(letters.dropFirst(2))
            if rest.count >= 4 { out.append(String(rest)) }
            if let cut = cutBeforeLastVowel(rest), cut.count >= 3 { out.append(String(cut) + "а") }
        }
        return out
    }
}
