/// Cyrillic names as other languages' conventions write them: German
/// (Dschumabekow, Tschorobajew), Turkish (Cumabekov, Çorobayev), French
/// (Djoumabekov, Tchorobaïev), Polish (Czorobajew), Czech (Čorobajev),
/// Dutch (Dzjoemabekov, Tsjorobajev), Hungarian (Dzsumabekov, Csorobajev),
/// Spanish (Yumabékov, Rajímov for Рахимов) and Italian (Giumabekov, Ciorobaev).
///
/// Why a separate table from `TransliterationSystem`: these are not systems
/// the skeleton can fold onto the Cyrillic on the text side, because they
/// give a Latin letter another language's sound (Turkish c is дж, German z is
/// ц and s is з, French and Polish ch is ш or х). So the key builder writes
/// each declared Cyrillic part in each of them and keeps the skeleton as one
/// more key (issue 15, class 4): a text in that convention then reads the
/// same skeleton. The text side folds what is safe for every text
/// (`SkeletonRewriter`: dsch, tsch, cz, sz, doubled consonants, -off).
enum ForeignTransliteration: CaseIterable, Sendable {
    case german, turkish, french, polish, czech, dutch, hungarian, spanish, italian

    /// `word` (Cyrillic) in this convention, lowercase.
    func latin(_ word: String) -> String {
        let letters = Array(word.lowercased())
        let table = self.table
        var out = ""
        var i = 0
        while i < letters.count {
            let c = letters[i]
            let next: Character? = i + 1 < letters.count ? letters[i + 1] : nil
            if c == "д", next == "ж" {
                out += affricate + italianGlide(before: i + 2 < letters.count ? letters[i + 2] : nil)
                i += 2
                continue
            }
            if self == .italian, c == "ч" || c == "ш" {
                out += (c == "ч" ? "c" : "sc") + italianGlide(before: next)  // Ciorobaev, Sciarscenov
                i += 1
                continue
            }
            let previous: Character? = i > 0 ? letters[i - 1] : nil
            let afterVowel = previous.map { Self.vowels.contains($0) || $0 == "ь" || $0 == "ъ" } ?? true
            if c == "е" || c == "ё", afterVowel, let glide = iotation {
                out += glide + (c == "е" ? "e" : "o")
            } else if c == "с", self == .german, let previous, Self.vowels.contains(previous),
                      i + 1 < letters.count, Self.vowels.contains(letters[i + 1]) {
                out += "ss"  // German s between vowels reads z: Jussupow, Mussajew.
            } else {
                out += table[c] ?? String(c)
            }
            i += 1
        }
        return out
    }

    /// Italian writes the soft g, c, sc of дж, ч, ш with an i before a back vowel (Giumabekov, Ciorobaev).
    private func italianGlide(before next: Character?) -> String {
        guard self == .italian, let next, "аоуыөү".contains(next) else { return "" }
        return "i"
    }

    private static let vowels: Set<Character> = ["а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "ө", "ү"]

    /// How дж is written.
    private var affricate: String {
        switch self {
        case .german: "dsch"
        case .turkish: "c"
        case .french: "dj"
        case .polish: "dż"
        case .czech: "dž"
        case .dutch: "dzj"
        case .hungarian: "dzs"
        case .spanish: "y"
        case .italian: "g"
        }
    }

    /// What is written before е/ё at the start of a word or after a vowel (nil: nothing).
    private var iotation: String? {
        switch self {
        case .german, .polish, .czech, .dutch, .hungarian: "j"
        case .turkish: "y"
        case .french, .spanish, .italian: nil
        }
    }

    private var table: [Character: String] {
        var t: [Character: String] = [
            "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "з": "z", "и": "i", "к": "k",
            "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
            "ы": "y", "э": "e", "ъ": "", "ь": "", "ң": "ng", "ө": "ö", "ү": "ü",
        ]
        switch self {
        case .german:
            t.merge(["в": "w", "ж": "sh", "з": "s", "й": "j", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
                     "щ": "schtsch", "ю": "ju", "я": "ja"]) { $1 }
        case .turkish:
            t.merge(["ж": "j", "й": "y", "х": "h", "ц": "ts", "ч": "ç", "ш": "ş", "щ": "şç", "ы": "ı",
                     "ю": "yu", "я": "ya", "ң": "ñ"]) { $1 }
        case .french:
            t.merge(["ж": "j", "й": "ï", "у": "ou", "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch", "щ": "chtch",
                     "ю": "iou", "я": "ia", "ң": "ng", "ө": "eu", "ү": "u"]) { $1 }
        case .polish:
            t.merge(["в": "w", "ж": "ż", "й": "j", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz", "щ": "szcz",
                     "ю": "ju", "я": "ja", "ң": "ń"]) { $1 }
        case .czech:
            t.merge(["ж": "ž", "й": "j", "х": "ch", "ц": "c", "ч": "č", "ш": "š", "щ": "šč",
                     "ю": "ju", "я": "ja", "ң": "ň"]) { $1 }
        case .dutch:
            t.merge(["ж": "zj", "й": "j", "у": "oe", "х": "ch", "ц": "ts", "ч": "tsj", "ш": "sj", "щ": "sjtsj",
                     "ю": "joe", "я": "ja", "ө": "eu"]) { $1 }
        case .hungarian:
            t.merge(["ж": "zs", "й": "j", "с": "sz", "х": "h", "ц": "c", "ч": "cs", "ш": "s", "щ": "scs", "ы": "i",
                     "ю": "ju", "я": "ja"]) { $1 }
        case .spanish:
            t.merge(["ж": "zh", "й": "i", "х": "j", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ю": "iu", "я": "ia"]) { $1 }
        case .italian:
            t.merge(["ж": "j", "й": "i", "х": "kh", "ц": "z", "щ": "sc", "ы": "y", "ю": "iu", "я": "ia"]) { $1 }
        }
        return t
    }
}
