/// The Russian spellings of a Kyrgyz place name (red team round 10, C-555,
/// C-556, C-905..C-908): Russian has no ү, ө, ң and no long vowels, and
/// Russian maps, police and court papers write Kyrgyz places as Russian
/// did in Soviet times: `Беш-Күнгөй` is `Беш-Кунгей`, `Үч-Коргон` is
/// `Уч-Курган`, `Кара-Суу` is `Кара-Су`, `Өзгөн` is `Узген`, `Ысык-Көл` is
/// `Иссык-Куль`; a Latin writing is then made from the Russian one
/// (`Besh-Kungei`, `Uch-Kurgan`).
///
/// The rule, not a list of places: the common words Kyrgyz place names are
/// built of take their Russian forms (коргон → курган, көл → куль, тоо →
/// тау, төбө/дөбө → тюбе), each ү is written у or ю, each ө one of о, е, у
/// (one choice for the whole name, as one writer spells one name one way),
/// ң is н or нг, and a doubled vowel is single. Over-generating is safe as
/// for the phrase's other spellings: a form counts only as whole words of
/// the text in the phrase's order.
enum KyrgyzPlaceRussianSpelling {
    /// The place-name words with their Russian forms (lower case).
    static let elements: [(kyrgyz: String, russian: String)] = [
        ("коргон", "курган"), ("көл", "куль"), ("тоо", "тау"), ("төбө", "тюбе"), ("дөбө", "тюбе"), ("кыштак", "кишлак"),
    ]
    private static let kyrgyzLetters: Set<Character> = ["ү", "ө", "ң", "Ү", "Ө", "Ң"]
    private static let vowels: Set<Character> = ["а", "о", "у", "ы", "э", "и", "е", "ү", "ө"]

    /// The Russian spellings of `phrase` (not the phrase itself); none for a phrase that has no Kyrgyz letter, long vowel or place word.
    static func spellings(of phrase: String) -> [String] {
        var bases = [phrase]
        let withElements = replacingElements(phrase)
        if withElements != phrase { bases.append(withElements) }
        var out: [String] = []
        for base in bases {
            let single = singleVowels(base)
            for text in Set([base, single]) {
                for y in ["у", "ю"] {
                    for o in ["о", "е", "у"] {
                        for ng in ["н", "нг"] {
                            let spelled = mapped(text, ["ү": y, "ө": o, "ң": ng])
                            if spelled != phrase, !out.contains(spelled) { out.append(spelled) }
                        }
                    }
                }
            }
        }
        return out
    }

    /// Each Kyrgyz letter of `text` replaced, keeping its case.
    private static func mapped(_ text: String, _ table: [Character: String]) -> String {
        var out = ""
        for character in text {
            let lower = Character(character.lowercased())
            guard kyrgyzLetters.contains(character), let written = table[lower] else { out.append(character); continue }
            out += character.isUppercase ? written.prefix(1).uppercased() + written.dropFirst() : written
        }
        return out
    }

    /// A vowel written twice (`Суу`, `Тоо`) written once.
    private static func singleVowels(_ text: String) -> String {
        var out: [Character] = []
        for character in text {
            if let last = out.last, vowels.contains(Character(last.lowercased())), last.lowercased() == character.lowercased() { continue }
            out.append(character)
        }
        return String(out)
    }

    /// Each whole word that is a place-name word in its Russian form, its capital kept.
    private static func replacingElements(_ text: String) -> String {
        var out = ""
        var word = ""
        func flush() {
            if let element = elements.first(where: { $0.kyrgyz == word.lowercased() }) {
                let capital = word.first?.isUppercase ?? false
                out += capital ? element.russian.prefix(1).uppercased() + element.russian.dropFirst() : element.russian
            } else {
                out += word
            }
            word = ""
        }
        for character in text {
            if character.isLetter { word.append(character) } else { flush(); out.append(character) }
        }
        flush()
        return out
    }
}
