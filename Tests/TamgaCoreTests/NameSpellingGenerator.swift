import Testing
@testable import TamgaCore

/// Writes a Cyrillic name the ways a red team did (issue 15, class 4), from
/// the test's own tables, so that a convention the engine lacks is a miss
/// in `NameSpellingClassTests` rather than the same table on both sides.
enum NameSpellingGenerator {
    enum Kind: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case german, turkish, french, polish, czech, dutch, hungarian, spanish, italian, kazakhLatin
        case ovEndings, doubling, droppedDoubling, mixed
        case kyrgyzRelational, kyrgyzPluralStack, russianCase

        var testDescription: String { rawValue }
        /// Kyrgyz stacks in the declared script(s) must stop an export by the stem rule alone.
        var stemRuleMustCatch: Bool { self == .kyrgyzRelational || self == .kyrgyzPluralStack }
    }

    static func variants(of surname: String, given: String, kind: Kind) -> [String] {
        let bgn = { (word: String) in Transliteration.latin(word, system: .bgnPCGNKyrgyz) }
        switch kind {
        case .german, .turkish, .french, .polish, .czech, .dutch, .hungarian, .spanish, .italian, .kazakhLatin:
            let table = tables[kind] ?? [:]
            var out = [write(surname, table, kind), write(given, table, kind) + " " + write(surname, table, kind)]
            if kind == .german { out.append(write(surname, table.merging(["дж": "dj"]) { $1 }, kind)) }
            if kind == .french { out.append(ovToOff(write(surname, table, kind))) }
            return out.uniqued()
        case .mixed:
            // Conventions crossed with cases, stacks and doubling: Dschumabekowa, Çorobayevdun, Sadykkoffym.
            let feminine = surname.hasSuffix("а")
            return [Kind.german, .turkish, .french, .polish].flatMap { system in
                let latin = write(surname, tables[system] ?? [:], system)
                let declined = feminine ? latin + "y" : latin + "a"
                return [declined, latin + (feminine ? "nyn" : "dun"), doubled(ovToOff(latin)).first ?? latin]
            }.uniqued()
        case .ovEndings:
            let latin = bgn(surname)
            return [ovToOff(latin), latin.replacingOccurrences(of: "ov", with: "ow").replacingOccurrences(of: "ev", with: "ew")]
                .filter { $0 != latin }.uniqued()
        case .doubling:
            return [surname, bgn(surname)].flatMap(doubled)
        case .droppedDoubling:
            return [surname, bgn(surname)].flatMap(undoubled)
        case .kyrgyzRelational:
            return kyrgyzRelational(surname).flatMap { [$0, bgn($0)] }
        case .kyrgyzPluralStack:
            return kyrgyzPlural(surname).flatMap { [$0, bgn($0)] }
        case .russianCase:
            let endings = surname.hasSuffix("а") ? ["ой", "у", "ою"] : ["а", "у", "ым", "е", "ы", "ых", "ыми"]
            let stem = surname.hasSuffix("а") ? String(surname.dropLast()) : surname
            return endings.map { stem + $0 }.flatMap { [$0, bgn($0)] }
        }
    }

    private static let vowels: Set<Character> = ["а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "ө", "ү"]

    private static let tables: [Kind: [String: String]] = {
        let base: [String: String] = [
            "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "з": "z", "и": "i", "к": "k", "л": "l",
            "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "ы": "y",
            "э": "e", "ь": "", "ң": "ng", "ө": "ö", "ү": "ü",
        ]
        func with(_ extra: [String: String]) -> [String: String] { base.merging(extra) { $1 } }
        return [
            .german: with(["дж": "dsch", "в": "w", "ж": "sh", "з": "s", "й": "j", "х": "ch", "ц": "z", "ч": "tsch",
                           "ш": "sch", "ю": "ju", "я": "ja", "je": "je", "ss": "ss"]),
            .turkish: with(["дж": "c", "ж": "j", "й": "y", "х": "h", "ч": "ç", "ш": "ş", "ы": "ı", "ю": "yu", "я": "ya",
                            "ң": "ñ", "je": "ye"]),
            .french: with(["дж": "dj", "ж": "j", "й": "ï", "у": "ou", "х": "kh", "ч": "tch", "ш": "ch", "ю": "iou",
                           "я": "ia", "je": "ïe"]),
            .polish: with(["дж": "dż", "в": "w", "ж": "ż", "й": "j", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz",
                           "ю": "ju", "я": "ja", "je": "je"]),
            .czech: with(["дж": "dž", "ж": "ž", "й": "j", "х": "ch", "ц": "c", "ч": "č", "ш": "š", "ю": "ju",
                          "я": "ja", "je": "je"]),
            .dutch: with(["дж": "dzj", "ж": "zj", "й": "j", "у": "oe", "х": "ch", "ц": "ts", "ч": "tsj", "ш": "sj",
                          "ю": "joe", "я": "ja", "je": "je"]),
            .hungarian: with(["дж": "dzs", "ж": "zs", "й": "j", "с": "sz", "х": "h", "ц": "c", "ч": "cs", "ш": "s",
                              "ы": "i", "ю": "ju", "я": "ja", "je": "je"]),
            .spanish: with(["дж": "y", "ж": "zh", "й": "i", "х": "j", "ц": "ts", "ч": "ch", "ш": "sh", "ю": "iu", "я": "ia"]),
            .italian: with(["дж": "g", "ж": "j", "й": "i", "х": "kh", "ц": "z", "ч": "c", "ш": "sc", "ю": "iu", "я": "ia"]),
            .kazakhLatin: with(["дж": "j", "ж": "j", "й": "i", "х": "h", "ч": "ç", "ш": "ş", "ы": "y", "ю": "iu",
                                "я": "ia", "ң": "ñ", "q": "q", "ğ": "ğ"]),
        ]
    }()

    /// `word` by `table`: дж as one letter, е after a vowel by the table's "je",
    /// German с between vowels ss, Kazakh к/г before a back vowel q/ğ.
    private static func write(_ word: String, _ table: [String: String], _ kind: Kind) -> String {
        let letters = Array(word.lowercased())
        var out = ""
        var i = 0
        while i < letters.count {
            let c = letters[i]
            let previous: Character? = i > 0 ? letters[i - 1] : nil
            let next: Character? = i + 1 < letters.count ? letters[i + 1] : nil
            if c == "д", next == "ж" {
                let after: Character? = i + 2 < letters.count ? letters[i + 2] : nil
                out += (table["дж"] ?? "dzh") + (kind == .italian && after.map { "аоуы".contains($0) } == true ? "i" : "")
                i += 2
                continue
            }
            if kind == .italian, c == "ч" || c == "ш" {
                out += (table[String(c)] ?? "") + (next.map { "аоуы".contains($0) } == true ? "i" : "")
                i += 1
                continue
            }
            if c == "е", previous.map(vowels.contains) ?? false, let glide = table["je"] {
                out += glide
            } else if c == "с", kind == .german, previous.map(vowels.contains) ?? false, next.map(vowels.contains) ?? false {
                out += "ss"
            } else if kind == .kazakhLatin, c == "к" || c == "г", let next, "аоуы".contains(next) {
                out += c == "к" ? "q" : "ğ"
            } else {
                out += table[String(c)] ?? String(c)
            }
            i += 1
        }
        return out.prefix(1).uppercased() + out.dropFirst()
    }

    private static func ovToOff(_ latin: String) -> String {
        for (ending, french) in [("ova", "offa"), ("eva", "effa"), ("ov", "off"), ("ev", "eff")] where latin.hasSuffix(ending) {
            return String(latin.dropLast(ending.count)) + french
        }
        return latin
    }

    /// Each consonant between two vowels doubled in turn (Sadykkov, Saddykov, Ассанов),
    /// as passports and careless writing do; not half of a digraph (Tsschorobajew is no one's spelling).
    private static func doubled(_ word: String) -> [String] {
        let letters = Array(word)
        func isVowel(_ c: Character) -> Bool { vowels.contains(Character(c.lowercased())) || "aeiouyäöüïı".contains(c) }
        var out: [String] = []
        for index in 1..<(letters.count - 1) where !isVowel(letters[index]) && !"jй".contains(letters[index])
            && isVowel(letters[index - 1]) && isVowel(letters[index + 1]) {
            var copy = letters
            copy.insert(letters[index], at: index)
            out.append(String(copy))
        }
        return out
    }

    /// Each doubled letter written once (Абасов for Аббасов).
    private static func undoubled(_ word: String) -> [String] {
        let letters = Array(word)
        return (1..<letters.count).filter { letters[$0] == letters[$0 - 1] }.map { index in
            var copy = letters
            copy.remove(at: index)
            return String(copy)
        }
    }

    /// Harmony of a word: (wide vowel, narrow vowel), and the genitive consonant (д, т, н).
    private static func harmony(_ word: String) -> (wide: String, narrow: String, consonant: String) {
        let lower = Array(word.lowercased())
        let last = lower.last(where: vowels.contains) ?? "а"
        let pair: (String, String)
        switch last {
        case "о", "у", "ё", "ю": pair = ("о", "у")
        case "ө", "ү": pair = ("ө", "ү")
        case "е", "и", "э": pair = ("е", "и")
        default: pair = ("а", "ы")
        }
        let final = lower.last ?? "а"
        let consonant = vowels.contains(final) ? "н" : "кпстфхцчшщ".contains(final) ? "т" : "д"
        return (pair.0, pair.1, consonant)
    }

    /// -дыкы "the one of, at the place of" with the cases after it (pronominal н):
    /// Садыковдуку, Садыковдукун, Садыковдукуна, Садыковдукунда, Садыковдукунан, Садыковдукунун.
    static func kyrgyzRelational(_ word: String) -> [String] {
        let (wide, narrow, consonant) = harmony(word)
        let relational = word + consonant + narrow + "к" + narrow
        return [""] .map { relational + $0 } + ["н", "на", "нда", "нан", "н" + narrow + "н"].map { relational + $0 }
            + ["н" + wide, "нд" + wide, "нд" + wide + "г" + narrow].map { relational + $0 }
    }

    /// Plural, possessive and case stacked: Садыковдорунун, Садыковдорунда, Садыковдорубуз, Садыковдордукуна.
    static func kyrgyzPlural(_ word: String) -> [String] {
        let (wide, narrow, _) = harmony(word)
        let final = word.lowercased().last ?? "а"
        let plural = word + (vowels.contains(final) || "йр".contains(final) ? "л" : "кпстфхцчшщ".contains(final) ? "т" : "д") + wide + "р"
        return [plural + narrow + "н" + narrow + "н", plural + narrow + "нд" + wide, plural + narrow + "н" + wide + "н",
                plural + narrow + "б" + narrow + "з" + "д" + narrow + "н", plural + "д" + narrow + "к" + narrow + "н" + wide,
                plural + "д" + narrow + "к" + narrow + "нд" + wide]
    }

    /// Ordinary words and other people's names that must match none of the persons.
    static let negatives: [String] = [
        // Russian
        "садовник", "садик", "сады", "табак", "чорба", "шарф", "ушанка", "кочка", "мамонт", "ташкентский", "абажур",
        "исмаилит", "ибис", "усы", "асфальт", "сотрудник", "заключённый", "изолятор", "давление", "камера",
        // Kyrgyz
        "үйдө", "балдар", "кызматкер", "тергөөчү", "камакта", "жумада", "жээкте", "шаардык", "токтотуу", "ташты",
        "мамлекеттик", "кочкордо", "садага",
        // English
        "sad", "sadness", "assassin", "chorus", "ushered", "coffee", "office", "offer", "django", "tashkent", "shares",
        "mammoth", "committee", "message", "toffee",
        // Other people's names
        "Садырбаев", "Сатыков", "Садыкбаева", "Чоробеков", "Жумабаев", "Ибрагимов", "Асанов", "Шаршеналиев",
        "Усупбеков", "Кочкоров", "Мамытбеков", "Токтогулов", "Жээнбаев", "Исмаилбеков",
        "Sadyrbaev", "Choroev", "Jumabaev", "Ibragimov", "Asanov", "Toktogulov", "Abbasbekov", "Tashkentov",
    ]
}
