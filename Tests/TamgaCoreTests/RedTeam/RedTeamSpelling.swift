/// The evaluation's own transliterations of Kyrgyz and Russian names, by
/// the systems people really use when a name crosses a border or a form
/// (issue 15, class 4): written independently of the engine's tables, so
/// the two cannot share a blind spot.
enum RedTeamSpelling {
    /// The word with its first o/a (Latin or Cyrillic) written as a look-alike
    /// of another script (Armenian օ, Latin alpha ɑ), or its first letter as
    /// Lisu ꓢ when it has neither: the red team's round-2 disguise. This
    /// test's own table, not the scan's.
    static func lookAlike(_ word: String) -> String {
        let swaps: [Character: Character] = ["o": "\u{585}", "о": "\u{585}", "a": "\u{251}", "а": "\u{251}"]
        var letters = Array(word)
        if let at = letters.firstIndex(where: { swaps[$0] != nil }) {
            letters[at] = swaps[letters[at]]!
        } else if !letters.isEmpty {
            letters[0] = "\u{A4E2}"
        }
        return String(letters)
    }

    /// Letters shared by every system below unless it overrides them.
    static let common: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y",
        "к": "k", "л": "l", "м": "m", "н": "n", "ң": "ng", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ү": "ü", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
        "э": "e", "ю": "yu", "я": "ya",
    ]

    static let systems: [String: [Character: String]] = [
        "english": [:],
        "german": ["ж": "dsch", "ч": "tsch", "ш": "sch", "щ": "schtsch", "в": "w", "з": "s", "й": "j", "ц": "z", "х": "ch",
                   "ю": "ju", "я": "ja", "ё": "jo", "ү": "ü", "ө": "ö"],
        "turkish": ["ж": "c", "ч": "ç", "ш": "ş", "й": "y", "ы": "ı", "х": "h", "ц": "ts", "ю": "yu", "я": "ya", "ң": "ñ"],
        "french": ["ж": "dj", "ч": "tch", "ш": "ch", "у": "ou", "й": "ï", "х": "kh", "ю": "iou", "я": "ia", "ү": "u", "ө": "eu"],
        "polish": ["ж": "dż", "ч": "cz", "ш": "sz", "в": "w", "й": "j", "х": "ch", "ц": "c", "ю": "ju", "я": "ja"],
        "czech": ["ж": "dž", "ч": "č", "ш": "š", "й": "j", "х": "ch", "ц": "c", "ю": "ju", "я": "ja"],
        "kazakh latin": ["ж": "j", "ч": "ch", "ш": "sh", "ы": "y", "ү": "ü", "ө": "ö", "ң": "ñ", "х": "h", "к": "k", "й": "i"],
    ]

    /// How each system writes дж (one sound).
    static let dzh: [String: String] = ["english": "dzh", "german": "dsch", "turkish": "c", "french": "dj", "polish": "dż",
                                        "czech": "dž", "kazakh latin": "j"]

    /// `name` (Cyrillic) in `system`, capitalized as a name.
    static func transliterate(_ name: String, system: String) -> String {
        let table = systems[system] ?? [:]
        var out = ""
        let letters = Array(name.lowercased())
        var index = 0
        while index < letters.count {
            if letters[index] == "д", index + 1 < letters.count, letters[index + 1] == "ж" {
                out += dzh[system] ?? "dzh"
                index += 2
                continue
            }
            out += table[letters[index]] ?? common[letters[index]] ?? String(letters[index])
            index += 1
        }
        return out.prefix(1).uppercased() + out.dropFirst()
    }

    /// `-off`/`-eff` for `-ov`/`-ev` (French and old émigré spellings).
    static func offEnding(_ latin: String) -> String? {
        if latin.hasSuffix("ov") { return String(latin.dropLast(2)) + "off" }
        if latin.hasSuffix("ev") { return String(latin.dropLast(2)) + "eff" }
        return nil
    }

    /// One consonant doubled (`Kassymov`), as in Kazakh-style passports and careless copies.
    static func doubled(_ word: String, at choice: Int) -> String {
        let characters = Array(word)
        // A consonant between two vowels (Kassymov, Саддыков): where passports double.
        let vowels = "aeiouyаеёиоуыэюяөүı"
        let consonants = characters.indices.filter { index in
            index > 0 && index < characters.count - 1 && !vowels.contains(characters[index].lowercased())
                && vowels.contains(characters[index - 1].lowercased()) && vowels.contains(characters[index + 1].lowercased())
        }
        guard !consonants.isEmpty else { return word }
        let index = consonants[choice % consonants.count]
        return String(characters[...index]) + String(characters[index]) + String(characters[(index + 1)...])
    }

    /// Kyrgyz relational forms ("at X's place", "to X's"): the possessive
    /// `-дыкы` by vowel harmony and the last sound, then a case ending.
    static func kyrgyzRelational(_ stem: String, case ending: Int) -> String {
        let lower = stem.lowercased()
        let lastVowel = lower.last { "аеёиоуыэюяөү".contains($0) } ?? "а"
        let last = lower.last ?? "а"
        let consonant: String = "аеёиоуыэюяөү".contains(last) ? "н" : ("кпстфхцчшщ".contains(last) ? "т" : "д")
        let (vowel, back): (String, Bool) = switch lastVowel {
        case "о", "у", "ё", "ю": ("у", true)
        case "ө", "ү": ("ү", false)
        case "е", "и", "э": ("и", false)
        default: ("ы", true)
        }
        let core = consonant + vowel + "к" + vowel
        let cases = back ? ["нда", "на", "нан", "н", "ндагы"] : (vowel == "ү" ? ["ндө", "нө", "нөн", "н", "ндөгү"] : ["нде", "не", "нен", "н", "ндеги"])
        return stem + core + cases[ending % cases.count]
    }
}
