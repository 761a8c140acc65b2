/// Kyrgyz case forms of a name, with vowel harmony and consonant assimilation.
///
/// Harmony follows the last vowel: а ы → а/ы, е и э → е/и, о у → о/у, ө ү → ө/ү
/// (wide vowel in dative, locative, ablative, plural; narrow in genitive and
/// accusative). The first consonant of the suffix follows the last sound:
/// after a vowel н (genitive, accusative) or г/д/л; after a voiced consonant д/г;
/// after a voiceless one т/к. As with `RussianDeclension`, these are for display,
/// the leak scan and tests; the matcher accepts every variant after any stem.
public enum KyrgyzInflection {
    public enum Case: CaseIterable, Sendable { case genitive, dative, accusative, locative, ablative, plural }

    public static func form(of word: String, _ kase: Case) -> String {
        let lower = Array(word.lowercased())
        let vowels: Set<Character> = ["а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "ө", "ү"]
        let lastVowel = lower.last(where: vowels.contains) ?? "а"
        let (wide, narrow): (Character, Character)
        switch lastVowel {
        case "о", "у", "ё", "ю": (wide, narrow) = ("о", "у")
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

    /// All forms, in `Case` order (no plural after уулу/кызы).
    ///
    /// уулу "his son" and кызы "his daughter" carry the 3rd-person possessive,
    /// so their cases take the pronominal н: уулунун, уулуна, уулун, уулунда, уулунан.
    public static func forms(of word: String) -> [String] {
        for particle in ["уулу", "кызы"] where word.lowercased().hasSuffix(particle) {
            return ["нун", "на", "н", "нда", "нан"].map { ending in
                word + (particle == "кызы" ? ending.replacingOccurrences(of: "у", with: "ы") : ending)
            }
        }
        return Case.allCases.map { form(of: word, $0) }
    }
}
