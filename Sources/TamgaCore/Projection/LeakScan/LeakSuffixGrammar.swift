/// The suffixes the leak scan's stem rule accepts after a stem beyond
/// `LeakScanner.suffixLetters` plain letters: a Kyrgyz suffix stack, read by
/// slots (plural, possessive, relational -дыкы, plural, possessive, case,
/// attributive -гы),
/// in Cyrillic or Latin, as `LeakNormalizer` writes them (issue 15, class 4:
/// Садыковдукунда "at Sadykov's place", Асандикине, Садыковдорунун).
///
/// Why a grammar and not a longer limit: any stack of any length that is
/// Kyrgyz is accepted, and nothing else is, so a longer unrelated word that
/// merely begins with a stem (Sadykovsky, Асанбековский) does not refuse
/// an export. Written apart from the name engine's `NameEndings`, from its
/// own letter lists, so the two do not share a blind spot (redaction.md F20).
enum LeakSuffixGrammar {
    /// Whether `rest` (normalized scalars after a stem) is a Kyrgyz suffix stack.
    static func accepts(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        !rest.isEmpty && rest.count <= 32 && matches(rest, slot: 0)
    }

    private static func matches(_ rest: ArraySlice<Unicode.Scalar>, slot: Int) -> Bool {
        if rest.isEmpty { return true }
        guard slot < slots.count else { return false }
        for length in stride(from: min(longest[slot], rest.count), through: 1, by: -1)
        where slots[slot].contains(Array(rest.prefix(length))) {
            if matches(rest.dropFirst(length), slot: slot + 1) { return true }
        }
        return matches(rest, slot: slot + 1)
    }

    /// Letters of the patterns below: `C` a consonant that assimilates (д т н
    /// л, given per pattern), `W` a wide vowel (а е о ө), `N` a narrow one (ы и у ү).
    private static let wide = ["а", "е", "о", "ө"], narrow = ["ы", "и", "у", "ү"]

    private static let slots: [Set<[Unicode.Scalar]>] = {
        let plural = expand(["л", "д", "т"].map { $0 + "Wр" })
        let possessive = expand(["N", "сN", "Nм", "м", "Nң", "ң", "NбNз", "бNз"])
        let relational = expand(["д", "т", "н"].map { $0 + "NкN" })
        let kase = expand(["дNн", "тNн", "нNн", "дN", "тN", "нN", "н", "гW", "кW", "нW", "W", "дW", "тW", "ндW",
                           "дWн", "тWн", "нWн", "ндWн", "дWй", "тWй", "чW"])
        let attributive = expand(["гN", "кN"])  // after a locative: Садыковдукундагы
        return [plural, possessive, relational, plural, possessive, kase, attributive]
    }()
    private static let longest = slots.map { $0.map(\.count).max() ?? 0 }

    /// Each pattern with W and N filled in every way, in Cyrillic and in
    /// Latin (each Cyrillic letter by its common readings), normalized.
    private static func expand(_ patterns: [String]) -> Set<[Unicode.Scalar]> {
        var cyrillic: [String] = []
        for pattern in patterns {
            var forms = [""]
            for letter in pattern {
                let options = letter == "W" ? wide : letter == "N" ? narrow : [String(letter)]
                forms = forms.flatMap { form in options.map { form + $0 } }
            }
            cyrillic += forms
        }
        var out = Set<[Unicode.Scalar]>()
        for form in cyrillic {
            out.insert(LeakNormalizer.needle(form))
            var latin = [""]
            for letter in form {
                let options = latinReadings[letter] ?? [String(letter)]
                latin = latin.flatMap { prefix in options.map { prefix + $0 } }
            }
            for spelling in latin { out.insert(LeakNormalizer.needle(spelling)) }
        }
        return out
    }

    private static let latinReadings: [Character: [String]] = [
        "а": ["a"], "е": ["e"], "о": ["o"], "ө": ["ö", "o", "oe"], "ы": ["y", "i", "ı"], "и": ["i"], "у": ["u"],
        "ү": ["ü", "u", "ue"], "д": ["d"], "т": ["t"], "н": ["n"], "л": ["l"], "р": ["r"], "с": ["s"], "м": ["m"],
        "ң": ["ng", "n", "ñ"], "б": ["b"], "з": ["z"], "г": ["g", "gh", "ğ"], "к": ["k", "q"], "й": ["y", "i", "j"],
        "ч": ["ch", "ç", "č"],
    ]
}
