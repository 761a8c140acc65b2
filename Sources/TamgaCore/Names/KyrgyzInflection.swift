/// Kyrgyz case forms of a name, with vowel harmony and consonant assimilation.
///
/// Harmony follows the last vowel: а ы → а/ы, е и э → е/и, о → о/у, у → а/у,
/// ө ү → ө/ү (wide vowel in dative, locative, ablative, plural; narrow in
/// genitive and accusative). After у the wide vowel is а (`Кара-Сууда`,
/// `жумушта`, `уулдар`), unlike after ү (`үйдө`); `forms(of:)` also gives the
/// о forms (`Кара-Суудо`), which writers use too, so neither leaks. The first consonant of the suffix follows the last sound:
/// after a vowel н (genitive, accusative) or г/д/л; after a voiced consonant д/г;
/// after a voiceless one т/к. As with `RussianDeclension`, these are for display,
/// the leak scan and tests; the matcher accepts every variant after any stem.
public enum KyrgyzInflection {
    public enum Case: CaseIterable, Sendable { case genitive, dative, accusative, locative, ablative, plural }

    public static func form(of word: String, _ kase: Case) -> String {
        form(of: word, kase, roundedAfterU: false)
    }

    /// The last vowel is у or ю, where the wide suffix vowel is а in the
    /// standard language and о in some writing.
    static func endsInU(_ word: String) -> Bool {
        let lower = word.lowercased()
        return lower.last(where: vowels.contains).map { $0 == "у" || $0 == "ю" } ?? false
    }

    private static let vowels: Set<Character> = ["а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "ө", "ү"]

    static func form(of word: String, _ kase: Case, roundedAfterU: Bool) -> String {
        let lower = Array(word.lowercased())
        let lastVowel = lower.last(where: vowels.contains) ?? "а"
        let (wide, narrow): (Character, Character)
        switch lastVowel {
        case "о", "ё": (wide, narrow) = ("о", "у")
        case "у", "ю": (wide, narrow) = (roundedAfterU ? "о" : "а", "у")
        case "ө", "ү": (wide, narrow) = ("ө", "ү")
        case "е", "и", "э": (wide, narrow) = ("е", "и")
        default: (wide, narrow) = ("а", "ы")
        }
        let last = lower.last(where: { $0 != "ь" && $0 != "ъ" }) ?? "а"
        let afterVowel = vowels.contains(last)
        let voiceless = "кпстфхцчшщ".contains(last)
        let suffix: String
        switch kase {
        case .genitive: suffix = (afterVowel ? "н" : voiceless ? "т" : "д") + String(narrow) + "н"
        case .accusative: suffix = (afterVowel ? "н" : voiceless ? "т" : "д") + String(narrow)
        case .dative:
            if last == "к" { suffix = "к" + String(wide) }
            else { suffix = (voiceless ? "к" : "г") + String(wide) }
        case .locative: suffix = (voiceless ? "т" : "д") + String(wide)
        case .ablative: suffix = (voiceless ? "т" : "д") + String(wide) + "н"
        case .plural:
            let l = afterVowel || last == "й" || last == "р"
            suffix = (l ? "л" : voiceless ? "т" : "д") + String(wide) + "р"
        }
        return word + suffix
    }

    /// All forms, in `Case` order (no plural after уулу/кызы); after a last
    /// у, the о forms of the wide cases follow.
    ///
    /// уулу "his son" and кызы "his daughter" carry the 3rd-person possessive,
    /// so their cases take the pronominal н: уулунун, уулуна, уулун, уулунда, уулунан.
    public static func forms(of word: String) -> [String] {
        for particle in ["уулу", "кызы"] where word.lowercased().hasSuffix(particle) {
            return ["нун", "на", "н", "нда", "нан"].map { ending in
                word + (particle == "кызы" ? ending.replacingOccurrences(of: "у", with: "ы") : ending)
            }
        }
        let standard = Case.allCases.map { form(of: word, $0) }
        guard endsInU(word) else { return standard }
        return standard + [Case.dative, .locative, .ablative, .plural].map { form(of: word, $0, roundedAfterU: true) }
    }

    /// The locatives of a word with the attributive -гы/-ги/-гу/-гү ("which is
    /// in"): `Кара-Суудагы түрмө`, the prison in Kara-Suu, the way a Kyrgyz
    /// text names a place before an institution. The suffix's vowel is the
    /// narrow vowel of the locative's own.
    public static func attributiveLocatives(of word: String) -> [String] {
        var locatives = [form(of: word, .locative)]
        if endsInU(word) { locatives.append(form(of: word, .locative, roundedAfterU: true)) }
        return locatives.map { locative in
            let narrow: String = switch locative.last {
            case "о": "у"
            case "ө": "ү"
            case "е": "и"
            default: "ы"
            }
            return locative + "г" + narrow
        }
    }
}
