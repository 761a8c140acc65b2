/// A Russian-spelled name part as Belarusian writes it (red-team round 8,
/// A2): a Belarusian letter, consulate note or court paper writes Семёнов as
/// Сямёнаў, Кузнецов as Кузняцоў, Старостин as Старасцін, and a Belarusian
/// passport writes those in Latin (Siamionau, Kuzniatsou, Starastsin).
///
/// Why rules and not the skeleton's letter table: Belarusian spells what is
/// said, and what changes depends on the stress, which the spelling of the
/// Russian name does not show. Unstressed о is written а (аканне), е right
/// before the stress is written я (яканне), so Семёнов and Сямёнаў are three
/// letters apart, too far for any near-spelling rule. The stress is not
/// known, so every place it can fall is tried (ё is always stressed): one
/// spelling per vowel of the part, a handful of keys.
///
/// The rest does not depend on the stress: т and д before a front vowel are
/// ц and дз (цеканне, дзеканне: Старасцін), р, ж, ш, ч are always hard (ры,
/// жы, шы, чы; э for е), и is і, в closing a syllable is ў, щ is шч, and
/// ь before a vowel doubles the consonant (Наталля) or is an apostrophe.
enum BelarusianSpelling {
    /// The Belarusian Cyrillic spellings of a Cyrillic part, then their
    /// Latin (passport) writing; none for a Latin part. The part itself is
    /// not among them.
    static func spellings(of part: String) -> [String] {
        let letters = Array(part.lowercased())
        guard letters.contains(where: { cyrillic.contains($0) }), letters.count >= 3 else { return [] }
        let vowelIndices = letters.indices.filter { vowels.contains(letters[$0]) }
        let stresses = letters.contains("ё") ? letters.indices.filter { letters[$0] == "ё" } : vowelIndices
        var out: [String] = []
        func add(_ spelling: String) {
            if spelling != part.lowercased(), !out.contains(spelling) { out.append(spelling) }
        }
        let belarusian = stresses.map { belarusianWriting(letters, stress: $0, vowels: vowelIndices) }
        for word in belarusian { add(word) }
        for word in belarusian { for latin in passportLatin(word) { add(latin) } }
        return out
    }

    private static let vowels: Set<Character> = ["а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "і", "ө", "ү"]
    private static let iotated: Set<Character> = ["ё", "ю", "я"]
    /// Consonants that Belarusian doubles where Russian writes ь before a vowel (Наталья → Наталля, Илья → Ілля).
    private static let doubling: Set<Character> = ["л", "н", "с", "з"]
    private static let front: Set<Character> = ["е", "ё", "и", "ю", "я", "ь", "і"]
    private static let hard: Set<Character> = ["р", "ж", "ш", "ч", "ц"]
    private static let cyrillic: Set<Character> = Set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяі")

    /// The word spelled as Belarusian does with the stress on `stress`.
    private static func belarusianWriting(_ letters: [Character], stress: Int, vowels vowelIndices: [Int]) -> String {
        let pretonic = vowelIndices.last(where: { $0 < stress })
        var out: [Character] = []
        for (i, letter) in letters.enumerated() {
            let previous: Character? = i > 0 ? letters[i - 1] : nil
            let next: Character? = i + 1 < letters.count ? letters[i + 1] : nil
            let afterHard = previous.map { hard.contains($0) } ?? false
            let afterConsonant = previous.map { !vowels.contains($0) && $0 != "ь" && $0 != "ъ" } ?? false
            switch letter {
            case "о" where i != stress: out.append("а")
            case "е" where afterHard: out.append(i == stress ? "э" : "а")
            case "е" where i == pretonic && afterConsonant: out.append("я")
            case "и": out.append(afterHard ? "ы" : "і")
            case "я" where afterHard: out.append("а")
            case "ё" where afterHard: out.append("о")
            case "ю" where afterHard: out.append("у")
            case "т" where next.map(front.contains) ?? false: out.append("ц")
            case "д" where next.map(front.contains) ?? false: out += ["д", "з"]
            case "в" where previous.map(vowels.contains) ?? false && !(next.map(vowels.contains) ?? false): out.append("ў")
            case "щ": out += ["ш", "ч"]
            case "ъ": out.append("'")
            case "ь" where next.map(iotated.contains) ?? false:
                if let previous, doubling.contains(previous) { out.append(previous) } else { out.append("'") }
            default: out.append(letter)
            }
        }
        return String(out)
    }

    /// A Belarusian spelling in the Latin of Belarusian passports (ў as u,
    /// я as ia, ц as ts, г as h), and with g for г and e for the е that a
    /// Russian-trained clerk writes.
    private static func passportLatin(_ word: String) -> [String] {
        var softE = "", plainE = ""
        var previous: Character?
        for letter in word {
            let afterConsonant = previous.map { !vowels.contains($0) && $0 != "ь" && $0 != "'" } ?? false
            let glides: [Character: String] = ["е": "e", "ё": "o", "ю": "u", "я": "a"]
            if let vowel = glides[letter] {
                softE += (afterConsonant ? "i" : "j") + vowel
                plainE += letter == "е" ? (afterConsonant ? "e" : "je") : (afterConsonant ? "i" : "j") + vowel
            } else {
                let latin = latinLetters[letter] ?? (letter == "ь" ? "" : String(letter))
                softE += latin
                plainE += latin
            }
            previous = letter
        }
        var out = [softE]
        if plainE != softE { out.append(plainE) }
        if word.contains("г") { out += out.map { $0.replacingOccurrences(of: "h", with: "g") } }
        return out
    }

    private static let latinLetters: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "h", "д": "d", "ж": "zh", "з": "z", "і": "i", "й": "j", "к": "k", "л": "l",
        "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f", "х": "kh",
        "ц": "ts", "ч": "ch", "ш": "sh", "ы": "y", "э": "e", "'": "", "ө": "o", "ү": "u", "ң": "ng",
    ]
}
