/// The spellings a number of a `sensitive` phrase may take in the text
/// besides its digits (red-team round 3, class R3-9): Roman numerals
/// (`cell XIV`), cardinal and ordinal number words in English, Russian and
/// Kyrgyz (`cell fourteen`, `четырнадцатой камере`, `он төртүнчү камера`),
/// and the ordinal endings written after digits (`14th`, `14-й`, `14-го`,
/// `14-чи`). Only 1–99 have words; every number keeps its digits.
/// Over-generating is safe: each form must be a whole word of the text in
/// the place of the phrase's number.
enum SensitiveNumberForms {
    /// Cardinal words (spaces removed: the matcher passes over single spaces).
    static func cardinals(_ value: Int) -> [String] {
        guard (0...99).contains(value) else { return [] }
        var forms: [String] = []
        let (tens, unit) = (value / 10, value % 10)
        if value < 20 {
            forms += [(englishUnits + englishTeens)[value], (russianUnits + russianTeens)[value]]
        } else {
            forms.append(englishTens[tens] + (unit == 0 ? "" : "-" + englishUnits[unit]))
            forms.append(englishTens[tens] + (unit == 0 ? "" : englishUnits[unit]))
            forms.append(russianTens[tens] + (unit == 0 ? "" : russianUnits[unit]))
        }
        forms.append(kyrgyzCardinal(value))
        return forms
    }

    /// Ordinal words, with the Russian case endings.
    static func ordinals(_ value: Int) -> [String] {
        guard (1...99).contains(value) else { return [] }
        var forms: [String] = []
        let (tens, unit) = (value / 10, value % 10)
        // English: the last word takes the ordinal (`twenty-first`).
        if value < 20 {
            forms.append(englishOrdinal((englishUnits + englishTeens)[value]))
        } else if unit == 0 {
            forms.append(englishOrdinal(englishTens[tens]))
        } else {
            forms += ["-", ""].map { englishTens[tens] + $0 + englishOrdinal(englishUnits[unit]) }
        }
        // Russian: the last word takes the ordinal stem and a case ending.
        let stem = value < 20 ? russianOrdinalStems[value] : unit == 0 ? russianOrdinalTens[tens] : russianOrdinalStems[unit]
        let head = value < 20 || unit == 0 ? "" : russianTens[tens]
        let endings = stem.hasSuffix("трет") ? SensitiveInflection.russianEndings.map { "ь" + $0 } + ["ий"] : SensitiveInflection.russianEndings
        forms += endings.map { head + stem + $0 }
        // Kyrgyz: the last word takes -ынчы with vowel harmony.
        forms.append(kyrgyzOrdinal(kyrgyzCardinal(value)))
        return forms
    }

    /// Endings written after the digits of an ordinal, with or without a hyphen.
    static let digitSuffixes: [String] = {
        let endings = ["th", "st", "nd", "rd", "й", "я", "е", "ю", "го", "ой", "ый", "ий", "ая", "ое", "ую", "ом", "ым", "му", "ому", "ого",
                       "чи", "чы", "чу", "чү", "нчи", "нчы", "нчу", "нчү", "ынчы", "инчи", "унчу", "үнчү", "ші"]
        return endings.flatMap { ["-" + $0, $0] }
    }()

    /// Kyrgyz case endings written after the digits of a number that ends
    /// a phrase (`ИК-47де` "in IK-47", `Ош-3төн`, `№47нин`; issue 15,
    /// round-8 leftover), with or without a hyphen: locative, ablative,
    /// dative, genitive, accusative and the attributive locative (`-дагы`,
    /// plural `-дагылар`), in every vowel harmony (a writer follows the
    /// spoken numeral, which the digits do not show), and their Latin
    /// spellings (`IK-47de`).
    static let caseSuffixes: [String] = {
        let wide = ["а", "е", "о", "ө"], narrow = ["ы", "и", "у", "ү"]
        var endings: [String] = []
        for (index, vowel) in wide.enumerated() {
            for consonant in ["д", "т"] {
                endings += [consonant + vowel, consonant + vowel + "н", consonant + vowel + "г" + narrow[index]]
                endings += ["лар", "лер", "лор", "лөр"].map { consonant + vowel + "г" + narrow[index] + $0 }
            }
            endings += ["г" + vowel, "к" + vowel]
        }
        for vowel in narrow { for consonant in ["н", "д", "т"] { endings += [consonant + vowel, consonant + vowel + "н"] } }
        let latinWide = ["a", "e", "o"], latinNarrow = ["y", "i", "u"]
        for (index, vowel) in latinWide.enumerated() {
            for consonant in ["d", "t"] { endings += [consonant + vowel, consonant + vowel + "n", consonant + vowel + "g" + latinNarrow[index]] }
            endings += ["g" + vowel, "k" + vowel]
        }
        for vowel in latinNarrow { for consonant in ["n", "d", "t"] { endings += [consonant + vowel, consonant + vowel + "n"] } }
        return endings.flatMap { ["-" + $0, $0] }
    }()

    /// Lower-case Roman numerals from 2 (a lone `i` is a word).
    static func roman(_ value: Int) -> [String] {
        guard (2...399).contains(value) else { return [] }
        let table: [(Int, String)] = [(100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var rest = value
        var text = ""
        for (amount, numeral) in table { while rest >= amount { text += numeral; rest -= amount } }
        return [text]
    }

    private static let englishUnits = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    private static let englishTeens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                                       "nineteen"]
    private static let englishTens = ["", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    private static let russianUnits = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
    private static let russianTeens = ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать",
                                       "семнадцать", "восемнадцать", "девятнадцать"]
    private static let russianTens = ["", "десять", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят",
                                      "девяносто"]
    private static let russianOrdinalStems = ["", "перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят",
                                              "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат",
                                              "восемнадцат", "девятнадцат"]
    private static let russianOrdinalTens = ["", "десят", "двадцат", "тридцат", "сороков", "пятидесят", "шестидесят", "семидесят",
                                             "восьмидесят", "девяност"]
    private static let kyrgyzUnits = ["нөл", "бир", "эки", "үч", "төрт", "беш", "алты", "жети", "сегиз", "тогуз"]
    private static let kyrgyzTens = ["", "он", "жыйырма", "отуз", "кырк", "элүү", "алтымыш", "жетимиш", "сексен", "токсон"]

    private static func kyrgyzCardinal(_ value: Int) -> String {
        let (tens, unit) = (value / 10, value % 10)
        if tens == 0 { return kyrgyzUnits[unit] }
        return kyrgyzTens[tens] + (unit == 0 ? "" : kyrgyzUnits[unit])
    }

    /// `-ынчы` after a consonant, `-нчы` after a vowel, in the last vowel's harmony.
    private static func kyrgyzOrdinal(_ word: String) -> String {
        let vowels: [Character: String] = ["а": "ы", "ы": "ы", "я": "ы", "э": "и", "е": "и", "и": "и", "о": "у", "у": "у", "ө": "ү", "ү": "ү"]
        guard let last = word.last(where: { vowels[$0] != nil }), let harmony = vowels[last], let final = word.last else { return word }
        let suffix = "нч" + harmony
        return word + (vowels[final] != nil ? suffix : harmony + suffix)
    }

    private static func englishOrdinal(_ word: String) -> String {
        let irregular = ["one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth",
                         "twelve": "twelfth"]
        if let form = irregular[word] { return form }
        if word.hasSuffix("y") { return word.dropLast() + "ieth" }
        return word + "th"
    }
}
